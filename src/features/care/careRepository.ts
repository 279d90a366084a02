import { and, asc, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm'
import { childInScope, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { careEpisodes, carePeriods, children, claReviews, uascStatuses, unregisteredPlacements, visits, careParenthood, previousPermanence } from '../../db/schema/index.js'

export type CarePeriodRow = typeof carePeriods.$inferSelect
export type CareEpisodeRow = typeof careEpisodes.$inferSelect
export type UnregisteredRow = typeof unregisteredPlacements.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]

/** Periods of care, their episodes (one per change), CLA visits, UASC status. Scope is checked by the services. */
export function careRepository(db: Executor) {
  return {
    openPeriod: async (childId: string) =>
      first(await db.select().from(carePeriods).where(and(eq(carePeriods.childId, childId), isNull(carePeriods.endedOn), eq(carePeriods.imported, false)))),
    periods: (childId: string) => db.select().from(carePeriods).where(eq(carePeriods.childId, childId)).orderBy(desc(carePeriods.startedOn)),
    /** The latest period (open or not), to refuse a new one starting before the last one ended. */
    latestPeriod: async (childId: string) => first(await db.select().from(carePeriods).where(eq(carePeriods.childId, childId)).orderBy(desc(carePeriods.startedOn)).limit(1)),
    insertPeriod: async (v: typeof carePeriods.$inferInsert) => (await db.insert(carePeriods).values(v).returning())[0]!,
    /** PrevPerm is one row per child per collection year; a second start in the same year keeps the latest answer. */
    savePreviousPermanence: (v: typeof previousPermanence.$inferInsert) =>
      db.insert(previousPermanence).values(v).onConflictDoUpdate({ target: [previousPermanence.childId, previousPermanence.collectionYear], set: { prevPerm: v.prevPerm, laPerm: v.laPerm, datePerm: v.datePerm } }),
    saveParenthood: (v: typeof careParenthood.$inferInsert) =>
      db.insert(careParenthood).values(v).onConflictDoUpdate({ target: careParenthood.childId, set: { isMother: v.isMother, motherChildDob: v.motherChildDob } }),
    /** Claims the period for a change: bumps its version, or returns nothing if someone else got there first. */
    bumpPeriod: async (id: string, version: number, v: Partial<typeof carePeriods.$inferInsert> = {}) =>
      first(await db.update(carePeriods).set({ ...v, version: sql`${carePeriods.version} + 1` }).where(and(eq(carePeriods.id, id), eq(carePeriods.version, version), isNull(carePeriods.endedOn))).returning()),

    episodes: (childId: string) => db.select().from(careEpisodes).where(eq(careEpisodes.childId, childId)).orderBy(asc(careEpisodes.startsOn)),
    periodEpisodes: (periodId: string) => db.select().from(careEpisodes).where(eq(careEpisodes.periodId, periodId)).orderBy(asc(careEpisodes.startsOn)),
    insertEpisode: async (v: typeof careEpisodes.$inferInsert) => (await db.insert(careEpisodes).values(v).returning())[0]!,
    setPlacementEndReason: async (id: string, reason: string | null) =>
      (await db.update(careEpisodes).set({ placementEndReason: reason, version: sql`${careEpisodes.version} + 1` }).where(eq(careEpisodes.id, id)).returning())[0]!,

    unregistered: (childId: string) => db.select().from(unregisteredPlacements).where(eq(unregisteredPlacements.childId, childId)),
    unregisteredByEpisode: async (episodeId: string) => first(await db.select().from(unregisteredPlacements).where(eq(unregisteredPlacements.episodeId, episodeId))),
    insertUnregistered: async (v: typeof unregisteredPlacements.$inferInsert) => (await db.insert(unregisteredPlacements).values(v).returning())[0]!,
    updateUnregistered: async (id: string, version: number, v: Partial<typeof unregisteredPlacements.$inferInsert>) =>
      first(await db.update(unregisteredPlacements).set({ ...v, version: sql`${unregisteredPlacements.version} + 1` }).where(and(eq(unregisteredPlacements.id, id), eq(unregisteredPlacements.version, version))).returning()),

    claVisits: (childId: string) => db.select().from(visits).where(and(eq(visits.childId, childId), eq(visits.kind, 'CLA'))).orderBy(desc(visits.visitedOn)),
    insertVisit: async (v: typeof visits.$inferInsert) => (await db.insert(visits).values(v).returning())[0]!,
    firstReviewOnOrAfter: async (childId: string, from: string) =>
      first(await db.select({ heldOn: claReviews.heldOn }).from(claReviews).where(and(eq(claReviews.childId, childId), gte(claReviews.heldOn, from))).orderBy(asc(claReviews.heldOn)).limit(1))?.heldOn ?? null,

    /** Every episode of children in the actor's scope with a period started by `date`, for the stability measures. */
    stabilityRows: (actor: Actor, date: string) =>
      db
        .select({ childId: careEpisodes.childId, dateOfBirth: children.dateOfBirth, startsOn: careEpisodes.startsOn, change: careEpisodes.change, placementType: careEpisodes.placementType, periodStartedOn: carePeriods.startedOn, periodEndedOn: carePeriods.endedOn })
        .from(careEpisodes)
        .innerJoin(carePeriods, eq(carePeriods.id, careEpisodes.periodId))
        .innerJoin(children, eq(children.id, careEpisodes.childId))
        .where(and(lte(carePeriods.startedOn, date), childInScope(actor)))
        .orderBy(asc(careEpisodes.childId), asc(careEpisodes.startsOn)),

    uasc: async (childId: string) => first(await db.select().from(uascStatuses).where(eq(uascStatuses.childId, childId))),
    insertUasc: async (v: typeof uascStatuses.$inferInsert) => (await db.insert(uascStatuses).values(v).returning())[0]!,
    updateUasc: async (childId: string, version: number, v: Partial<typeof uascStatuses.$inferInsert>) =>
      first(await db.update(uascStatuses).set({ ...v, version: sql`${uascStatuses.version} + 1` }).where(and(eq(uascStatuses.childId, childId), eq(uascStatuses.version, version))).returning()),
  }
}

export type CareRepository = ReturnType<typeof careRepository>
