import { describe, expect, it } from 'vitest'
import { episodesRules } from './episodes.js'
import { episodeAgeRules } from './episodeAges.js'
import { at, hitsOf, uncovered, type RuleCase } from './ruleCheck.js'
import { child } from './episodeFixtures.js'

const ep = (fields: string[]) => at('Episodes', 0, fields)
const hd = (fields: string[]) => at('Header', 0, fields)
const ceased = (REC: string) => ({ DEC: '01/10/2025', REC })
/** An episode in `PLACE` from 1 May 2025 to `DEC`. */
const stay = (PLACE: string, DEC: string) => child('01/01/2010', { PLACE, DEC, REC: 'X1', PLACE_PROVIDER: '' })

const cases: RuleCase[] = [
  { code: '371', year: 2023, pass: child('01/01/2008', { DECOM: '01/05/2022', PLACE: 'H5' }), fail: child('01/01/2010', { DECOM: '01/05/2022', PLACE: 'H5' }), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '371', year: 2024, pass: child('01/01/2007', { DECOM: '01/05/2023', PLACE: 'H5' }), fail: child('01/01/2008', { DECOM: '01/05/2023', PLACE: 'H5' }), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '371', pass: child('01/01/2009', { PLACE: 'K3' }), fail: child('01/01/2010', { PLACE: 'K3' }), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '372', pass: child('01/05/2015', { PLACE: 'R5' }), fail: child('02/05/2015', { PLACE: 'R5' }), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '373', pass: child('01/05/2021', { PLACE: 'S1' }), fail: child('01/01/2022', { PLACE: 'S1' }), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '374', pass: child('01/01/2011', { PLACE: 'P3' }), fail: child('01/01/2012', { PLACE: 'P3' }), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '375', pass: stay('T1', '12/06/2025'), fail: stay('T1', '13/06/2025'), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '376', pass: stay('T3', '22/05/2025'), fail: stay('T3', '23/05/2025'), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '379', pass: stay('T4', '08/05/2025'), fail: stay('T4', '09/05/2025'), hits: [ep(['DECOM', 'PLACE'])] },
  { code: '352', pass: child('02/05/2007', {}), fail: child('01/05/2007', {}), hits: [ep(['DECOM', 'RNE'])] },
  { code: '358', pass: child('30/04/2015', { LS: 'J1' }), fail: child('01/05/2015', { LS: 'J1' }), hits: [ep(['DECOM', 'LS']), hd(['DOB'])] },
  { code: '359', pass: child('01/01/2007', { LS: 'V2', PLACE: 'K2' }), fail: child('01/01/2007', {}), hits: [ep(['DEC', 'LS', 'PLACE'])] },
  { code: '386', pass: child('02/10/2007', { PLACE: 'A6', ...ceased('E11') }), fail: child('01/10/2007', { PLACE: 'A6', ...ceased('E11') }), hits: [ep(['REC'])] },
  { code: '387', pass: child('01/10/2011', ceased('E5')), fail: child('02/10/2011', ceased('E5')), hits: [ep(['REC'])] },
  { code: '389', pass: child('01/10/2009', ceased('E7')), fail: child('02/10/2009', ceased('E7')), hits: [ep(['REC'])] },
  { code: '407', pass: child('01/10/2007', ceased('E45')), fail: child('30/09/2007', ceased('E45')), hits: [ep(['DEC', 'REC']), hd(['DOB'])] },
  { code: '460', pass: child('01/10/2007', ceased('E17')), fail: child('02/10/2007', ceased('E17')), hits: [ep(['DEC', 'REC'])] },
  { code: '234', pass: child('01/05/2015', { REASON_PLACE_CHANGE: 'CUSTOD' }), fail: child('02/05/2015', { REASON_PLACE_CHANGE: 'CUSTOD' }), hits: [ep(['REASON_PLACE_CHANGE']), hd(['DOB'])] },
  { code: '302', pass: child('01/05/2025', {}), fail: child('02/05/2025', {}), hits: [ep(['DECOM']), hd(['DOB'])] },
  { code: '365', pass: child('01/01/2010', { LS: 'V3', DEC: '18/05/2025', REC: 'E8' }), fail: child('01/01/2010', { LS: 'V3', DEC: '19/05/2025', REC: 'E8' }), hits: [ep(['LS', 'DECOM', 'DEC'])] },
]

describe('SSDA903 Episodes rules: ages and durations', () => {
  it('has a passing and a failing case for every rule', () => {
    expect(uncovered(episodeAgeRules, cases)).toEqual([])
  })
  it.each(cases)('rule $code ($year) passes a good return and reports the failing rows', (c) => {
    expect(hitsOf(episodesRules, c.code, c.pass, c.year)).toEqual([])
    expect(hitsOf(episodesRules, c.code, c.fail, c.year)).toEqual(c.hits)
  })
  it('counts a birthday on 29 February as 28 February in other years (rule 387)', () => {
    // Born 29 Feb 2008: 14 on 28 Feb 2022, so E5 on 28 Feb 2022 is allowed and on 27 Feb is not.
    expect(hitsOf(episodesRules, '387', child('29/02/2008', { DECOM: '01/05/2021', DEC: '28/02/2022', REC: 'E5' }), 2022)).toEqual([])
    expect(hitsOf(episodesRules, '387', child('29/02/2008', { DECOM: '01/05/2021', DEC: '27/02/2022', REC: 'E5' }), 2022)).toEqual([ep(['REC'])])
  })
})
