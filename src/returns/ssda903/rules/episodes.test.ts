import { describe, expect, it } from 'vitest'
import { episodesRules } from './episodes.js'
import { episodeAgeRules } from './episodeAges.js'
import { episodeSequenceRules } from './episodeSequence.js'
import { at, hitsOf, uncovered, type RuleCase } from './ruleCheck.js'
import { E, H, one } from './episodeFixtures.js'

const ep = (fields: string[], row = 0) => [at('Episodes', row, fields)]

const cases: RuleCase[] = [
  { code: '141', pass: one({}), fail: one({ DECOM: '32/01/2025' }), hits: ep(['DECOM']) },
  { code: '143', pass: one({ RNE: 'B' }), fail: one({ RNE: 'X' }), hits: ep(['RNE']) },
  { code: '144', pass: one({ LS: 'J3' }), fail: one({ LS: 'C3' }), hits: ep(['LS']) },
  { code: '145', pass: one({ CIN: 'N8' }), fail: one({ CIN: 'N9' }), hits: ep(['CIN']) },
  { code: '146', pass: one({ PLACE: 'Z11', PLACE_PROVIDER: '' }), fail: one({ PLACE: 'Z1', PLACE_PROVIDER: '' }), hits: ep(['PLACE']) },
  { code: '147', pass: one({ DEC: '01/10/2025', REC: 'E8' }), fail: one({ DEC: '2025-10-01', REC: 'E8' }), hits: ep(['DEC']) },
  { code: '148', pass: one({ DEC: '01/10/2025', REC: 'E8' }), fail: one({ DEC: '01/10/2025' }), hits: ep(['DEC', 'REC']) },
  { code: '149', pass: one({ DEC: '01/10/2025', REC: 'E4B' }), fail: one({ DEC: '01/10/2025', REC: 'E10' }), hits: ep(['REC']) },
  { code: '178', pass: one({ PLACE: 'T4', PLACE_PROVIDER: 'PR1' }), fail: one({ PLACE: 'T0', PLACE_PROVIDER: 'PR1' }), hits: ep(['PLACE_PROVIDER']) },
  { code: '1009', pass: one({ REASON_PLACE_CHANGE: 'CUSTOD' }), fail: one({ REASON_PLACE_CHANGE: 'MOVE' }), hits: ep(['REASON_PLACE_CHANGE']) },
  { code: '213', pass: one({ PLACE: 'Z12', PLACE_PROVIDER: '' }), fail: one({ PLACE: 'Z12', PLACE_PROVIDER: 'PR4' }), hits: ep(['PLACE_PROVIDER']) },
  { code: '526', pass: one({ PLACE: 'Z13', PLACE_PROVIDER: '' }), fail: one({ PLACE_PROVIDER: '' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '527', pass: one({ PLACE_PROVIDER: 'PR1' }), fail: one({ PLACE: 'R2', PLACE_PROVIDER: 'PR1' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '528', pass: one({ PLACE_PROVIDER: 'PR2' }), fail: one({ PLACE: 'R5', PLACE_PROVIDER: 'PR2' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '529', pass: one({ PLACE: 'R2', PLACE_PROVIDER: 'PR3' }), fail: one({ PLACE: 'K2', PLACE_PROVIDER: 'PR3' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '530', pass: one({ PLACE: 'K2', PLACE_PROVIDER: 'PR4' }), fail: one({ PLACE: 'P1', PLACE_PROVIDER: 'PR4' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '531', pass: one({ PLACE: 'K2', PLACE_PROVIDER: 'PR5' }), fail: one({ PLACE: 'P1', PLACE_PROVIDER: 'PR5' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '550', pass: one({ PLACE: 'P1', PLACE_PROVIDER: 'PR0' }), fail: one({ PLACE: 'K2', PLACE_PROVIDER: 'PR0' }), hits: ep(['PLACE', 'PLACE_PROVIDER']) },
  { code: '222', pass: one({ PLACE: 'R1', URN: 'XXXXXXX' }), fail: one({ PLACE: 'R1', URN: 'SC1' }), hits: ep(['URN']) },
  { code: '214', pass: one({ LS: 'V3', PL_POST: '', URN: '' }), fail: one({ LS: 'V3', URN: '' }), hits: ep(['PL_POST', 'URN']) },
  { code: '378', pass: one({ PLACE: 'P1', LS: 'C2' }), fail: one({ PLACE: 'P1', LS: 'V2' }), hits: ep(['PLACE', 'LS']) },
  { code: '382', pass: one({ LS: 'V3', PLACE: 'U6' }), fail: one({ LS: 'V3', PLACE: 'T1' }), hits: ep(['LS', 'PLACE']) },
  { code: '384', pass: one({ LS: 'V4', PLACE: 'U6' }), fail: one({ LS: 'V4', PLACE: 'U1' }), hits: ep(['PLACE', 'LS']) },
  { code: '408', pass: one({ PLACE: 'A5', LS: 'E1' }), fail: one({ PLACE: 'A5', LS: 'C2' }), hits: ep(['PLACE', 'LS']) },
  { code: '390', pass: one({ PLACE: 'A6', DEC: '01/10/2025', REC: 'E11' }), fail: one({ DEC: '01/10/2025', REC: 'E11' }), hits: ep(['PLACE', 'REC']) },
  { code: '516', pass: one({ PLACE: 'U1', DEC: '01/10/2025', REC: 'E45' }), fail: one({ PLACE: 'K2', DEC: '01/10/2025', REC: 'E45' }), hits: ep(['REC', 'PLACE']) },
  { code: '380', pass: one({ PLACE: 'T2', RNE: 'P' }), fail: one({ PLACE: 'T2', RNE: 'S' }), hits: ep(['PLACE', 'RNE']) },
  { code: '381', pass: one({ PLACE: 'T2', DEC: '01/10/2025', REC: 'X1' }), fail: one({ PLACE: 'T2', DEC: '01/10/2025', REC: 'E8' }), hits: ep(['PLACE', 'REC']) },
  { code: '446', pass: one({ LS: 'E1', DECOM: '01/12/2005' }), fail: one({ LS: 'E1', DECOM: '30/11/2005' }), hits: ep(['LS', 'DECOM']) },
  { code: '353', pass: one({ DECOM: '14/10/1991' }), fail: one({ DECOM: '13/10/1991' }), hits: ep(['DECOM']) },
  { code: '354', pass: one({ DECOM: '31/03/2026' }), fail: one({ DECOM: '01/04/2026' }), hits: ep(['DECOM']) },
  { code: '385', pass: one({ DEC: '31/03/2026', REC: 'E8' }), fail: one({ DEC: '01/04/2026', REC: 'E8' }), hits: ep(['DEC']) },
  { code: '355', pass: one({ DEC: '02/05/2025', REC: 'E8' }), fail: one({ DEC: '01/05/2025', REC: 'E8' }), hits: ep(['DECOM', 'DEC']) },
  { code: '356', pass: one({ DEC: '01/05/2025', REC: 'E8' }), fail: one({ DEC: '30/04/2025', REC: 'E8' }), hits: ep(['DECOM']) },
  { code: '366', pass: one({ LS: 'V3', RNE: 'S' }), fail: one({ LS: 'V3', RNE: 'P' }), hits: ep(['RNE']) },
  { code: '217', pass: one({ PLACE: 'A3', RNE: 'T' }), fail: one({ PLACE: 'A3', RNE: 'P' }), hits: ep(['PLACE', 'DECOM', 'RNE']) },
  { code: '398', pass: one({ LS: 'V3', HOME_POST: '', PL_POST: '', URN: '' }), fail: one({ LS: 'V3', PL_POST: '', URN: '' }), hits: ep(['LS', 'HOME_POST', 'PL_POST']) },
  { code: '392b', pass: { Episodes: [E(), E({ CHILD: 'C2', HOME_POST: '' })], UASC: [{ CHILD: 'C2' }] }, fail: one({ HOME_POST: '' }), hits: ep(['HOME_POST', 'PL_POST']) },
  { code: '392d', pass: one({ PLACE: 'P1', PLACE_PROVIDER: 'PR0', PL_POST: 'XY1 1ZZ' }), fail: one({ PL_POST: 'XY1 1ZZ' }), hits: ep(['HOME_POST', 'PL_POST', 'PLACE']) },
  { code: 'INT03', pass: { Header: [H()], Episodes: [E()] }, fail: { Header: [H()], Episodes: [E(), E({ CHILD: 'C9' })] }, hits: [at('Episodes', 1, ['CHILD'], 'C9')] },
  { code: '1012', pass: { Episodes: [E()], Reviews: [{ CHILD: 'C1' }] }, fail: { Episodes: [E()], Reviews: [{ CHILD: 'C1' }, { CHILD: 'C2' }] }, hits: [at('Reviews', 1, ['CHILD'], 'C2')] },
]

describe('SSDA903 Episodes rules: codes and single rows', () => {
  it('has a passing and a failing case for every rule', () => {
    const here = episodesRules.filter((r) => !episodeSequenceRules.includes(r) && !episodeAgeRules.includes(r))
    expect(uncovered(here, cases)).toEqual([])
  })
  it.each(cases)('rule $code passes a good return and reports the failing rows', (c) => {
    expect(hitsOf(episodesRules, c.code, c.pass, c.year)).toEqual([])
    expect(hitsOf(episodesRules, c.code, c.fail, c.year)).toEqual(c.hits)
  })
  it('takes the placement types of the year (rule 146: K3 from 2024-25; H5, P2, Z1 out and Z11–Z14 in from 2025-26)', () => {
    const places = { Episodes: ['H5', 'P2', 'Z1', 'K3', 'Z11'].map((PLACE) => E({ PLACE })) }
    const rows = (year: number) => hitsOf(episodesRules, '146', places, year).map((h) => h.row)
    expect(rows(2024)).toEqual([3, 4])
    expect(rows(2025)).toEqual([4])
    expect(rows(2026)).toEqual([0, 1, 2, 3].filter((r) => r !== 3))
    expect(rows(2027)).toEqual([0, 1, 2])
  })
  it('requires no provider for T4 or Z1 before 2025-26 (rules 178, 526) and for T0–T3 and Z11–Z14 after', () => {
    expect(hitsOf(episodesRules, '178', one({ PLACE: 'T4', PLACE_PROVIDER: 'PR1' }), 2025)).toEqual(ep(['PLACE_PROVIDER']))
    expect(hitsOf(episodesRules, '526', one({ PLACE: 'Z1', PLACE_PROVIDER: '' }), 2025)).toEqual([])
    expect(hitsOf(episodesRules, '526', one({ PLACE: 'Z1', PLACE_PROVIDER: '' }), 2026)).toEqual(ep(['PLACE', 'PLACE_PROVIDER']))
  })
})
