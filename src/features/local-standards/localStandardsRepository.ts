import { and, asc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { localStandards } from '../../db/schema/index.js'

export type LocalStandardRow = typeof localStandards.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]

/** The council's local standards, one row per rule. Every write checks the version it read. */
export function localStandardsRepository(db: Executor) {
  return {
    all: () => db.select().from(localStandards).orderBy(asc(localStandards.ruleId)),
    get: async (ruleId: string) => first(await db.select().from(localStandards).where(eq(localStandards.ruleId, ruleId))),
    /** A first standard for the rule; nothing comes back when someone else set one meanwhile. */
    insert: async (v: typeof localStandards.$inferInsert) => first(await db.insert(localStandards).values(v).onConflictDoNothing().returning()),
    update: async (ruleId: string, version: number, v: Pick<LocalStandardRow, 'amount' | 'unit' | 'updatedBy' | 'updatedAt'>) =>
      first(await db.update(localStandards).set({ ...v, version: sql`${localStandards.version} + 1` }).where(and(eq(localStandards.ruleId, ruleId), eq(localStandards.version, version))).returning()),
    remove: async (ruleId: string, version: number) => first(await db.delete(localStandards).where(and(eq(localStandards.ruleId, ruleId), eq(localStandards.version, version))).returning()),
  }
}
