import { and, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { allocations, careEpisodes, carePeriods, children, claReviews, missingEpisodes, paAllocations, paContacts, users, visits } from '../../db/schema/index.js'
import { byAllocation, liveAllocation, type WorkFilter } from './workRepository.js'

/**
 * The records behind the care items in My work and Team work (issue 5), read in a few set-based
 * queries for every child at once: children in care with their changes, visits and reviews;
 * returns from missing episodes still waiting for an interview; care leavers and their contacts.
 */
export function careWorkRepository(db: Executor) {
  return {
    async openCare(actor: Actor, f: WorkFilter) {
      const care = await db
        .select({ period: carePeriods, workerName: users.displayName, ...childListColumns(actor) })
        .from(carePeriods).innerJoin(children, eq(children.id, carePeriods.childId))
        .innerJoin(allocations, liveAllocation(carePeriods.childId)).innerJoin(users, eq(users.id, allocations.workerId))
        .where(and(isNull(carePeriods.endedOn), eq(carePeriods.imported, false), childInScope(actor), ...byAllocation(f))).limit(500)
      const periodIds = care.map((r) => r.period.id)
      const childIds = care.map((r) => r.childId)
      const [episodes, seen, reviews] = await Promise.all([
        periodIds.length ? db.select().from(careEpisodes).where(inArray(careEpisodes.periodId, periodIds)) : Promise.resolve([]),
        childIds.length ? db.select({ childId: visits.childId, visitedOn: visits.visitedOn }).from(visits).where(and(inArray(visits.childId, childIds), eq(visits.kind, 'CLA'), eq(visits.childSeen, true))) : Promise.resolve([]),
        childIds.length ? db.select({ childId: claReviews.childId, heldOn: claReviews.heldOn }).from(claReviews).where(inArray(claReviews.childId, childIds)) : Promise.resolve([]),
      ])
      return { care, episodes, seen, reviews }
    },

    /** Returns in the last fortnight with no return home interview offered yet (the 72-hour clock). */
    returnsAwaitingInterview(actor: Actor, f: WorkFilter, since: Date) {
      return db
        .select({ episode: { id: missingEpisodes.id, endedAt: missingEpisodes.endedAt }, workerName: users.displayName, ...childListColumns(actor) })
        .from(missingEpisodes).innerJoin(children, eq(children.id, missingEpisodes.childId))
        .innerJoin(allocations, liveAllocation(missingEpisodes.childId)).innerJoin(users, eq(users.id, allocations.workerId))
        .where(and(isNotNull(missingEpisodes.endedAt), gte(missingEpisodes.endedAt, since), sql`not exists (select 1 from return_interviews r where r.missing_episode_id = ${missingEpisodes.id})`, childInScope(actor), ...byAllocation(f)))
        .limit(200)
    },

    /** Young people with a live personal adviser (the PA's own list, or the PA's team), with their contacts. */
    async careLeavers(actor: Actor, f: WorkFilter) {
      const who = [f.workerId ? eq(paAllocations.paId, f.workerId) : undefined, f.teamId ? eq(users.teamId, f.teamId) : undefined, f.childId ? eq(paAllocations.childId, f.childId) : undefined].filter((x) => x !== undefined)
      const leavers = await db
        .select({ allocation: { startDate: paAllocations.startDate }, workerName: users.displayName, ...childListColumns(actor) })
        .from(paAllocations).innerJoin(children, eq(children.id, paAllocations.childId)).innerJoin(users, eq(users.id, paAllocations.paId))
        .where(and(isNull(paAllocations.endDate), childInScope(actor), ...who)).limit(500)
      const ids = leavers.map((r) => r.childId)
      const contacts = ids.length ? await db.select({ childId: paContacts.childId, contactedOn: paContacts.contactedOn }).from(paContacts).where(inArray(paContacts.childId, ids)) : []
      return { leavers, contacts }
    },
  }
}

// Named so the work service can type its inputs without reaching into drizzle.
export type CareWork = Awaited<ReturnType<ReturnType<typeof careWorkRepository>['openCare']>>
export type CareLeaverWork = Awaited<ReturnType<ReturnType<typeof careWorkRepository>['careLeavers']>>
export type ReturnAwaitingInterview = Awaited<ReturnType<ReturnType<typeof careWorkRepository>['returnsAwaitingInterview']>>[number]
