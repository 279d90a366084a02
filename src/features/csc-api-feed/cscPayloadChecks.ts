/**
 * Pre-flight checks on a child's payload before it is sent: the field constraints of the DfE CSC API
 * data flow's schema checks (data-to-insight/dfe-csc-api-data-flows,
 * pre_flight_checks/ssd_vw_csc_api_schema_checks.sql, against DfE API schema v0.9.0;
 * research/standards.md §5). A child whose payload breaks one is not sent: the receiver would
 * reject it, and one bad record would otherwise fail the other 99 in its batch.
 *
 * placement_type: the schema checks allow at most 2 characters, but the 903 codes Z11–Z14 have 3.
 * The D2I payload builder (build_dfe_payload_staging/populate_ssd_api_data_staging.sql) neither
 * truncates nor maps them: it keeps up to 3 characters of the code, so Z11–Z14 go as recorded.
 * Cairn does the same: Z11–Z14 pass, any other code longer than 2 characters is stopped.
 *
 * Code lists: the schema checks allow UPN-unknown reasons UN1–UN10, care-leaver activities F1, P1,
 * F2, P2, F4, P4, F5, P5, G4, G5, G6 and accommodation letters B, C, D, E, G, H, K, R, S, T, U, V. A
 * missing value passes, as there. The 903 OC3 codes outside these lists are handled so:
 * - activity "0" (not known) is sent as null, as accommodation "0" is (cscPayload.ts);
 * - accommodation W (bed and breakfast), X (custody), Y (other) and Z (with former foster carers)
 *   are real 903 codes that the checks reject; following D2I, a child with one is not sent, so the
 *   analyst sees the conflict instead of the feed quietly reporting a different place or none.
 * The former UPN is not among the schema checks (D2I's builder sends only a 13-character one), and
 * Cairn sends it as null, so it is not checked here.
 *
 * Messages name the field's path in the payload and the rule, never the value, so a stored
 * message carries no child's data.
 */
import type { CscChildPayload, PurgePayload, SocialCareEpisode } from './cscPayload.js'
import { careLeaverAccommodations, careLeaverActivities, upnUnknownReasons, type AllowedCodes } from './cscPayloadCodes.js'

/** Identifiers: letters, digits, underscore and hyphen (the schema checks' '^[A-Za-z0-9_-]*$'). */
const idPattern = /^[A-Za-z0-9_-]*$/
const idMax = 36
const workerIdMax = 12
/** UPN: exactly 13 letters or digits (the schema checks' "unique_pupil_number format"). */
const upnPattern = /^[A-Za-z0-9]{13}$/
/** The 903 placement types the D2I builder sends at 3 characters. */
const threeCharacterPlacementTypes = new Set(['Z11', 'Z12', 'Z13', 'Z14'])

type Problems = string[]

function checkId(problems: Problems, path: string, value: string, max = idMax) {
  if (!idPattern.test(value)) problems.push(`${path}: only letters, digits, _ and - are allowed`)
  if (value.length > max) problems.push(`${path}: at most ${max} characters (has ${value.length})`)
}

function checkLength(problems: Problems, path: string, value: string | null, max: number) {
  if (value !== null && value.length > max) problems.push(`${path}: at most ${max} character${max === 1 ? '' : 's'} (has ${value.length})`)
}

function checkCode(problems: Problems, path: string, value: string | null, allowed: AllowedCodes) {
  if (value !== null && !allowed.codes.has(value)) problems.push(`${path}: must be one of ${allowed.rule}`)
}

function checkChildDetails(problems: Problems, details: CscChildPayload['child_details']) {
  const upn = details.unique_pupil_number
  if (upn !== null && !upnPattern.test(upn)) problems.push('child_details.unique_pupil_number: must be 13 letters or digits')
  checkCode(problems, 'child_details.unique_pupil_number_unknown_reason', details.unique_pupil_number_unknown_reason, upnUnknownReasons)
}

function checkEpisode(problems: Problems, episode: SocialCareEpisode, at: string) {
  checkId(problems, `${at}.social_care_episode_id`, episode.social_care_episode_id)
  checkLength(problems, `${at}.referral_source`, episode.referral_source, 2)
  episode.care_worker_details.forEach((w, i) => checkId(problems, `${at}.care_worker_details[${i}].worker_id`, w.worker_id, workerIdMax))
  episode.child_and_family_assessments.forEach((a, i) => checkId(problems, `${at}.child_and_family_assessments[${i}].child_and_family_assessment_id`, a.child_and_family_assessment_id))
  episode.child_in_need_plans.forEach((p, i) => checkId(problems, `${at}.child_in_need_plans[${i}].child_in_need_plan_id`, p.child_in_need_plan_id))
  episode.section_47_assessments.forEach((s, i) => checkId(problems, `${at}.section_47_assessments[${i}].section_47_assessment_id`, s.section_47_assessment_id))
  episode.child_protection_plans.forEach((p, i) => checkId(problems, `${at}.child_protection_plans[${i}].child_protection_plan_id`, p.child_protection_plan_id))
  episode.child_looked_after_placements.forEach((p, i) => {
    const place = `${at}.child_looked_after_placements[${i}]`
    checkId(problems, `${place}.child_looked_after_placement_id`, p.child_looked_after_placement_id)
    checkLength(problems, `${place}.start_reason`, p.start_reason, 1)
    checkLength(problems, `${place}.end_reason`, p.end_reason, 3)
    if (!threeCharacterPlacementTypes.has(p.placement_type)) checkLength(problems, `${place}.placement_type`, p.placement_type, 2)
    checkLength(problems, `${place}.postcode`, p.postcode, 8)
    checkLength(problems, `${place}.change_reason`, p.change_reason, 6)
  })
  if (episode.care_leavers) {
    checkCode(problems, `${at}.care_leavers.activity`, episode.care_leavers.activity, careLeaverActivities)
    checkCode(problems, `${at}.care_leavers.accommodation`, episode.care_leavers.accommodation, careLeaverAccommodations)
  }
}

/** Every constraint the payload breaks, one message each; empty when it may be sent. */
export function payloadProblems(payload: CscChildPayload | PurgePayload): string[] {
  const problems: Problems = []
  checkId(problems, 'la_child_id', payload.la_child_id)
  checkId(problems, 'mis_child_id', payload.mis_child_id)
  if ('child_details' in payload) checkChildDetails(problems, payload.child_details)
  if ('social_care_episodes' in payload) payload.social_care_episodes.forEach((e, i) => checkEpisode(problems, e, `social_care_episodes[${i}]`))
  return problems
}

/** The message stored on a row that was stopped by the checks. */
export const notSentMessage = (problems: readonly string[]) => `Not sent: the payload fails the DfE API field checks. ${problems.join('; ')}`
