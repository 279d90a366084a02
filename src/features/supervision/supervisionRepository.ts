import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import { supervisedRoles } from '../../access/staffScope.js'
import type { Executor } from '../../db/executor.js'
import { allocations, children, staffProfiles, supervisionActions, supervisionCaseDiscussions, supervisionSessions, teams, users } from '../../db/schema/index.js'

/** Supervision sessions, case discussions, actions and staff profiles. Scope is checked by the service. */
export function supervisionRepository(db: Executor) {
  const lastHeldOn = sql<string | null>`(select max(s.held_on)::text from supervision_sessions s where s.supervisee_id = ${users.id})`
  const workers = (where: SQL | undefined) =>
    db
      .select({ id: users.id, displayName: users.displayName, role: users.role, teamId: users.teamId, teamName: teams.name, everyDays: staffProfiles.supervisionEveryDays, startedOn: staffProfiles.startedOn, profileVersion: staffProfiles.version, lastHeldOn })
      .from(users)
      .leftJoin(teams, eq(teams.id, users.teamId))
      .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
      .where(and(eq(users.active, true), inArray(users.role, [...supervisedRoles]), where))
      .orderBy(asc(users.displayName))

  return {
    workers,
    worker: async (id: string) => (await workers(eq(users.id, id)))[0],
    /** The worker's children on a live allocation: the cases a session can discuss. */
    allocatedChildren: (actor: Actor, workerId: string) =>
      db.select(childListColumns(actor)).from(allocations).innerJoin(children, eq(children.id, allocations.childId)).where(and(eq(allocations.workerId, workerId), isNull(allocations.endDate))).orderBy(asc(children.lastName)),
    activeUsers: (ids: string[]) => (ids.length ? db.select({ id: users.id, displayName: users.displayName, teamId: users.teamId }).from(users).where(and(inArray(users.id, ids), eq(users.active, true))) : Promise.resolve([])),
    teamMembers: (teamId: string) => db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(eq(users.teamId, teamId), eq(users.active, true))).orderBy(asc(users.displayName)),
    insertSession: async (v: typeof supervisionSessions.$inferInsert) => (await db.insert(supervisionSessions).values(v).returning())[0]!,
    insertDiscussion: async (v: typeof supervisionCaseDiscussions.$inferInsert) => (await db.insert(supervisionCaseDiscussions).values(v).returning())[0]!,
    insertActions: (v: (typeof supervisionActions.$inferInsert)[]) => (v.length ? db.insert(supervisionActions).values(v).returning() : Promise.resolve([])),
    sessionsOf: (workerId: string) =>
      db.select({ session: supervisionSessions, supervisorName: users.displayName }).from(supervisionSessions).innerJoin(users, eq(users.id, supervisionSessions.supervisorId)).where(eq(supervisionSessions.superviseeId, workerId)).orderBy(desc(supervisionSessions.heldOn)),
    discussionsOf: (actor: Actor, sessionIds: string[]) =>
      sessionIds.length
        ? db.select({ discussion: supervisionCaseDiscussions, ...childListColumns(actor) }).from(supervisionCaseDiscussions).innerJoin(children, eq(children.id, supervisionCaseDiscussions.childId)).where(inArray(supervisionCaseDiscussions.sessionId, sessionIds))
        : Promise.resolve([]),
    profile: async (userId: string) => (await db.select().from(staffProfiles).where(eq(staffProfiles.userId, userId)))[0],
    insertProfile: async (v: typeof staffProfiles.$inferInsert) => (await db.insert(staffProfiles).values(v).onConflictDoNothing().returning())[0],
    /** Saves only over the version the user opened; undefined when someone else saved first. */
    updateFrequency: async (userId: string, version: number, everyDays: number) =>
      (await db.update(staffProfiles).set({ supervisionEveryDays: everyDays, version: sql`${staffProfiles.version} + 1` }).where(and(eq(staffProfiles.userId, userId), eq(staffProfiles.version, version))).returning())[0],
    /**
     * Allocated children in the actor's scope with no case discussion in a session held on or after
     * `since` (issue 6: cases with no supervision in 6 weeks), with the date of the last one if any.
     */
    unsupervised: (actor: Actor, since: string) => {
      const last = sql<string | null>`(select max(s.held_on)::text from supervision_case_discussions d join supervision_sessions s on s.id = d.session_id where d.child_id = ${children.id})`
      return db
        .select({ ...childListColumns(actor), workerName: users.displayName, teamName: teams.name, lastHeldOn: last })
        .from(allocations)
        .innerJoin(children, eq(children.id, allocations.childId))
        .innerJoin(users, eq(users.id, allocations.workerId))
        .innerJoin(teams, eq(teams.id, allocations.teamId))
        .where(and(isNull(allocations.endDate), childInScope(actor), sql`coalesce(${last} < ${since}, true)`))
        .orderBy(sql`${last} nulls first`, asc(children.lastName))
    },
  }
}

export type WorkerRow = NonNullable<Awaited<ReturnType<ReturnType<typeof supervisionRepository>['worker']>>>
