import { describe, expect, it } from 'vitest'
import { headerRules } from './header.js'
import { at, hitsOf, uncovered, type RuleCase } from './ruleCheck.js'
import type { Ssda903Row } from '../tables.js'

const H = (o: Partial<Ssda903Row<'Header'>> = {}) => ({ CHILD: 'C1', SEX: 'F', DOB: '01/01/2015', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '0', ...o })
const E = (o: Partial<Ssda903Row<'Episodes'>> = {}) => ({ CHILD: 'C1', DECOM: '01/05/2025', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', ...o })

const cases: RuleCase[] = [
  { code: '101', year: 2024, pass: { Header: [H({ SEX: '1' })] }, fail: { Header: [H({ SEX: 'M' })] }, hits: [at('Header', 0, ['SEX'])] },
  { code: '101', pass: { Header: [H({ SEX: 'U' })] }, fail: { Header: [H({ SEX: '1' })] }, hits: [at('Header', 0, ['SEX'])] },
  { code: '232', pass: { Header: [H({ SEX: 'F' })] }, fail: { Header: [H({ SEX: 'U' })] }, hits: [at('Header', 0, ['SEX'])] },
  { code: '102', pass: { Header: [H()] }, fail: { Header: [H({ DOB: '31/02/2015' })] }, hits: [at('Header', 0, ['DOB'])] },
  { code: '103', pass: { Header: [H({ ETHNIC: 'NOBT' })] }, fail: { Header: [H({ ETHNIC: 'XXXX' })] }, hits: [at('Header', 0, ['ETHNIC'])] },
  { code: '168', pass: { Header: [H({ UPN: 'UN3' }), H({ CHILD: 'C2', UPN: 'A12345678901B' })] }, fail: { Header: [H({ UPN: 'I123456789012' })] }, hits: [at('Header', 0, ['UPN'])] },
  { code: '171', pass: { Header: [H({ MC_DOB: '' })] }, fail: { Header: [H({ MC_DOB: '2025-01-01' })] }, hits: [at('Header', 0, ['MC_DOB'])] },
  { code: '174', year: 2024, pass: { Header: [H({ SEX: '2', MC_DOB: '01/01/2024' })] }, fail: { Header: [H({ SEX: '1', MC_DOB: '01/01/2024' })] }, hits: [at('Header', 0, ['SEX', 'MC_DOB'])] },
  { code: '174', pass: { Header: [H({ SEX: 'M' })] }, fail: { Header: [H({ SEX: 'M', MC_DOB: '01/01/2024' })] }, hits: [at('Header', 0, ['SEX', 'MC_DOB'])] },
  { code: '209', pass: { Header: [H({ UPN: 'UN1', DOB: '01/01/2021' })] }, fail: { Header: [H({ UPN: 'UN1' })] }, hits: [at('Header', 0, ['UPN', 'DOB'])] },
  { code: '301', pass: { Header: [H({ DOB: '31/03/2026' })] }, fail: { Header: [H({ DOB: '01/04/2026' })] }, hits: [at('Header', 0, ['DOB'])] },
  { code: '351', pass: { Header: [H({ DOB: '02/04/2000' })] }, fail: { Header: [H({ DOB: '01/01/2000' })] }, hits: [at('Header', 0, ['DOB'])] },
  { code: '231', pass: { Header: [H()], UASC: [{ CHILD: 'C1' }] }, fail: { Header: [H({ DOB: '01/06/2016' })], UASC: [{ CHILD: 'C1' }] }, hits: [at('Header', 0, ['DOB', 'UASC_STATUS'])] },
  { code: '393', pass: { Header: [H()], Episodes: [E()] }, fail: { Header: [H({ MOTHER: '' })], Episodes: [E()] }, hits: [at('Header', 0, ['MOTHER'])] },
  { code: '442', pass: { Header: [H({ UPN: '' })], Episodes: [E({ LS: 'V3' })] }, fail: { Header: [H({ UPN: '' })], Episodes: [E()] }, hits: [at('Header', 0, ['UPN'])] },
  { code: '444', pass: { Header: [H({ UPN: 'UN1' }), H({ CHILD: 'C2', UPN: 'UN1' })] }, fail: { Header: [H(), H({ CHILD: 'C2' })] }, hits: [at('Header', 0, ['UPN']), at('Header', 1, ['UPN'], 'C2')] },
  { code: '165', pass: { Header: [H(), H({ CHILD: 'C2', SEX: 'M', MOTHER: '' })], Episodes: [E(), E({ CHILD: 'C2' })] }, fail: { Header: [H({ MOTHER: '' })], Episodes: [E()] }, hits: [at('Header', 0, ['MOTHER', 'SEX'])] },
  { code: '611', pass: { Header: [H({ MOTHER: '1', MC_DOB: '01/01/2025' })] }, fail: { Header: [H({ MOTHER: '1' })] }, hits: [at('Header', 0, ['MOTHER', 'MC_DOB'])] },
  { code: '612', pass: { Header: [H({ MOTHER: '1', MC_DOB: '01/01/2025' })] }, fail: { Header: [H({ MOTHER: '0', MC_DOB: '01/01/2025' })] }, hits: [at('Header', 0, ['SEX', 'MOTHER', 'MC_DOB'])] },
  { code: '620', pass: { Header: [H({ MOTHER: '1', DOB: '01/01/2010' })] }, fail: { Header: [H({ MOTHER: '1' })] }, hits: [at('Header', 0, ['DOB', 'MOTHER'])] },
  { code: '621', pass: { Header: [H({ DOB: '01/01/2010', MC_DOB: '01/01/2025' })] }, fail: { Header: [H({ DOB: '01/01/2010', MC_DOB: '01/01/2009' })] }, hits: [at('Header', 0, ['DOB', 'MC_DOB'])] },
  { code: 'INT32', pass: { Header: [H(), H({ CHILD: 'C2' })] }, fail: { Header: [H(), H()] }, hits: [at('Header', 0, ['CHILD']), at('Header', 1, ['CHILD'])] },
  { code: 'EPI', pass: { Header: [H(), H({ CHILD: 'C2' })], Episodes: [E()], OC3: [{ CHILD: 'C2' }] }, fail: { Header: [H()] }, hits: [at('Header', 0, ['CHILD'])] },
  { code: '210', pass: { Header: [H({ UPN: 'UN4' })], Episodes: [E({ DECOM: '23/03/2026' })] }, fail: { Header: [H({ UPN: 'UN4' })], Episodes: [E({ DECOM: '24/03/2026' })] }, hits: [at('Episodes', 0, ['DECOM']), at('Header', 0, ['UPN'])] },
  {
    code: '607',
    pass: { Header: [H()], Episodes: [E({ DEC: '01/10/2025', REC: 'E4A' })] },
    fail: { Header: [H({ MOTHER: '' })], Episodes: [E({ DEC: '01/10/2025', REC: 'X1' }), E({ DECOM: '01/10/2025', RNE: 'P', DEC: '01/12/2025', REC: 'E4A' })] },
    hits: [at('Episodes', 1, ['DEC', 'REC', 'LS']), at('Header', 0, ['MOTHER', 'SEX'])],
  },
  {
    code: '625',
    pass: { Header: [H({ MOTHER: '1', MC_DOB: '01/09/2025' })], Episodes: [E({ DEC: '01/10/2025', REC: 'E4A' })] },
    fail: { Header: [H({ MOTHER: '1', MC_DOB: '01/12/2025' })], Episodes: [E({ DEC: '01/10/2025', REC: 'E4A' })] },
    hits: [at('Episodes', 0, ['DEC']), at('Header', 0, ['MC_DOB'])],
  },
]

describe('SSDA903 Header rules', () => {
  it('has a passing and a failing case for every rule', () => {
    expect(uncovered(headerRules, cases)).toEqual([])
  })
  it.each(cases)('rule $code ($year) passes a good return and reports the failing rows', (c) => {
    expect(hitsOf(headerRules, c.code, c.pass, c.year)).toEqual([])
    expect(hitsOf(headerRules, c.code, c.fail, c.year)).toEqual(c.hits)
  })
  it('reports MOTHER for a boy, and for a care leaver not looked after in the year, with the OC3 row (rule 165)', () => {
    expect(hitsOf(headerRules, '165', { Header: [H({ SEX: 'M', MOTHER: '0' })], Episodes: [E()] })).toEqual([at('Header', 0, ['MOTHER', 'SEX'])])
    const leaver = { Header: [H({ MOTHER: '1', MC_DOB: '01/01/2024' })], Episodes: [E({ DECOM: '01/05/2020', DEC: '01/05/2021', REC: 'E8' })], OC3: [{ CHILD: 'C1', ACTIV: 'F1' }] }
    expect(hitsOf(headerRules, '165', leaver)).toEqual([at('Header', 0, ['MOTHER', 'SEX']), at('OC3', 0, ['ACTIV', 'ACCOM', 'IN_TOUCH'])])
  })
  it('reads SEX as 1/2 before 2024-25 and M/F/U after (rules 393, 612)', () => {
    const data = { Header: [H({ SEX: '2', MOTHER: '' })], Episodes: [E()] }
    expect(hitsOf(headerRules, '393', data, 2024)).toEqual([at('Header', 0, ['MOTHER'])])
    expect(hitsOf(headerRules, '393', data, 2026)).toEqual([])
  })
})
