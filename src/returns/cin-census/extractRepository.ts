/**
 * Set-based reads for the CIN census cohort: one query per census module, each over the cohort
 * of episodes (a subquery, so there is no N+1 and no limit on how many ids a query may carry).
 * The cohort is every CIN episode open at any point in the collection period, 1 April to
 * 31 March (DfE "Children in need census: guide", the scope section), for children in the
 * actor's scope.
 */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import { childInScope, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { assessments, children, cinEpisodes, cpConferences, cpPlans, plans, preProceedings, referrals, s47Enquiries } from '../../db/schema/index.js'

export type CinPlanRow = { episodeId: string; startDate: string; endDate: string | null }

export type CohortPeriod = { readonly start: string; readonly end: string }

export function censusRepository(db: Executor) {
  const cohortEpisodes = (actor: Actor, period: CohortPeriod) =>
    db
      .select({ id: cinEpisodes.id })
      .from(cinEpisodes)
      .innerJoin(children, eq(children.id, cinEpisodes.childId))
      .where(and(lte(cinEpisodes.startDate, period.end), or(isNull(cinEpisodes.endDate), gte(cinEpisodes.endDate, period.start)), childInScope(actor)))
  const cohortChildren = (actor: Actor, period: CohortPeriod) =>
    db.selectDistinct({ id: cinEpisodes.childId }).from(cinEpisodes).where(inArray(cinEpisodes.id, cohortEpisodes(actor, period)))

  return {
    /** The children, each with its episodes and their referrals, in child then date order. */
    episodes: (actor: Actor, period: CohortPeriod) =>
      db
        .select({
          childId: children.id,
          childRef: children.childRef,
          upn: children.upn,
          upnUnknownReason: children.upnUnknownReason,
          dateOfBirth: children.dateOfBirth,
          expectedDateOfBirth: children.expectedDateOfBirth,
          sex: children.sex,
          ethnicity: children.ethnicity,
          disability: children.disability,
          episodeId: cinEpisodes.id,
          startDate: cinEpisodes.startDate,
          endDate: cinEpisodes.endDate,
          closureReason: cinEpisodes.closureReason,
          referralDate: referrals.referralDate,
          referralSource: referrals.source,
          primaryNeed: referrals.primaryNeed,
        })
        .from(cinEpisodes)
        .innerJoin(children, eq(children.id, cinEpisodes.childId))
        .leftJoin(referrals, eq(referrals.cinEpisodeId, cinEpisodes.id))
        .where(inArray(cinEpisodes.id, cohortEpisodes(actor, period)))
        .orderBy(asc(children.childRef), asc(cinEpisodes.startDate), asc(referrals.referralDate)),

    assessments: (actor: Actor, period: CohortPeriod) =>
      db
        .select({ episodeId: assessments.cinEpisodeId, startDate: assessments.startDate, internalReviewOn: assessments.internalReviewOn, authorisedOn: assessments.authorisedOn, factors: assessments.factors })
        .from(assessments)
        .where(inArray(assessments.cinEpisodeId, cohortEpisodes(actor, period)))
        .orderBy(asc(assessments.startDate), asc(assessments.createdAt)),

    section47s: (actor: Actor, period: CohortPeriod) =>
      db
        .select({
          id: s47Enquiries.id,
          episodeId: s47Enquiries.cinEpisodeId,
          startDate: s47Enquiries.startDate,
          icpcTargetOn: s47Enquiries.icpcTargetOn,
          outcome: s47Enquiries.outcome,
          notConvenedRequestedAt: s47Enquiries.notConvenedRequestedAt,
        })
        .from(s47Enquiries)
        .where(inArray(s47Enquiries.cinEpisodeId, cohortEpisodes(actor, period)))
        .orderBy(asc(s47Enquiries.startDate), asc(s47Enquiries.createdAt)),

    /** Initial and review conferences: ICPC dates (per s47, or per episode) and CP plan review dates. */
    conferences: (actor: Actor, period: CohortPeriod) =>
      db
        .select({ episodeId: cpConferences.cinEpisodeId, kind: cpConferences.kind, s47Id: cpConferences.s47EnquiryId, heldOn: cpConferences.heldOn })
        .from(cpConferences)
        .where(inArray(cpConferences.cinEpisodeId, cohortEpisodes(actor, period)))
        .orderBy(asc(cpConferences.heldOn)),

    /** CIN plans of the cohort's episodes (the CINPlanDates module). */
    cinPlans: (actor: Actor, period: CohortPeriod) =>
      db
        .select({ episodeId: sql<string>`${plans.cinEpisodeId}`, startDate: plans.startDate, endDate: plans.endDate })
        .from(plans)
        .where(and(eq(plans.kind, 'CIN'), inArray(plans.cinEpisodeId, cohortEpisodes(actor, period))))
        .orderBy(asc(plans.startDate), asc(plans.createdAt)),

    /** Every CP plan of the cohort's children, including older episodes, to count previous plans. */
    cpPlans: (actor: Actor, period: CohortPeriod) =>
      db
        .select({
          childId: cpPlans.childId,
          episodeId: cpPlans.cinEpisodeId,
          startDate: cpPlans.startDate,
          endDate: cpPlans.endDate,
          initialCategory: cpPlans.initialCategory,
          latestCategory: cpPlans.latestCategory,
        })
        .from(cpPlans)
        .where(inArray(cpPlans.childId, cohortChildren(actor, period)))
        .orderBy(asc(cpPlans.startDate), asc(cpPlans.createdAt)),

    /**
     * Module 5 (2026-27): pre-proceedings that started in the collection period (rule 9005), with
     * the first effective meeting (N00830) and the review meetings held by the reference date
     * (N00831), counted from the meetings, never typed.
     */
    preProceedings: (actor: Actor, period: CohortPeriod) =>
      db
        .select({
          episodeId: preProceedings.cinEpisodeId,
          startDate: preProceedings.startDate,
          letterSentOn: preProceedings.letterSentOn,
          fgdmOffered: preProceedings.fgdmOffered,
          fgdmFacilitated: preProceedings.fgdmFacilitated,
          stepDecisionOn: preProceedings.stepDecisionOn,
          outcome: preProceedings.outcome,
          courtApplicationOn: preProceedings.courtApplicationOn,
          letterInitiatingProceedingsOn: preProceedings.letterInitiatingProceedingsOn,
          endDate: preProceedings.endDate,
          initialMeetingOn: sql<string | null>`(select min(m.held_on)::text from pre_proceedings_meetings m where m.pre_proceedings_id = pre_proceedings.id and m.kind = 'INITIAL')`,
          reviewMeetings: sql<number>`(select count(*)::int from pre_proceedings_meetings m where m.pre_proceedings_id = pre_proceedings.id and m.kind = 'REVIEW' and m.held_on <= ${period.end})`,
        })
        .from(preProceedings)
        .where(and(inArray(preProceedings.cinEpisodeId, cohortEpisodes(actor, period)), gte(preProceedings.startDate, period.start), lte(preProceedings.startDate, period.end)))
        .orderBy(asc(preProceedings.startDate), asc(preProceedings.createdAt)),
  }
}

export type CensusRepository = ReturnType<typeof censusRepository>
export type EpisodeRow = Awaited<ReturnType<CensusRepository['episodes']>>[number]
export type AssessmentRow = Awaited<ReturnType<CensusRepository['assessments']>>[number]
export type S47Row = Awaited<ReturnType<CensusRepository['section47s']>>[number]
export type ConferenceRow = Awaited<ReturnType<CensusRepository['conferences']>>[number]
export type CpPlanRow = Awaited<ReturnType<CensusRepository['cpPlans']>>[number]
export type PreProceedingsRow = Awaited<ReturnType<CensusRepository['preProceedings']>>[number]
