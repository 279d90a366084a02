import { describe, expect, it } from 'vitest'
import { episodesRules } from './episodes.js'
import { episodeSequenceRules } from './episodeSequence.js'
import { at, hitsOf, uncovered, type RuleCase } from './ruleCheck.js'
import { E, one, pair } from './episodeFixtures.js'

const ep = (row: number, fields: string[]) => at('Episodes', row, fields)
const PLACEMENT = ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER']
const ended = { DEC: '01/07/2025', REC: 'E4A' }
const lasting = (LS: string, DEC: string) => one({ LS, DEC, REC: 'E8' })

const cases: RuleCase[] = [
  { code: '142', pass: pair({}, {}), fail: { Episodes: [E(), E({ DECOM: '01/07/2025', RNE: 'P' })] }, hits: [ep(0, ['DEC', 'REC'])] },
  { code: '357', pass: one({ DECOM: '01/01/2025', RNE: 'P' }), fail: one({ RNE: 'P' }), hits: [ep(0, ['RNE'])] },
  { code: '388', pass: pair({}, {}), fail: one({ DEC: '01/07/2025', REC: 'X1' }), hits: [ep(0, ['REC'])] },
  { code: '431', pass: { Episodes: [E(ended), E({ DECOM: '02/07/2025' })] }, fail: { Episodes: [E(ended), E({ DECOM: '01/07/2025' })] }, hits: [ep(1, ['RNE', 'DECOM'])] },
  { code: '432', pass: { Episodes: [E(ended), E({ DECOM: '01/08/2025' })] }, fail: { Episodes: [E(ended), E({ DECOM: '01/08/2025', RNE: 'P' })] }, hits: [ep(1, ['RNE'])] },
  { code: '433', pass: pair({}, {}), fail: { Episodes: [E({ DEC: '01/07/2025', REC: 'X1' }), E({ DECOM: '02/07/2025', RNE: 'P', PLACE: 'U6' })] }, hits: [ep(1, ['RNE', 'DECOM'])] },
  { code: '434', pass: pair({ LS: 'C1' }, { RNE: 'L', PLACE: 'U4' }), fail: pair({ LS: 'C1' }, { RNE: 'L' }), hits: [ep(1, PLACEMENT)] },
  { code: '435', pass: pair({}, { RNE: 'P' }), fail: pair({}, { RNE: 'P', PLACE: 'U4' }), hits: [ep(1, PLACEMENT.slice(1))] },
  { code: '436', pass: pair({ LS: 'C1' }, { RNE: 'B' }), fail: pair({}, { RNE: 'B' }), hits: [ep(1, PLACEMENT)] },
  { code: '437', pass: one({ DEC: '01/07/2025', REC: 'E2' }), fail: { Episodes: [E({ DEC: '01/07/2025', REC: 'E2' }), E({ DECOM: '01/08/2025' })] }, hits: [ep(0, ['REC'])] },
  { code: '501', pass: pair({}, {}), fail: { Episodes: [E({ DEC: '01/08/2025', REC: 'X1' }), E({ DECOM: '01/07/2025', RNE: 'P' })] }, hits: [ep(1, ['DECOM', 'DEC'])] },
  { code: '504', pass: pair({}, {}), fail: pair({}, { CIN: 'N2' }), hits: [ep(1, ['CIN'])] },
  { code: '225', pass: pair({ REASON_PLACE_CHANGE: 'CARPL' }, {}), fail: pair({}, {}), hits: [ep(0, ['REASON_PLACE_CHANGE'])] },
  { code: '226', year: 2025, pass: pair({}, { PLACE: 'T3', PLACE_PROVIDER: '' }), fail: pair({ REASON_PLACE_CHANGE: 'CARPL' }, { PLACE: 'T3' }), hits: [ep(1, ['REASON_PLACE_CHANGE', 'PLACE'])] },
  { code: '226', pass: pair({}, { PLACE: 'T3', PLACE_PROVIDER: '' }), fail: pair({}, { PLACE: 'T3', REASON_PLACE_CHANGE: 'OTHER' }), hits: [ep(1, ['REASON_PLACE_CHANGE', 'PLACE'])] },
  { code: '233', pass: one({ DEC: '01/07/2025', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' }), fail: one({ REASON_PLACE_CHANGE: 'CARPL' }), hits: [ep(0, ['REASON_PLACE_CHANGE'])] },
  { code: '336', pass: pair({}, { PLACE: 'A3' }), fail: pair({ PLACE: 'K2' }, { PLACE: 'A3' }), hits: [ep(1, ['PLACE'])] },
  ...[2025, 2026].map((year): RuleCase => ({
    code: '383', year,
    pass: { Episodes: [E({ DEC: '01/07/2025', REC: 'X1' }), E({ DECOM: '01/07/2025', DEC: '10/07/2025', REC: 'X1', RNE: 'P', PLACE: 'T3' }), E({ DECOM: '10/07/2025', RNE: 'P' })] },
    fail: { Episodes: [E({ DEC: '01/07/2025', REC: 'X1' }), E({ DECOM: '01/07/2025', DEC: '10/07/2025', REC: 'X1', RNE: 'P', PLACE: 'T3' }), E({ DECOM: '10/07/2025', RNE: 'P', ...(year === 2025 ? { PLACE: 'U6' } : { PL_POST: 'ZZ9 9ZZ' }) })] },
    hits: [ep(2, year === 2025 ? ['PLACE'] : ['PLACE', 'RNE', 'PL_POST'])],
  })),
  { code: '377', pass: { Episodes: [E({ PLACE: 'T3' }), E({ PLACE: 'T3' })] }, fail: { Episodes: [E({ PLACE: 'T3' }), E(), E({ PLACE: 'T3' }), E({ PLACE: 'T3' })] }, hits: [ep(0, ['PLACE']), ep(2, ['PLACE']), ep(3, ['PLACE'])] },
  { code: '426', pass: { Episodes: [E({ LS: 'V3' }), E({ LS: 'V3' })] }, fail: { Episodes: [E({ LS: 'V3' }), E({ LS: 'V4', DECOM: '01/06/2025' })] }, hits: [ep(0, ['LS']), ep(1, ['LS'])] },
  {
    code: '367',
    pass: { Episodes: [E({ LS: 'V3', DEC: '01/06/2025', REC: 'E8' }), E({ LS: 'V3', DECOM: '01/07/2025', DEC: '10/08/2025', REC: 'E8' })] },
    fail: { Episodes: [E({ LS: 'V3', DEC: '01/06/2025', REC: 'E8' }), E({ LS: 'V3', DECOM: '01/07/2025', DEC: '20/08/2025', REC: 'E8' })] },
    hits: [ep(0, ['LS', 'DECOM', 'DEC']), ep(1, ['LS', 'DECOM', 'DEC'])],
  },
  { code: '361', pass: lasting('L1', '04/05/2025'), fail: lasting('L1', '05/05/2025'), hits: [ep(0, ['DECOM', 'LS', 'DEC'])] },
  { code: '362', pass: lasting('L2', '22/05/2025'), fail: { Episodes: [E({ LS: 'L2', DEC: '10/05/2025', REC: 'X1' }), E({ LS: 'L2', DECOM: '10/05/2025', DEC: '23/05/2025', REC: 'E8' })] }, hits: [ep(0, ['DECOM', 'LS', 'DEC']), ep(1, ['DECOM', 'LS', 'DEC'])] },
  { code: '363', pass: lasting('L3', '08/05/2025'), fail: lasting('L3', '09/05/2025'), hits: [ep(0, ['LS', 'DECOM', 'DEC'])] },
  { code: '364', pass: lasting('J2', '22/05/2025'), fail: one({ LS: 'J2' }), hits: [ep(0, ['LS', 'DECOM', 'DEC'])] },
  { code: '199', pass: one({ DEC: '01/07/2025', REC: 'E11', PLACE: 'A6' }), fail: { Episodes: [E({ DEC: '01/07/2025', REC: 'E11', PLACE: 'A6' }), E({ DECOM: '01/08/2025' })] }, hits: [ep(1, ['CHILD'])] },
]

describe('SSDA903 Episodes rules: the order of a child’s episodes', () => {
  it('has a passing and a failing case for every rule', () => {
    expect(uncovered(episodeSequenceRules, cases)).toEqual([])
  })
  it.each(cases)('rule $code ($year) passes a good return and reports the failing rows', (c) => {
    expect(hitsOf(episodesRules, c.code, c.pass, c.year)).toEqual([])
    expect(hitsOf(episodesRules, c.code, c.fail, c.year)).toEqual(c.hits)
  })
  it('asks for the same postcode after a temporary placement only from 2025-26 (rule 383)', () => {
    const moved = { Episodes: [E({ DEC: '01/07/2025', REC: 'X1' }), E({ DECOM: '01/07/2025', DEC: '10/07/2025', REC: 'X1', RNE: 'P', PLACE: 'T3' }), E({ DECOM: '10/07/2025', RNE: 'P', PL_POST: 'ZZ9 9ZZ' })] }
    expect(hitsOf(episodesRules, '383', moved, 2025)).toEqual([])
    expect(hitsOf(episodesRules, '383', moved, 2026)).toEqual([ep(2, ['PLACE', 'RNE', 'PL_POST'])])
  })
  it('counts an adoption in last year’s return (rule 199)', () => {
    const previous = { Episodes: [E({ DECOM: '01/05/2024', DEC: '01/02/2025', REC: 'E12', PLACE: 'A6' })] }
    expect(hitsOf(episodesRules, '199', one({}), 2026, previous)).toEqual([ep(0, ['CHILD'])])
  })
})
