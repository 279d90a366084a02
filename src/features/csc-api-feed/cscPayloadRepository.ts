/**
 * Set-based reads for the DfE children's social care API payload: one query per block of the
 * payload, each over the same set of children (a subquery, so the number of queries does not grow
 * with the number of children and no query carries a list of ids).
 *
 * The cohort follows the DfE CSC API data flow (research/standards.md §5): children aged 25 or
 * under at some point in a rolling window, from 1 April of the financial year 24 months back to
 * today, with a CIN episode, CIN plan, CP plan or period of care that overlaps the window (an
 * unborn child qualifies by the expected date of birth). Cairn adds care leavers it supports (a
 * care_leavers row), because the payload carries their contact, activity and accommodation and the
 * leaving-care duties run to 25 (Children Act 1989 s23C–s24B).
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import {
  adoptions, allocations, assessments, careEpisodes, careLeavers, carePeriods, children, cinEpisodes, cpConferences, cpPlans, healthRecords, plans, referrals, s47Enquiries, staffProfiles, uascStatuses,
} from '../../db/schema/index.js'

export type Window = { readonly start: string; readonly end: string }

/** Which children to read: the feed's cohort for a window, or one child (the analyst's preview). */
export type ChildSet = { readonly kind: 'cohort'; readonly window: Window } | { readonly kind: 'child'; readonly childId: string; readonly window: Window }

/** The cohort as a predicate over `children` (see the module comment). */
export function inCohort(window: Window): SQL {
  const { start, end } = window
  return sql`(coalesce(children.date_of_birth, children.expected_date_of_birth) > (${start}::date - interval '26 years')
    and (exists (select 1 from cin_episodes e where e.child_id = children.id and e.start_date <= ${end} and (e.end_date is null or e.end_date >= ${start}))
      or exists (select 1 from plans p where p.child_id = children.id and p.kind = 'CIN' and p.start_date <= ${end} and (p.end_date is null or p.end_date >= ${start}))
      or exists (select 1 from cp_plans p where p.child_id = children.id and p.start_date <= ${end} and (p.end_date is null or p.end_date >= ${start}))
      or exists (select 1 from care_periods p where p.child_id = children.id and p.started_on <= ${end} and (p.ended_on is null or p.ended_on >= ${start}))
      or exists (select 1 from care_leavers l where l.child_id = children.id)))`
}

export function cscPayloadRepository(db: Executor) {
  const ids = (set: ChildSet) =>
    set.kind === 'cohort'
      ? db.select({ id: children.id }).from(children).where(inCohort(set.window))
      : db.select({ id: children.id }).from(children).where(eq(children.id, set.childId))
  /** CIN episodes of the set that overlap the window: the payload's social care episodes. */
  const episodeIds = (set: ChildSet) =>
    db
      .select({ id: cinEpisodes.id })
      .from(cinEpisodes)
      .where(and(inArray(cinEpisodes.childId, ids(set)), lte(cinEpisodes.startDate, set.window.end), or(isNull(cinEpisodes.endDate), gte(cinEpisodes.endDate, set.window.start))))

  const periodIds = (set: ChildSet) =>
    db
      .select({ id: carePeriods.id })
      .from(carePeriods)
      .where(and(inArray(carePeriods.childId, ids(set)), lte(carePeriods.startedOn, set.window.end), or(isNull(carePeriods.endedOn), gte(carePeriods.endedOn, set.window.start))))

  return {
    isInCohort: async (childId: string, window: Window) =>
      (await db.select({ id: children.id }).from(children).where(and(eq(children.id, childId), inCohort(window)))).length > 0,

    /** Child details, with the postcode of the current address and UASC status. */
    children: (set: ChildSet) =>
      db
        .select({
          id: children.id,
          childRef: children.childRef,
          upn: children.upn,
          upnUnknownReason: children.upnUnknownReason,
          firstName: children.firstName,
          lastName: children.lastName,
          dateOfBirth: children.dateOfBirth,
          expectedDateOfBirth: children.expectedDateOfBirth,
          sex: children.sex,
          ethnicity: children.ethnicity,
          disability: children.disability,
          postcode: sql<string | null>`(select a.postcode from child_addresses a where a.child_id = children.id and a.to_date is null order by a.from_date desc limit 1)`,
          uascStartedOn: uascStatuses.startedOn,
          uascCeasedOn: uascStatuses.ceasedOn,
        })
        .from(children)
        .leftJoin(uascStatuses, eq(uascStatuses.childId, children.id))
        .where(inArray(children.id, ids(set)))
        .orderBy(asc(children.childRef)),

    /** Episodes; their referrals come separately (referrals are not indexed by episode, so one set-wise join beats a lookup per episode). */
    episodes: (set: ChildSet) =>
      db
        .select({ id: cinEpisodes.id, childId: cinEpisodes.childId, startDate: cinEpisodes.startDate, endDate: cinEpisodes.endDate, closureReason: cinEpisodes.closureReason })
        .from(cinEpisodes)
        .where(inArray(cinEpisodes.id, episodeIds(set)))
        .orderBy(asc(cinEpisodes.startDate), asc(cinEpisodes.id)),

    /** The referrals that opened the episodes, earliest first (the first is the episode's referral). */
    referrals: (set: ChildSet) =>
      db
        .select({ episodeId: referrals.cinEpisodeId, referralDate: referrals.referralDate, source: referrals.source })
        .from(referrals)
        .where(inArray(referrals.cinEpisodeId, episodeIds(set)))
        .orderBy(asc(referrals.referralDate), asc(referrals.createdAt)),

    assessments: (set: ChildSet) =>
      db
        .select({ id: assessments.id, episodeId: assessments.cinEpisodeId, startDate: assessments.startDate, authorisedOn: assessments.authorisedOn, factors: assessments.factors })
        .from(assessments)
        .where(inArray(assessments.cinEpisodeId, episodeIds(set)))
        .orderBy(asc(assessments.startDate), asc(assessments.id)),

    /** Initial conferences that followed an enquiry (the enquiry's ICPC date). */
    icpcs: (set: ChildSet) =>
      db
        .select({ s47Id: sql<string>`${cpConferences.s47EnquiryId}`, heldOn: cpConferences.heldOn })
        .from(cpConferences)
        .where(and(inArray(cpConferences.cinEpisodeId, episodeIds(set)), eq(cpConferences.kind, 'ICPC'), isNotNull(cpConferences.s47EnquiryId)))
        .orderBy(asc(cpConferences.heldOn)),

    /** Section 47 enquiries. */
    section47s: (set: ChildSet) =>
      db
        .select({
          id: s47Enquiries.id,
          episodeId: s47Enquiries.cinEpisodeId,
          startDate: s47Enquiries.startDate,
          outcome: s47Enquiries.outcome,
          notConvenedRequestedAt: s47Enquiries.notConvenedRequestedAt,
        })
        .from(s47Enquiries)
        .where(inArray(s47Enquiries.cinEpisodeId, episodeIds(set)))
        .orderBy(asc(s47Enquiries.startDate), asc(s47Enquiries.id)),

    cpPlans: (set: ChildSet) =>
      db
        .select({ id: cpPlans.id, episodeId: cpPlans.cinEpisodeId, startDate: cpPlans.startDate, endDate: cpPlans.endDate })
        .from(cpPlans)
        .where(inArray(cpPlans.cinEpisodeId, episodeIds(set)))
        .orderBy(asc(cpPlans.startDate), asc(cpPlans.id)),

    cinPlans: (set: ChildSet) =>
      db
        .select({ id: plans.id, episodeId: sql<string>`${plans.cinEpisodeId}`, startDate: plans.startDate, endDate: plans.endDate })
        .from(plans)
        .where(and(eq(plans.kind, 'CIN'), inArray(plans.cinEpisodeId, episodeIds(set))))
        .orderBy(asc(plans.startDate), asc(plans.id)),

    /** Named workers, with their Social Work England number where recorded. */
    allocations: (set: ChildSet) =>
      db
        .select({ childId: allocations.childId, workerId: allocations.workerId, sweNumber: staffProfiles.socialWorkEnglandNumber, startDate: allocations.startDate, endDate: allocations.endDate })
        .from(allocations)
        .leftJoin(staffProfiles, eq(staffProfiles.userId, allocations.workerId))
        .where(and(inArray(allocations.childId, ids(set)), lte(allocations.startDate, set.window.end), or(isNull(allocations.endDate), gte(allocations.endDate, set.window.start))))
        .orderBy(asc(allocations.startDate), asc(allocations.id)),

    carePeriods: (set: ChildSet) =>
      db
        .select({ id: carePeriods.id, childId: carePeriods.childId, startedOn: carePeriods.startedOn, endedOn: carePeriods.endedOn, reasonCeased: carePeriods.reasonCeased })
        .from(carePeriods)
        .where(inArray(carePeriods.id, periodIds(set)))
        .orderBy(asc(carePeriods.startedOn), asc(carePeriods.id)),

    careEpisodes: (set: ChildSet) =>
      db
        .select({
          id: careEpisodes.id,
          periodId: careEpisodes.periodId,
          startsOn: careEpisodes.startsOn,
          change: careEpisodes.change,
          sameCarers: careEpisodes.sameCarers,
          legalStatus: careEpisodes.legalStatus,
          categoryOfNeed: careEpisodes.categoryOfNeed,
          placementType: careEpisodes.placementType,
          placementProvider: careEpisodes.placementProvider,
          urn: careEpisodes.urn,
          placementPostcode: careEpisodes.placementPostcode,
          homePostcode: careEpisodes.homePostcode,
          placementEndReason: careEpisodes.placementEndReason,
          imported: careEpisodes.imported,
          importedRne: careEpisodes.importedRne,
          importedDec: careEpisodes.importedDec,
          importedRec: careEpisodes.importedRec,
        })
        .from(careEpisodes)
        .where(inArray(careEpisodes.periodId, periodIds(set)))
        .orderBy(asc(careEpisodes.startsOn)),

    /** The child's adoption, latest first; reversed ones are left out. */
    adoptions: (set: ChildSet) =>
      db
        .select({ childId: adoptions.childId, decidedOn: adoptions.decidedOn, matchedOn: adoptions.matchedOn, placedOn: adoptions.placedOn })
        .from(adoptions)
        .where(and(inArray(adoptions.childId, ids(set)), isNull(adoptions.reversedOn)))
        .orderBy(asc(adoptions.childId), sql`${adoptions.createdAt} desc`),

    /** Care leavers: the latest contact and the latest recorded activity and accommodation. */
    careLeavers: (set: ChildSet) =>
      db
        .select({
          childId: careLeavers.childId,
          contactDate: sql<string | null>`(select max(c.contacted_on)::text from pa_contacts c where c.child_id = care_leavers.child_id)`,
          activity: sql<string | null>`(select o.activity from care_leaver_outcomes o where o.child_id = care_leavers.child_id order by o.collection_year desc limit 1)`,
          accommodation: sql<string | null>`(select o.accommodation from care_leaver_outcomes o where o.child_id = care_leavers.child_id order by o.collection_year desc limit 1)`,
        })
        .from(careLeavers)
        .where(inArray(careLeavers.childId, ids(set))),

    sdqs: (set: ChildSet) =>
      db
        .select({ childId: healthRecords.childId, doneOn: healthRecords.doneOn, score: healthRecords.sdqScore })
        .from(healthRecords)
        .where(and(inArray(healthRecords.childId, ids(set)), eq(healthRecords.kind, 'SDQ')))
        .orderBy(asc(healthRecords.doneOn)),
  }
}

export type CscPayloadRepository = ReturnType<typeof cscPayloadRepository>
type Rows<K extends keyof CscPayloadRepository> = Awaited<ReturnType<CscPayloadRepository[K]>>
export type PayloadRows = { [K in Exclude<keyof CscPayloadRepository, 'isInCohort'>]: Rows<K> }
