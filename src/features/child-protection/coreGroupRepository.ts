import { and, asc, desc, eq, gte } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { coreGroupMeetings, cpConferences } from '../../db/schema/index.js'

export type CoreGroupRow = typeof coreGroupMeetings.$inferSelect

/** Core group meetings and the review conferences of a CP plan. Scope is checked by the service. */
export function coreGroupRepository(db: Executor) {
  return {
    insert: async (v: typeof coreGroupMeetings.$inferInsert) => (await db.insert(coreGroupMeetings).values(v).returning())[0]!,
    forPlan: (planId: string) => db.select().from(coreGroupMeetings).where(eq(coreGroupMeetings.cpPlanId, planId)).orderBy(desc(coreGroupMeetings.heldOn)),
    /** Review conferences since the plan started: conferences belong to the child, not to a plan. */
    reviewsSince: async (childId: string, since: string) =>
      (await db.select({ heldOn: cpConferences.heldOn }).from(cpConferences).where(and(eq(cpConferences.childId, childId), eq(cpConferences.kind, 'RCPC'), gte(cpConferences.heldOn, since))).orderBy(asc(cpConferences.heldOn))).map((r) => r.heldOn),
  }
}
