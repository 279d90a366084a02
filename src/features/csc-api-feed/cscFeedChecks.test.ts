import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import { feedSettings } from './cscFeedConfig.js'
import { purgePayload, type CscChildPayload, type SocialCareEpisode } from './cscPayload.js'
import { notSentMessage, payloadProblems } from './cscPayloadChecks.js'
import { recordOutcomes } from './cscResponse.js'
import { cscSender, type CscEndpoint } from './cscSender.js'

type Placement = SocialCareEpisode['child_looked_after_placements'][number]

const placement = (over: Partial<Placement> = {}): Placement => ({
  child_looked_after_placement_id: 'PL-1', start_date: '2026-03-10', start_reason: 'S', placement_type: 'U6', postcode: 'LE3 3CC', end_date: '2026-08-03', end_reason: 'E11', change_reason: 'CUSTOD', purge: false, ...over,
})

const episode = (over: Partial<SocialCareEpisode> = {}): SocialCareEpisode => ({
  social_care_episode_id: 'EP_1', referral_date: '2026-01-05', referral_source: '10', referral_no_further_action_flag: false, closure_date: null, closure_reason: null,
  care_worker_details: [{ worker_id: 'SW1234567890', start_date: '2026-01-05', end_date: null }],
  child_and_family_assessments: [{ child_and_family_assessment_id: 'AS-1', start_date: '2026-01-06', authorisation_date: null, factors: [], purge: false }],
  child_in_need_plans: [{ child_in_need_plan_id: 'CIN-1', start_date: '2026-07-01', end_date: null, purge: false }],
  section_47_assessments: [{ section_47_assessment_id: 'S47-1', start_date: '2026-01-07', icpc_required_flag: true, icpc_date: null, end_date: null, purge: false }],
  child_protection_plans: [{ child_protection_plan_id: 'CP-1', start_date: '2026-01-27', end_date: null, purge: false }],
  child_looked_after_placements: [placement()],
  adoption: null, care_leavers: null, purge: false, ...over,
})

const payload = (episodes: SocialCareEpisode[] = [episode()], over: Partial<CscChildPayload> = {}): CscChildPayload => ({
  la_child_id: 'CSC000001', mis_child_id: '0b6f3c9e-6a51-4d7e-9a59-3f1c2d4e5f60', purge: false,
  child_details: {
    unique_pupil_number: null, former_unique_pupil_number: null, unique_pupil_number_unknown_reason: 'UN2', first_name: 'Synthetic', surname: 'Child', date_of_birth: '2014-06-01',
    expected_date_of_birth: null, sex: 'F', ethnicity: 'WBRI', disabilities: ['NONE'], postcode: null, uasc_flag: false, uasc_end_date: null, purge: false,
  },
  health_and_wellbeing: { sdq_assessments: [], purge: false },
  education_health_care_plans: [],
  social_care_episodes: episodes,
  ...over,
})

const withPlacement = (over: Partial<Placement>) => payload([episode({ child_looked_after_placements: [placement(over)] })])

type ChildDetails = CscChildPayload['child_details']
const withDetails = (over: Partial<ChildDetails>) => {
  const p = payload()
  return { ...p, child_details: { ...p.child_details, ...over } }
}
type CareLeaver = NonNullable<SocialCareEpisode['care_leavers']>
const withCareLeaver = (over: Partial<CareLeaver>) => payload([episode({ care_leavers: { contact_date: '2026-10-01', activity: 'F2', accommodation: 'U', purge: false, ...over } })])

describe('DfE CSC API field checks', () => {
  it('passes a payload whose every field is within the constraints, at their limits', () => {
    expect(payloadProblems(payload())).toEqual([])
    expect(payloadProblems(payload([], { la_child_id: 'A'.repeat(36), mis_child_id: 'a_b-C'.repeat(7) }))).toEqual([])
  })

  it('stops identifiers with characters outside letters, digits, _ and -, or longer than 36', () => {
    const problems = payloadProblems(payload([episode({ social_care_episode_id: 'EP 1', child_protection_plans: [{ child_protection_plan_id: 'C'.repeat(37), start_date: '2026-01-27', end_date: null, purge: false }] })], { la_child_id: 'CSC/1' }))
    expect(problems).toEqual([
      'la_child_id: only letters, digits, _ and - are allowed',
      'social_care_episodes[0].social_care_episode_id: only letters, digits, _ and - are allowed',
      'social_care_episodes[0].child_protection_plans[0].child_protection_plan_id: at most 36 characters (has 37)',
    ])
  })

  it('checks every id block: assessments, CIN plans, section 47s and placements', () => {
    const bad = 'x.y'
    const problems = payloadProblems(payload([episode({
      child_and_family_assessments: [{ child_and_family_assessment_id: bad, start_date: '2026-01-06', authorisation_date: null, factors: [], purge: false }],
      child_in_need_plans: [{ child_in_need_plan_id: bad, start_date: '2026-07-01', end_date: null, purge: false }],
      section_47_assessments: [{ section_47_assessment_id: bad, start_date: '2026-01-07', icpc_required_flag: false, icpc_date: null, end_date: null, purge: false }],
      child_looked_after_placements: [placement({ child_looked_after_placement_id: bad })],
    })]))
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'social_care_episodes[0].child_and_family_assessments[0].child_and_family_assessment_id',
      'social_care_episodes[0].child_in_need_plans[0].child_in_need_plan_id',
      'social_care_episodes[0].section_47_assessments[0].section_47_assessment_id',
      'social_care_episodes[0].child_looked_after_placements[0].child_looked_after_placement_id',
    ])
  })

  it('stops a worker_id longer than 12 characters', () => {
    const p = payload([episode({ care_worker_details: [{ worker_id: 'SW12345678901', start_date: '2026-01-05', end_date: null }] })])
    expect(payloadProblems(p)).toEqual(['social_care_episodes[0].care_worker_details[0].worker_id: at most 12 characters (has 13)'])
  })

  it('stops a referral_source longer than 2 characters', () => {
    expect(payloadProblems(payload([episode(), episode({ referral_source: '2AX' })]))).toEqual(['social_care_episodes[1].referral_source: at most 2 characters (has 3)'])
  })

  it('stops placement codes over their lengths: start_reason 1, end_reason 3, postcode 8, change_reason 6', () => {
    expect(payloadProblems(withPlacement({ start_reason: 'SP', end_reason: 'E11A', postcode: 'LE12 3CCX', change_reason: 'CUSTODY' }))).toEqual([
      'social_care_episodes[0].child_looked_after_placements[0].start_reason: at most 1 character (has 2)',
      'social_care_episodes[0].child_looked_after_placements[0].end_reason: at most 3 characters (has 4)',
      'social_care_episodes[0].child_looked_after_placements[0].postcode: at most 8 characters (has 9)',
      'social_care_episodes[0].child_looked_after_placements[0].change_reason: at most 6 characters (has 7)',
    ])
  })

  it('sends the 903 placement types Z11 to Z14 as recorded, as the D2I builder does, and stops any other type over 2 characters', () => {
    for (const code of ['Z11', 'Z12', 'Z13', 'Z14', 'U1', 'K2']) expect(payloadProblems(withPlacement({ placement_type: code }))).toEqual([])
    for (const code of ['Z15', 'U11']) expect(payloadProblems(withPlacement({ placement_type: code }))).toEqual(['social_care_episodes[0].child_looked_after_placements[0].placement_type: at most 2 characters (has 3)'])
  })

  it('passes a UPN of 13 letters or digits, or none, and stops one of another length or with other characters', () => {
    for (const upn of ['A856123425001', 'a85612342500Z', null]) expect(payloadProblems(withDetails({ unique_pupil_number: upn, unique_pupil_number_unknown_reason: null }))).toEqual([])
    for (const upn of ['A85612342500', 'A8561234250012', 'A856-12342500', 'A85612342500 ']) {
      expect(payloadProblems(withDetails({ unique_pupil_number: upn, unique_pupil_number_unknown_reason: null }))).toEqual(['child_details.unique_pupil_number: must be 13 letters or digits'])
    }
  })

  it('passes UPN-unknown reasons UN1 to UN10, or none, and stops any other code', () => {
    for (const reason of ['UN1', 'UN7', 'UN10', null]) expect(payloadProblems(withDetails({ unique_pupil_number_unknown_reason: reason }))).toEqual([])
    for (const reason of ['UN0', 'UN11', 'un1', 'UN']) {
      expect(payloadProblems(withDetails({ unique_pupil_number_unknown_reason: reason }))).toEqual(['child_details.unique_pupil_number_unknown_reason: must be one of UN1 to UN10'])
    }
  })

  it('passes the care-leaver activities the checks list, or none, and stops any other, including the 903 "0"', () => {
    for (const activity of ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', null]) expect(payloadProblems(withCareLeaver({ activity }))).toEqual([])
    for (const activity of ['0', 'F3', 'P3', 'G1', 'f1']) {
      expect(payloadProblems(withCareLeaver({ activity }))).toEqual(['social_care_episodes[0].care_leavers.activity: must be one of F1, P1, F2, P2, F4, P4, F5, P5, G4, G5, G6'])
    }
  })

  it('passes the accommodation letters the checks list, or none, and stops the 903 letters W, X, Y and Z and full 903 codes', () => {
    for (const accommodation of ['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', null]) expect(payloadProblems(withCareLeaver({ accommodation }))).toEqual([])
    for (const accommodation of ['W', 'X', 'Y', 'Z', 'B1', '0']) {
      expect(payloadProblems(withCareLeaver({ accommodation }))).toEqual(['social_care_episodes[0].care_leavers.accommodation: must be one of B, C, D, E, G, H, K, R, S, T, U, V'])
    }
  })

  it('names the field and the rule of a broken code, never the value', () => {
    const problems = payloadProblems(payload([episode({ care_leavers: { contact_date: null, activity: 'Q9', accommodation: 'Z', purge: false } })], { child_details: { ...payload().child_details, unique_pupil_number: 'SECRET-UPN-99', unique_pupil_number_unknown_reason: 'XUN' } }))
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'child_details.unique_pupil_number',
      'child_details.unique_pupil_number_unknown_reason',
      'social_care_episodes[0].care_leavers.activity',
      'social_care_episodes[0].care_leavers.accommodation',
    ])
    const message = notSentMessage(problems)
    for (const value of ['SECRET', 'XUN', 'Q9', ': Z']) expect(message).not.toContain(value)
  })

  it('checks the ids of a purge payload, and says in the message why a row was not sent without echoing values', () => {
    expect(payloadProblems(purgePayload('CSC000001', '0b6f3c9e-6a51-4d7e-9a59-3f1c2d4e5f60'))).toEqual([])
    const problems = payloadProblems(purgePayload('CSC000001', 'x'.repeat(40)))
    expect(problems).toEqual(['mis_child_id: at most 36 characters (has 40)'])
    expect(notSentMessage(problems)).toBe('Not sent: the payload fails the DfE API field checks. mis_child_id: at most 36 characters (has 40)')
    expect(notSentMessage(problems)).not.toContain('xxxx')
  })
})

describe('DfE CSC API answers, record by record', () => {
  const ok = (body: unknown) => ({ ok: true, attempts: 1, status: 200, body: typeof body === 'string' ? body : JSON.stringify(body), answered: true })
  const receipt = '2026-11-25_10:00:00.12_5d1c4a8e-2f7b-4c1e-9a3d-6b8e0f1a2c3d.json'

  it('accepts each record that has a receipt and fails each that has anything else, with its own message', () => {
    expect(recordOutcomes(ok([receipt, { error: 'sex is not valid' }, '2026-11-25_10:00:00.000000_abc']), 3)).toEqual([
      { accepted: true, response: receipt },
      { accepted: false, response: '{"error":"sex is not valid"}' },
      { accepted: true, response: '2026-11-25_10:00:00.000000_abc' },
    ])
    expect(recordOutcomes(ok(['not a receipt']), 1)).toEqual([{ accepted: false, response: 'not a receipt' }])
  })

  it('fails every record when the receipts cannot be matched to the records', () => {
    expect(recordOutcomes(ok([receipt]), 2)).toEqual(Array(2).fill({ accepted: false, response: '200: 1 receipts for 2 records, so none can be matched' }))
    expect(recordOutcomes(ok('{"status":"ok"}'), 1)).toEqual([{ accepted: false, response: '200: {"status":"ok"} (not a list of receipts, so no record can be taken as accepted)' }])
    expect(recordOutcomes(ok(''), 1)[0]!.accepted).toBe(false)
  })

  it('fails a rejected batch, keeping the error on the records it names by index, and a batch the endpoint never answered alike', () => {
    const body = '{"errors":["[1] sex is not valid","[3] dob is in the future"]}'
    const outcomes = recordOutcomes({ ok: false, attempts: 1, status: 400, body, answered: true }, 4)
    expect(outcomes.map((o) => o.accepted)).toEqual([false, false, false, false])
    expect(outcomes.map((o) => o.response)).toEqual([
      '400: the batch was rejected; this record was not named in the error',
      `400: ${body}`,
      '400: the batch was rejected; this record was not named in the error',
      `400: ${body}`,
    ])
    expect(recordOutcomes({ ok: false, attempts: 5, status: null, body: 'The endpoint could not be reached', answered: false }, 2)).toEqual(Array(2).fill({ accepted: false, response: 'The endpoint could not be reached' }))
    // A token failure is not the endpoint naming records, even if its text has brackets.
    expect(recordOutcomes({ ok: false, attempts: 1, status: 400, body: 'Token request: [0] invalid_client', answered: false }, 2)).toEqual(Array(2).fill({ accepted: false, response: '400: Token request: [0] invalid_client' }))
  })
})

describe('DfE CSC API supplier key', () => {
  const env = { NODE_ENV: 'test', CSC_API_URL: 'https://api.example.test/data', CSC_API_TOKEN_URL: 'https://login.example.test/token', CSC_API_CLIENT_ID: 'id', CSC_API_CLIENT_SECRET: 'secret' }

  it('takes the supplier key from CSC_API_SUPPLIER_KEY and treats blank as unset', () => {
    expect(feedSettings(loadConfig(env)).endpoint!.supplierKey).toBeNull()
    expect(feedSettings(loadConfig({ ...env, CSC_API_SUPPLIER_KEY: '  ' }))).toMatchObject({ supplierKeySet: false, endpoint: { supplierKey: null } })
    expect(feedSettings(loadConfig({ ...env, CSC_API_SUPPLIER_KEY: ' portal-key ' }))).toMatchObject({ supplierKeySet: true, endpoint: { supplierKey: 'portal-key' } })
  })

  it('sends the key in a SupplierKey header on the data POST, not on the token request, and only when set', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = []
    const fetchStub = (async (url: string, init: RequestInit) => {
      seen.push({ url, headers: init.headers as Record<string, string> })
      return url.endsWith('/token') ? Response.json({ access_token: 't', expires_in: 3600 }) : Response.json([])
    }) as typeof fetch
    const endpoint: CscEndpoint = { url: 'https://api.example.test/data', tokenUrl: 'https://login.example.test/token', clientId: 'id', clientSecret: 's', scope: null, supplierKey: 'key-1' }
    await cscSender(endpoint, { fetch: fetchStub }).send('[]')
    await cscSender({ ...endpoint, supplierKey: null }, { fetch: fetchStub }).send('[]')
    expect(seen.map((s) => [s.url.split('/').pop(), s.headers.SupplierKey])).toEqual([['token', undefined], ['data', 'key-1'], ['token', undefined], ['data', undefined]])
  })
})
