/** The 2026-27 pre-proceedings rules (module 5): one passing and one failing case each. */
import { describe, expect, it } from 'vitest'
import { preProceedingsRules } from './rules/preProceedings.js'
import { rulesForYear } from './rules/index.js'
import { census, child, episode } from './testChild.js'
import type { Census, PreProceedings } from './types.js'
import { validateCensus } from './validate.js'

/** A complete module inside the test header's year (1 April 2025 to 31 March 2026), steps in order. */
const pp = (o: Partial<PreProceedings> = {}): PreProceedings => ({
  position: 1,
  ppStartDate: '2025-06-02',
  lbpSentDate: '2025-06-05',
  fgdmMeetingOffer: 'true',
  fgdmMeetingFac: 'false',
  initialPpMeetingDate: '2025-06-16',
  reviewMeetingsCount: '2',
  stepDecisionDate: '2025-09-01',
  ppOutcome: 'A',
  courtAppDate: '2025-09-08',
  letterInitCpDate: '2025-09-09',
  ...o,
})
const withModule = (o: Partial<PreProceedings> = {}): Census =>
  census(child({ episodes: [episode({ preProceedings: [pp(o)] })] }))
const findingsOf = (code: string, input: Census) => {
  const rule = preProceedingsRules.find((r) => r.code === code)
  if (!rule) throw new Error(`No rule ${code}`)
  return validateCensus(input, { collectionYear: '2026-27', rules: [rule] })
}

const cases: { code: string; fail: Census; pass: Census }[] = [
  { code: '8995Q', fail: census(child()), pass: withModule() },
  { code: '9000Q', fail: withModule({ ppStartDate: null }), pass: withModule() },
  {
    code: '9005',
    fail: withModule({ ppStartDate: '2025-03-31', lbpSentDate: null, fgdmMeetingOffer: null }),
    pass: withModule({ ppStartDate: '2025-04-01' }),
  },
  {
    code: '9006',
    fail: withModule({ lbpSentDate: '2025-06-01' }),
    pass: withModule({ lbpSentDate: '2025-06-02' }),
  },
  {
    code: '9007',
    fail: withModule({ fgdmMeetingOffer: null, fgdmMeetingFac: null }),
    pass: withModule({ lbpSentDate: null, fgdmMeetingOffer: null, fgdmMeetingFac: null }),
  },
  {
    code: '9008',
    fail: withModule({ initialPpMeetingDate: '2026-04-01' }),
    pass: withModule({ initialPpMeetingDate: '2026-03-31' }),
  },
  {
    code: '9009',
    fail: withModule({ stepDecisionDate: '2025-06-01' }),
    pass: withModule({ stepDecisionDate: '2025-06-02' }),
  },
  {
    code: '9010Q',
    fail: withModule({ fgdmMeetingOffer: '1', fgdmMeetingFac: null }),
    pass: withModule({ fgdmMeetingOffer: 'false', fgdmMeetingFac: null }),
  },
  { code: '9011', fail: withModule({ ppOutcome: 'D' }), pass: withModule({ ppOutcome: null }) },
  {
    code: '9012',
    fail: withModule({ courtAppDate: '2025-08-29' }),
    pass: withModule({ stepDecisionDate: null }),
  },
  {
    code: '9013',
    fail: withModule({ letterInitCpDate: '2025-09-05' }),
    pass: withModule({ letterInitCpDate: '2025-09-08' }),
  },
  {
    code: '9015Q',
    fail: withModule({ reviewMeetingsCount: null }),
    pass: withModule({ initialPpMeetingDate: null, reviewMeetingsCount: null }),
  },
]

describe('2026-27 pre-proceedings rules', () => {
  it.each(cases)('$code fails its failing case and passes its passing case', ({ code, fail, pass }) => {
    expect(findingsOf(code, fail).map((f) => f.code)).toEqual([code])
    expect(findingsOf(code, pass)).toEqual([])
  })

  it('reports a module finding at its place in the child’s record', () => {
    expect(findingsOf('9006', withModule({ lbpSentDate: '2025-06-01' }))[0]).toMatchObject({
      laChildId: 'C1',
      module: 'PreProceedings',
      field: 'LBPSentDate',
      at: 'CINdetails[1]/PreProceedingsandFGDM[1]',
    })
  })

  it('reports the two LA-level queries with no child', () => {
    expect(findingsOf('8995Q', census(child()))[0]).toMatchObject({ laChildId: null, type: 'QUERY' })
  })

  it('covers all twelve rules, once each, and applies them from 2026-27 only', () => {
    expect(cases.map((c) => c.code).sort()).toEqual(preProceedingsRules.map((r) => r.code).sort())
    expect(preProceedingsRules).toHaveLength(12)
    expect(rulesForYear('2026-27').filter((r) => preProceedingsRules.includes(r as never))).toHaveLength(12)
    expect(rulesForYear('2025-26').some((r) => r.code === '9005')).toBe(false)
  })

  it('a complete, in-order module raises nothing at all in 2026-27', () => {
    expect(
      validateCensus(withModule(), { collectionYear: '2026-27' }).filter(
        (f) => f.module === 'PreProceedings',
      ),
    ).toEqual([])
  })
})
