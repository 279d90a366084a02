/**
 * The DfE children's social care API payload, one object per child (DfE CSC API data flow, JSON
 * payload structure v0.7–0.8; research/standards.md §5). Pure: rows in, payloads out.
 *
 * How Cairn's records map to it (our decisions, documented for the analyst):
 * - `la_child_id` is the child's LA child id (child_ref, as in the CIN census and 903);
 *   `mis_child_id` is Cairn's own id for the child (a UUID, 36 characters, within the spec's limit).
 * - Each CIN episode overlapping the window is a social care episode (its id is the episode's id).
 *   A period of care belongs to the CIN episode open on the day it started; a period with no such
 *   episode becomes its own social care episode (its id is the period's id, with no referral).
 *   A care leaver with no episode in the window gets one social care episode carrying the care
 *   leaver block (its id is the child's id).
 * - Placements are the 903 episodes (src/returns/ssda903/episodes.ts) merged across changes of
 *   legal status only: start_reason is the 903 RNE that opened the placement, end_reason the REC
 *   that closed it, change_reason the 903 REASON_PLACE_CHANGE.
 * - `worker_id` is the Social Work England number (the 903 SW_ID) where it is recorded and fits
 *   the spec (up to 12 characters of [A-Za-z0-9_-]); otherwise the first 12 hex digits of Cairn's
 *   user id, which is stable and names no one.
 * - `referral_no_further_action_flag` is false: a contact needing no further action never becomes
 *   a referral in Cairn (as in the CIN census extract).
 * - Section 47 `end_date` is null: Cairn records the enquiry's outcome, not the day it ended.
 * - Every field in the spec is present; a value Cairn does not hold is null (or an empty list),
 *   so a value removed since the last send is cleared at the receiver, and the hash is stable.
 * - Every block carries `purge: false`. A child removed from the feed is sent as `purgePayload`.
 */
import { groupBy } from '../../domain/groupBy.js'
import { createHash } from 'node:crypto'
import { deriveEpisodes } from '../../returns/ssda903/episodes.js'
import type { PayloadRows } from './cscPayloadRepository.js'

type D = string | null

/**
 * The DfE API's accommodation is the SSDA903 ACCOM type letter alone (B, C, D, E, G, H, K, R, S, T,
 * U, V: the pre-flight checks in data-to-insight/dfe-csc-api-data-flows); the 903 code adds the
 * suitability digit (B1, B2), which D2I's payload builder drops by keeping the first character. The
 * 903 "0" (not known: no contact) has no type and is sent as null.
 */
export function accommodationType(code: string | null): string | null {
  return code && /^[A-Z]/.test(code) ? code.slice(0, 1) : null
}

/**
 * The DfE API's activity is the SSDA903 OC3 ACTIV code; the 903 "0" (information not known) is not
 * among the codes the pre-flight checks accept, and is sent as null, as accommodation "0" is.
 */
export const activityCode = (code: string | null): string | null => (code === '0' ? null : code)

export type CscChildPayload = {
  la_child_id: string
  mis_child_id: string
  purge: boolean
  child_details: {
    unique_pupil_number: D; former_unique_pupil_number: D; unique_pupil_number_unknown_reason: D; first_name: string; surname: string
    date_of_birth: D; expected_date_of_birth: D; sex: string; ethnicity: string; disabilities: string[]; postcode: D; uasc_flag: boolean; uasc_end_date: D; purge: boolean
  }
  health_and_wellbeing: { sdq_assessments: { date: string; score: number }[]; purge: boolean }
  education_health_care_plans: never[]
  social_care_episodes: SocialCareEpisode[]
}

export type SocialCareEpisode = {
  social_care_episode_id: string; referral_date: D; referral_source: D; referral_no_further_action_flag: boolean; closure_date: D; closure_reason: D
  care_worker_details: { worker_id: string; start_date: string; end_date: D }[]
  child_and_family_assessments: { child_and_family_assessment_id: string; start_date: string; authorisation_date: D; factors: string[]; purge: boolean }[]
  child_in_need_plans: { child_in_need_plan_id: string; start_date: string; end_date: D; purge: boolean }[]
  section_47_assessments: { section_47_assessment_id: string; start_date: string; icpc_required_flag: boolean; icpc_date: D; end_date: D; purge: boolean }[]
  child_protection_plans: { child_protection_plan_id: string; start_date: string; end_date: D; purge: boolean }[]
  child_looked_after_placements: Placement[]
  adoption: { initial_decision_date: D; matched_date: D; placed_date: D; purge: boolean } | null
  care_leavers: { contact_date: D; activity: D; accommodation: D; purge: boolean } | null
  purge: boolean
}

type Placement = {
  child_looked_after_placement_id: string; start_date: string; start_reason: string; placement_type: string; postcode: D; end_date: D; end_reason: D; change_reason: D; purge: boolean
}

export type PurgePayload = { la_child_id: string; mis_child_id: string; purge: true }


const workerIdOf = (a: { workerId: string; sweNumber: string | null }) =>
  a.sweNumber && /^[A-Za-z0-9_-]{1,12}$/.test(a.sweNumber) ? a.sweNumber : a.workerId.replaceAll('-', '').slice(0, 12)

const overlaps = (a: { start: string; end: D }, b: { start: string; end: D }) => a.start <= (b.end ?? '9999-12-31') && (a.end ?? '9999-12-31') >= b.start

/** A period of care's placements: its 903 episodes merged across changes of legal status only. */
function placementsOf(period: PayloadRows['carePeriods'][number], rows: PayloadRows['careEpisodes']): Placement[] {
  const derived = deriveEpisodes(period, rows)
  const groups: (typeof derived)[] = []
  for (const e of derived) {
    if (e.rne === 'L' && groups.length) groups[groups.length - 1]!.push(e)
    else groups.push([e])
  }
  return groups.map((g) => {
    const first = g[0]!
    const last = g[g.length - 1]!
    const ended = last.dec !== null
    const changeReason = [...g].reverse().find((e) => e.row.placementEndReason)?.row.placementEndReason ?? null
    return {
      child_looked_after_placement_id: (first.row as (typeof rows)[number]).id,
      start_date: first.decom,
      start_reason: first.rne,
      placement_type: last.row.placementType,
      postcode: last.row.placementPostcode,
      end_date: last.dec,
      end_reason: ended ? last.rec : null,
      change_reason: ended ? changeReason : null,
      purge: false,
    }
  })
}

const emptyEpisode = (id: string): SocialCareEpisode => ({
  social_care_episode_id: id, referral_date: null, referral_source: null, referral_no_further_action_flag: false, closure_date: null, closure_reason: null,
  care_worker_details: [], child_and_family_assessments: [], child_in_need_plans: [], section_47_assessments: [], child_protection_plans: [],
  child_looked_after_placements: [], adoption: null, care_leavers: null, purge: false,
})

/** The payload of every child in the rows, keyed by Cairn's child id. `today` decides whether a date of birth is yet to come. */
export function assemblePayloads(rows: PayloadRows, today: string): Map<string, CscChildPayload> {
  const by = {
    episodes: groupBy(rows.episodes, (r) => r.childId),
    referrals: groupBy(rows.referrals, (r) => r.episodeId),
    icpcs: groupBy(rows.icpcs, (r) => r.s47Id),
    assessments: groupBy(rows.assessments, (r) => r.episodeId),
    s47s: groupBy(rows.section47s, (r) => r.episodeId),
    cpPlans: groupBy(rows.cpPlans, (r) => r.episodeId),
    cinPlans: groupBy(rows.cinPlans, (r) => r.episodeId),
    allocations: groupBy(rows.allocations, (r) => r.childId),
    periods: groupBy(rows.carePeriods, (r) => r.childId),
    careEpisodes: groupBy(rows.careEpisodes, (r) => r.periodId),
    adoptions: groupBy(rows.adoptions, (r) => r.childId),
    careLeavers: groupBy(rows.careLeavers, (r) => r.childId),
    sdqs: groupBy(rows.sdqs, (r) => r.childId),
  }
  const out = new Map<string, CscChildPayload>()
  for (const c of rows.children) {
    const allocationsOfChild = by.allocations.get(c.id) ?? []
    const episodes = (by.episodes.get(c.id) ?? []).map((e) => {
      const span = { start: e.startDate, end: e.endDate }
      const referral = by.referrals.get(e.id)?.[0]
      return {
        span,
        ep: {
          ...emptyEpisode(e.id),
          referral_date: referral?.referralDate ?? e.startDate,
          referral_source: referral?.source ?? null,
          closure_date: e.endDate,
          closure_reason: e.endDate ? e.closureReason : null,
          care_worker_details: allocationsOfChild
            .filter((a) => overlaps({ start: a.startDate, end: a.endDate }, span))
            .map((a) => ({ worker_id: workerIdOf(a), start_date: a.startDate, end_date: a.endDate })),
          child_and_family_assessments: (by.assessments.get(e.id) ?? []).map((a) => ({ child_and_family_assessment_id: a.id, start_date: a.startDate, authorisation_date: a.authorisedOn, factors: a.authorisedOn ? [...a.factors].sort() : [], purge: false })),
          child_in_need_plans: (by.cinPlans.get(e.id) ?? []).map((p) => ({ child_in_need_plan_id: p.id, start_date: p.startDate, end_date: p.endDate, purge: false })),
          section_47_assessments: (by.s47s.get(e.id) ?? []).map((s) => {
            const notRequired = s.outcome === 'NOT_SUBSTANTIATED' || s.notConvenedRequestedAt !== null
            const icpcDate = by.icpcs.get(s.id)?.[0]?.heldOn ?? null
            return { section_47_assessment_id: s.id, start_date: s.startDate, icpc_required_flag: icpcDate !== null || !notRequired, icpc_date: icpcDate, end_date: null, purge: false }
          }),
          child_protection_plans: (by.cpPlans.get(e.id) ?? []).map((p) => ({ child_protection_plan_id: p.id, start_date: p.startDate, end_date: p.endDate, purge: false })),
        } as SocialCareEpisode,
      }
    })
    // Each period of care goes to the CIN episode open on the day it started (the latest such).
    for (const period of by.periods.get(c.id) ?? []) {
      const placements = placementsOf(period, by.careEpisodes.get(period.id) ?? [])
      const home = [...episodes].reverse().find((e) => overlaps(e.span, { start: period.startedOn, end: period.startedOn }))
      if (home) home.ep.child_looked_after_placements.push(...placements)
      else episodes.push({ span: { start: period.startedOn, end: period.endedOn }, ep: { ...emptyEpisode(period.id), closure_date: period.endedOn, child_looked_after_placements: placements } })
    }
    episodes.sort((a, b) => a.span.start.localeCompare(b.span.start) || a.ep.social_care_episode_id.localeCompare(b.ep.social_care_episode_id))
    const adoption = by.adoptions.get(c.id)?.[0]
    const leaver = by.careLeavers.get(c.id)?.[0]
    if ((adoption || leaver) && episodes.length === 0) episodes.push({ span: { start: '', end: null }, ep: emptyEpisode(c.id) })
    // Adoption and leaving care follow from care: they sit on the latest episode with a placement.
    const carer = [...episodes].reverse().find((e) => e.ep.child_looked_after_placements.length) ?? episodes[episodes.length - 1]
    if (carer && adoption) carer.ep.adoption = { initial_decision_date: adoption.decidedOn, matched_date: adoption.matchedOn, placed_date: adoption.placedOn, purge: false }
    if (carer && leaver) carer.ep.care_leavers = { contact_date: leaver.contactDate, activity: activityCode(leaver.activity), accommodation: accommodationType(leaver.accommodation), purge: false }
    const born = c.dateOfBirth !== null && c.dateOfBirth <= today
    out.set(c.id, {
      la_child_id: c.childRef,
      mis_child_id: c.id,
      purge: false,
      child_details: {
        unique_pupil_number: c.upn,
        former_unique_pupil_number: null,
        unique_pupil_number_unknown_reason: c.upn ? null : c.upnUnknownReason,
        first_name: c.firstName,
        surname: c.lastName,
        date_of_birth: born ? c.dateOfBirth : null,
        expected_date_of_birth: born ? null : (c.expectedDateOfBirth ?? c.dateOfBirth),
        sex: c.sex,
        ethnicity: c.ethnicity,
        disabilities: [c.disability],
        postcode: c.postcode,
        uasc_flag: c.uascStartedOn !== null || c.uascCeasedOn !== null,
        uasc_end_date: c.uascCeasedOn,
        purge: false,
      },
      health_and_wellbeing: { sdq_assessments: (by.sdqs.get(c.id) ?? []).map((s) => ({ date: s.doneOn, score: s.score ?? 0 })), purge: false },
      education_health_care_plans: [],
      social_care_episodes: episodes.map((e) => e.ep),
    })
  }
  return out
}

export const purgePayload = (childRef: string, childId: string): PurgePayload => ({ la_child_id: childRef, mis_child_id: childId, purge: true })

/** JSON with object keys in sorted order at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** SHA-256 of the canonical JSON, as the DfE flow stores beside each row. */
export const payloadHash = (payload: unknown): string => createHash('sha256').update(canonicalJson(payload)).digest('hex')
