/**
 * Reads one collection year's CIN census from the casework tables and maps it to the census
 * shape (`types.ts`), from our own stable ids and codes (our code lists are the census codes).
 * Field meanings follow the DfE "Children in need census: guide" (research/standards.md §1.3):
 *
 * - LAchildID is the child's `child_ref`; one CINdetails per CIN episode open in the year, with the
 *   referral that opened it (CINreferralDate, ReferralSource, PrimaryNeedCode);
 * - nothing dated after the reference date is returned: a closure, plan end or authorisation
 *   after 31 March is still open at the census date; a child born after it is returned with an
 *   expected date of birth (rule 8520);
 * - only what belongs to the collection period is returned within an episode: assessments
 *   authorised in it or still open (rules 8696, 8736), enquiries whose ICPC falls in it or that are
 *   still waiting (8715, 8740), CP and CIN plans open at some point in it (8930). Earlier work stays
 *   in Cairn and in earlier returns;
 * - AssessmentAuthorisationDate is the manager's authorisation (the completion date), and factors
 *   are returned only for a completed assessment (guide: factors are recorded at the end of the
 *   assessment; rule 8614);
 * - an ICPC linked to a section 47 is that enquiry's DateOfInitialCPC; one with no enquiry is the
 *   episode's DateOfInitialCPC (rule 2884). ICPCnotRequired is true when the concerns were not
 *   substantiated or a manager authorised not convening;
 * - NumberOfPreviousCPP counts the child's earlier plans held in Cairn; CPPreviewDate is each
 *   review conference held during the plan;
 * - ReferralNFA is false: a contact that needs no further action never becomes a referral here.
 *
 * Not yet returned: FormerUPN and PersonDeathDate (not recorded).
 */
import { groupBy } from '../../domain/groupBy.js'
import type { Actor } from '../../access/actor.js'
import type { Executor } from '../../db/executor.js'
import { addDays, addMonths } from '../../domain/timescales/dates.js'
import { censusYearOf, usesSex } from './build.js'
import { censusRepository, type AssessmentRow, type CinPlanRow, type ConferenceRow, type CpPlanRow, type EpisodeRow, type PreProceedingsRow, type S47Row } from './extractRepository.js'
import type { Assessment, Census, CensusChild, CinEpisode, CinPlan, CpPlan, PreProceedings, Section47 } from './types.js'

export type ExtractOptions = {
  readonly collectionYear: string
  readonly laCode: string
  /** 31 March at the end of the collection year unless given. */
  readonly referenceDate?: string
  /** When the return was made (Header/Source/DateTime). */
  readonly now: Date
}

export type CohortRows = {
  readonly episodes: readonly EpisodeRow[]
  readonly assessments: readonly AssessmentRow[]
  readonly section47s: readonly S47Row[]
  readonly conferences: readonly ConferenceRow[]
  readonly cpPlans: readonly CpPlanRow[]
  readonly cinPlans?: readonly CinPlanRow[]
  /** Module 5, from 2026-27; absent or empty for earlier years. */
  readonly preProceedings?: readonly PreProceedingsRow[]
}

export const defaultReferenceDate = (collectionYear: string): string => `${censusYearOf(collectionYear)}-03-31`

/** The collection period: the reference date less a year plus a day, to the reference date. */
export const periodOf = (referenceDate: string) => ({ start: addDays(addMonths(referenceDate, -12), 1), end: referenceDate })

const sexToGender: Record<string, string> = { M: '1', F: '2', U: '0' }


/** Pure: the fetched rows as a census. Exported for tests. */
export function assembleCensus(rows: CohortRows, options: ExtractOptions): Census {
  const ref = options.referenceDate ?? defaultReferenceDate(options.collectionYear)
  const upTo = (d: string | null) => (d !== null && d <= ref ? d : null)
  const { start } = periodOf(ref)
  /** Still open at the reference date, or ended within the period. */
  const openInPeriod = (ended: string | null) => upTo(ended) === null || ended! >= start
  const icpcOf = (s: S47Row) => rows.conferences.find((c) => c.kind === 'ICPC' && c.s47Id === s.id && c.heldOn <= ref)
  const byEpisode = {
    assessments: groupBy(rows.assessments.filter((a) => a.startDate <= ref && openInPeriod(a.authorisedOn)), (a) => a.episodeId),
    s47s: groupBy(rows.section47s.filter((s) => s.startDate <= ref && openInPeriod(icpcOf(s)?.heldOn ?? null)), (s) => s.episodeId),
    conferences: groupBy(rows.conferences.filter((c) => c.heldOn <= ref), (c) => c.episodeId),
    plans: groupBy(rows.cpPlans.filter((p) => p.startDate <= ref && openInPeriod(p.endDate)), (p) => p.episodeId),
    cinPlans: groupBy((rows.cinPlans ?? []).filter((p) => p.startDate <= ref && openInPeriod(p.endDate)), (p) => p.episodeId),
    preProceedings: groupBy(rows.preProceedings ?? [], (p) => p.episodeId),
  }
  const cinPlan = (p: CinPlanRow, i: number): CinPlan => ({ position: i + 1, startDate: p.startDate, endDate: upTo(p.endDate) })
  const plansByChild = groupBy(rows.cpPlans, (p) => p.childId)

  const assessment = (a: AssessmentRow, i: number): Assessment => {
    const authorisationDate = upTo(a.authorisedOn)
    return { position: i + 1, startDate: a.startDate, internalReviewDate: upTo(a.internalReviewOn), authorisationDate, factors: authorisationDate ? [...a.factors] : [] }
  }
  const section47 = (conferences: ConferenceRow[]) => (s: S47Row, i: number): Section47 => {
    const icpc = conferences.find((c) => c.kind === 'ICPC' && c.s47Id === s.id)
    // The census asks whether an ICPC was not required: a recorded decision not to convene says so,
    // authorised or not. A missing authorisation is Cairn's own control (a KPI), not a census fact.
    const decidedNotToConvene = s.notConvenedRequestedAt !== null && s.notConvenedRequestedAt.toISOString().slice(0, 10) <= ref
    const notRequired = s.outcome === 'NOT_SUBSTANTIATED' || decidedNotToConvene
    return { position: i + 1, startDate: s.startDate, icpcTarget: s.icpcTargetOn, icpcDate: icpc?.heldOn ?? null, icpcNotRequired: notRequired && !icpc ? 'true' : 'false' }
  }
  const cpPlan = (conferences: ConferenceRow[]) => (p: CpPlanRow, i: number): CpPlan => {
    const endDate = upTo(p.endDate)
    const previous = (plansByChild.get(p.childId) ?? []).filter((q) => q.startDate < p.startDate).length
    const reviews = conferences
      .filter((c) => c.kind === 'RCPC' && c.heldOn > p.startDate && (endDate === null || c.heldOn <= endDate))
      .map((c, j) => ({ position: j + 1, date: c.heldOn }))
    return { position: i + 1, startDate: p.startDate, endDate, initialCategory: p.initialCategory, latestCategory: p.latestCategory, numberOfPreviousCpp: String(previous), reviews }
  }
  /**
   * Module 5: steps after the reference date are not yet known at the census date; the FGDM offer
   * is made in the letter, so it goes with it; the outcome is known once the step decision or the
   * end has happened.
   */
  const preProceedings = (p: PreProceedingsRow, i: number): PreProceedings => {
    const letter = upTo(p.letterSentOn)
    const yesNo = (v: boolean | null) => (letter === null || v === null ? null : String(v))
    const decided = upTo(p.stepDecisionOn) !== null || upTo(p.endDate) !== null
    const initial = upTo(p.initialMeetingOn)
    return {
      position: i + 1, ppStartDate: p.startDate, lbpSentDate: letter, fgdmMeetingOffer: yesNo(p.fgdmOffered), fgdmMeetingFac: yesNo(p.fgdmFacilitated),
      initialPpMeetingDate: initial, reviewMeetingsCount: initial === null ? null : String(p.reviewMeetings), stepDecisionDate: upTo(p.stepDecisionOn),
      ppOutcome: decided ? p.outcome : null, courtAppDate: upTo(p.courtApplicationOn), letterInitCpDate: upTo(p.letterInitiatingProceedingsOn),
    }
  }
  const episode = (rowsOfEpisode: EpisodeRow[], i: number): CinEpisode => {
    const e = rowsOfEpisode[0]!
    const conferences = byEpisode.conferences.get(e.episodeId) ?? []
    const closureDate = upTo(e.endDate)
    return {
      position: i + 1,
      referralDate: e.referralDate ?? e.startDate,
      referralSource: e.referralSource,
      primaryNeedCode: e.primaryNeed,
      closureDate,
      reasonForClosure: closureDate ? e.closureReason : null,
      dateOfInitialCpc: conferences.find((c) => c.kind === 'ICPC' && c.s47Id === null)?.heldOn ?? null,
      referralNfa: 'false',
      assessments: (byEpisode.assessments.get(e.episodeId) ?? []).map(assessment),
      cinPlans: (byEpisode.cinPlans.get(e.episodeId) ?? []).map(cinPlan),
      section47s: (byEpisode.s47s.get(e.episodeId) ?? []).map(section47(conferences)),
      cpPlans: (byEpisode.plans.get(e.episodeId) ?? []).map(cpPlan(conferences)),
      preProceedings: (byEpisode.preProceedings.get(e.episodeId) ?? []).map(preProceedings),
    }
  }
  const sexFormat = usesSex(options.collectionYear)
  /** An unborn child is returned with sex U (rule 8750), even where Cairn now knows it. */
  const sexAtReference = (c: EpisodeRow) => (upTo(c.dateOfBirth) ? c.sex : 'U')
  const children: CensusChild[] = [...groupBy(rows.episodes, (r) => r.childId).values()].map((childRows, i) => {
    const c = childRows[0]!
    return {
      position: i + 1,
      laChildId: c.childRef,
      upn: c.upn,
      formerUpn: null,
      upnUnknown: c.upn ? null : c.upnUnknownReason,
      // Born after the reference date: at the census date the child was unborn (rule 8520).
      birthDate: upTo(c.dateOfBirth),
      expectedBirthDate: upTo(c.dateOfBirth) ? null : (c.expectedDateOfBirth ?? c.dateOfBirth),
      genderCurrent: sexFormat ? null : (sexToGender[sexAtReference(c)] ?? null),
      sex: sexFormat ? sexAtReference(c) : null,
      deathDate: null,
      ethnicity: c.ethnicity,
      disabilities: [c.disability],
      episodes: [...groupBy(childRows, (r) => r.episodeId).values()].map(episode),
      badDates: [],
    }
  })
  return {
    header: {
      collection: 'CIN',
      year: censusYearOf(options.collectionYear),
      referenceDate: ref,
      sourceLevel: 'L',
      lea: options.laCode,
      softwareCode: 'Cairn',
      release: '0.1.0',
      serialNo: '001',
      dateTime: options.now.toISOString().slice(0, 19),
    },
    children,
  }
}

/** The cohort for a collection year, from the children in the actor's scope: six queries, seven from 2026-27. */
export async function extractCensus(db: Executor, actor: Actor, options: ExtractOptions): Promise<Census> {
  const repo = censusRepository(db)
  const period = periodOf(options.referenceDate ?? defaultReferenceDate(options.collectionYear))
  const [episodes, assessments, section47s, conferences, cpPlans, preProceedings, cinPlans] = await Promise.all([
    repo.episodes(actor, period),
    repo.assessments(actor, period),
    repo.section47s(actor, period),
    repo.conferences(actor, period),
    repo.cpPlans(actor, period),
    // The PreProceedingsandFGDM module is collected from 2026-27 (CIN census guide 2026-27).
    options.collectionYear >= '2026-27' ? repo.preProceedings(actor, period) : Promise.resolve([]),
    repo.cinPlans(actor, period),
  ])
  return assembleCensus({ episodes, assessments, section47s, conferences, cpPlans, preProceedings, cinPlans }, options)
}
