/**
 * Set-based reads and row writes for the CIN census import (import.ts). The reads load everything
 * the file's children already have, in one query per table, so the import compares in memory and
 * writes only what differs.
 */
import { eq, inArray } from 'drizzle-orm'
import { systemActor } from '../../access/actor.js'
import type { Executor } from '../../db/executor.js'
import { assessments, children, cinEpisodes, cpConferences, cpPlans, referrals, s47Enquiries, strategyDiscussions, users } from '../../db/schema/index.js'

/** The user that imported rows name as author, chair and authoriser: the system actor, which cannot sign in. */
export const importUserId = systemActor.id

export function importRepository(db: Executor) {
  const byChild = async <T>(childIds: string[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> => (childIds.length ? load(childIds) : [])
  return {
    /** The system actor as a user row (no usable password, inactive), so imported rows have an author. */
    async ensureImportUser(): Promise<void> {
      await db
        .insert(users)
        .values({ id: importUserId, email: 'census-import@system.invalid', displayName: 'Cairn system (census import)', role: 'admin', passwordHash: '!', active: false })
        .onConflictDoNothing()
    },

    childrenByRef: (refs: string[]) => (refs.length ? db.select().from(children).where(inArray(children.childRef, refs)) : Promise.resolve([])),
    episodes: (childIds: string[]) => byChild(childIds, (ids) => db.select().from(cinEpisodes).where(inArray(cinEpisodes.childId, ids))),
    referrals: (childIds: string[]) => byChild(childIds, (ids) => db.select().from(referrals).where(inArray(referrals.childId, ids))),
    assessments: (childIds: string[]) => byChild(childIds, (ids) => db.select().from(assessments).where(inArray(assessments.childId, ids))),
    section47s: (childIds: string[]) => byChild(childIds, (ids) => db.select().from(s47Enquiries).where(inArray(s47Enquiries.childId, ids))),
    conferences: (childIds: string[]) => byChild(childIds, (ids) => db.select().from(cpConferences).where(inArray(cpConferences.childId, ids))),
    cpPlans: (childIds: string[]) => byChild(childIds, (ids) => db.select().from(cpPlans).where(inArray(cpPlans.childId, ids))),

    insertChild: async (row: typeof children.$inferInsert) => (await db.insert(children).values(row).returning({ id: children.id }))[0]!.id,
    updateChild: (id: string, set: Partial<typeof children.$inferInsert>, version: number) =>
      db.update(children).set({ ...set, version: version + 1, updatedAt: new Date() }).where(eq(children.id, id)),

    insertEpisode: async (row: typeof cinEpisodes.$inferInsert) => (await db.insert(cinEpisodes).values(row).returning({ id: cinEpisodes.id }))[0]!.id,
    updateEpisode: (id: string, set: Partial<typeof cinEpisodes.$inferInsert>, version: number) => db.update(cinEpisodes).set({ ...set, version: version + 1 }).where(eq(cinEpisodes.id, id)),

    insertReferral: async (row: typeof referrals.$inferInsert) => (await db.insert(referrals).values(row).returning({ id: referrals.id }))[0]!.id,
    updateReferral: (id: string, set: Partial<typeof referrals.$inferInsert>, version: number) => db.update(referrals).set({ ...set, version: version + 1 }).where(eq(referrals.id, id)),

    insertAssessment: (row: typeof assessments.$inferInsert) => db.insert(assessments).values(row),
    updateAssessment: (id: string, set: Partial<typeof assessments.$inferInsert>, version: number) => db.update(assessments).set({ ...set, version: version + 1 }).where(eq(assessments.id, id)),

    /** A section 47 needs the strategy discussion that started it: one is recorded on the enquiry's start date. */
    async insertSection47(row: Omit<typeof s47Enquiries.$inferInsert, 'strategyDiscussionId'>): Promise<string> {
      const strategy = (
        await db
          .insert(strategyDiscussions)
          .values({ childId: row.childId, cinEpisodeId: row.cinEpisodeId, createdBy: row.createdBy, heldOn: row.startDate, agencies: ['OTHER'], decision: 'S47' })
          .returning({ id: strategyDiscussions.id })
      )[0]!
      return (await db.insert(s47Enquiries).values({ ...row, strategyDiscussionId: strategy.id }).returning({ id: s47Enquiries.id }))[0]!.id
    },
    updateSection47: (id: string, set: Partial<typeof s47Enquiries.$inferInsert>, version: number) => db.update(s47Enquiries).set({ ...set, version: version + 1 }).where(eq(s47Enquiries.id, id)),

    insertConference: async (row: typeof cpConferences.$inferInsert) => (await db.insert(cpConferences).values(row).returning({ id: cpConferences.id }))[0]!.id,
    updateConference: (id: string, set: Partial<typeof cpConferences.$inferInsert>, version: number) => db.update(cpConferences).set({ ...set, version: version + 1 }).where(eq(cpConferences.id, id)),

    insertCpPlan: (row: typeof cpPlans.$inferInsert) => db.insert(cpPlans).values(row),
    updateCpPlan: (id: string, set: Partial<typeof cpPlans.$inferInsert>, version: number) => db.update(cpPlans).set({ ...set, version: version + 1 }).where(eq(cpPlans.id, id)),
  }
}

export type ImportRepository = ReturnType<typeof importRepository>
