import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { supervisedRoles } from '../../access/staffScope.js'
import type { Executor } from '../../db/executor.js'
import { teams, trainingRecords, users } from '../../db/schema/index.js'

/** Training and development records. Who may see whom is decided by the service (staffScope). */
export function trainingRepository(db: Executor) {
  return {
    person: async (id: string) =>
      (await db.select({ id: users.id, displayName: users.displayName, teamId: users.teamId, teamName: teams.name }).from(users).leftJoin(teams, eq(teams.id, users.teamId)).where(and(eq(users.id, id), eq(users.active, true), inArray(users.role, [...supervisedRoles]))))[0],
    records: (where: SQL | undefined) =>
      db.select({ record: trainingRecords, personName: users.displayName }).from(trainingRecords).innerJoin(users, eq(users.id, trainingRecords.userId)).where(where).orderBy(asc(trainingRecords.dueOn), asc(users.displayName)),
    insert: async (v: typeof trainingRecords.$inferInsert) => (await db.insert(trainingRecords).values(v).returning())[0]!,
    byId: async (id: string) => (await db.select().from(trainingRecords).where(eq(trainingRecords.id, id)))[0],
    /** Saves only over the version the user opened; undefined when someone else saved first. */
    attend: async (id: string, version: number, attendedOn: string) =>
      (await db.update(trainingRecords).set({ attendedOn, version: sql`${trainingRecords.version} + 1` }).where(and(eq(trainingRecords.id, id), eq(trainingRecords.version, version))).returning())[0],
  }
}

export type TrainingRow = Awaited<ReturnType<ReturnType<typeof trainingRepository>['records']>>[number]
