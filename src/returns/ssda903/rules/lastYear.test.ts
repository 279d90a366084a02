import { describe, expect, it } from 'vitest'
import { lastYearRules } from './lastYear.js'
import { ruleCases } from './ruleCheck.js'
import { createRuleContext } from '../validate.js'
import { returnWith } from './testReturn.js'

// Year ending 31 March 2026, compared with the return for the year ending 31 March 2025.
const header = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  SEX: 'M',
  DOB: '01/01/2015',
  ETHNIC: 'WBRI',
  UPN: 'A123456789012',
  ...row,
})
const openLastYear = {
  Episodes: [
    { CHILD: 'c1', DECOM: '01/01/2024', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', URN: '', DEC: '' },
  ],
}
const carried = (row: Record<string, string> = {}) => ({ ...openLastYear.Episodes[0]!, ...row })

describe('903 rules comparing with last year', () => {
  ruleCases(lastYearRules, [
    { code: '202', previous: { Header: [header({ SEX: '1' })] }, fail: { Header: [header({ SEX: 'F' })] }, hits: [['Header', 0, 'c1', ['SEX']]], pass: { Header: [header()] } },
    { code: '203', previous: { Header: [header()] }, fail: { Header: [header({ DOB: '02/01/2015' })] }, hits: [['Header', 0, 'c1', ['DOB']]], pass: { Header: [header()] } },
    { code: '204', previous: { Header: [header()] }, fail: { Header: [header({ ETHNIC: 'WIRI' })] }, hits: [['Header', 0, 'c1', ['ETHNIC']]], pass: { Header: [header()] } },
    { code: '208', previous: { Header: [header()] }, fail: { Header: [header({ UPN: 'UN1' })] }, hits: [['Header', 0, 'c1', ['UPN']]], pass: { Header: [header()] } },
    { code: '502', previous: openLastYear, fail: { Episodes: [carried({ DECOM: '01/04/2025' })] }, hits: [['Episodes', 0, 'c1', ['DECOM']]], pass: { Episodes: [carried()] } },
    { code: '503A', previous: openLastYear, fail: { Episodes: [carried({ RNE: 'P' })] }, hits: [['Episodes', 0, 'c1', ['RNE']]], pass: { Episodes: [carried()] } },
    { code: '503B', previous: openLastYear, fail: { Episodes: [carried({ LS: 'C1' })] }, hits: [['Episodes', 0, 'c1', ['LS']]], pass: { Episodes: [carried()] } },
    { code: '503C', previous: openLastYear, fail: { Episodes: [carried({ CIN: 'N2' })] }, hits: [['Episodes', 0, 'c1', ['CIN']]], pass: { Episodes: [carried()] } },
    { code: '503E', previous: openLastYear, fail: { Episodes: [carried({ PLACE_PROVIDER: 'PR4' })] }, hits: [['Episodes', 0, 'c1', ['PLACE_PROVIDER']]], pass: { Episodes: [carried()] } },
    { code: '503F', previous: openLastYear, fail: { Episodes: [carried({ URN: 'SC123456' })] }, hits: [['Episodes', 0, 'c1', ['URN']]], pass: { Episodes: [carried()] } },
    { code: '205D', previous: { Header: [header()] }, fail: { Header: [header()], UASC: [{ CHILD: 'c1', SEX: 'M', DOB: '01/01/2015' }] }, hits: [['Header', 0, 'c1', ['CHILD']]], pass: { Header: [header()] } },
    { code: '205A', previous: { UASC: [{ CHILD: 'c1', DOB: '01/01/2015', DUC: '' }] }, fail: { Header: [header()] }, hits: [['Header', 0, 'c1', ['CHILD']]], pass: { Header: [header()], UASC: [{ CHILD: 'c1', DOB: '01/01/2015', SEX: 'M' }] } },
    {
      code: '1001',
      previous: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2024', RNE: 'S', LS: 'C2', DEC: '01/02/2024', REC: 'E4A' }] },
      fail: { Header: [header({ DOB: '01/01/2008' })], OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'D1' }] },
      hits: [['OC3', 0, 'c1', ['IN_TOUCH', 'ACTIV', 'ACCOM']]],
      pass: { Header: [header({ DOB: '01/01/2008' })], Episodes: [{ CHILD: 'c1', DECOM: '01/03/2024', RNE: 'S', LS: 'C2', DEC: '01/01/2026', REC: 'E4A' }], OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'D1' }] },
    },
    { code: '207', previous: { Header: [header({ MOTHER: '1' })] }, fail: { Header: [header({ MOTHER: '0' })], Episodes: [carried()] }, hits: [['Header', 0, 'c1', ['MOTHER']]], pass: { Header: [header({ MOTHER: '1' })], Episodes: [carried()] } },
    { code: '624', previous: { Header: [header({ MC_DOB: '01/01/2024' })] }, fail: { Header: [header({ MC_DOB: '02/01/2024' })] }, hits: [['Header', 0, 'c1', ['MC_DOB']]], pass: { Header: [header({ MC_DOB: '01/01/2024' })] } },
    { code: '626', previous: { Header: [header({ MOTHER: '0' })] }, fail: { Header: [header({ MOTHER: '1', MC_DOB: '01/01/2025' })] }, hits: [['Header', 0, 'c1', ['MOTHER', 'MC_DOB']]], pass: { Header: [header({ MOTHER: '1', MC_DOB: '01/05/2025' })] } },
    { code: 'NoE', previous: { Episodes: [] }, fail: { Episodes: [carried()] }, hits: [['Episodes', 0, 'c1', ['DECOM']]], pass: { Episodes: [carried({ DECOM: '01/05/2025' })] } },
    { code: '562', previous: openLastYear, fail: { Episodes: [carried({ DECOM: '01/02/2024' })] }, hits: [['Episodes', 0, 'c1', ['DECOM']]], pass: { Episodes: [carried()] } },
    { code: '559', previous: { PlacedAdoption: [] }, fail: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/03/2025' }] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/05/2025' }] } },
    { code: '560', previous: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/03/2025' }] }, fail: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '02/03/2025' }] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED', 'DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/03/2025' }] } },
    { code: '561', previous: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1', }], }, fail: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1', }], }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/06/2025' }] } },
    { code: '584', previous: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1', }], }, fail: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/12/2024' }] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/06/2025' }] } },
    { code: '348', previous: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'DIED' }] }, fail: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES' }] }, hits: [['OC3', 0, 'c1', ['IN_TOUCH']]], pass: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'DIED' }] } },
    { code: '1002', previous: { Episodes: [] }, fail: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES' }] }, hits: [['OC3', 0, 'c1', ['IN_TOUCH', 'ACTIV', 'ACCOM']]], pass: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES' }], Episodes: [carried({ DEC: '01/05/2025', REC: 'E4A' })], } },
    { code: '1010', previous: openLastYear, fail: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES' }] }, hits: [['OC3', 0, 'c1', ['IN_TOUCH', 'ACTIV', 'ACCOM']]], pass: { OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES' }], Episodes: [carried({ DEC: '01/05/2025', REC: 'E4A' })], } },
    { code: '576', previous: { Missing: [{ CHILD: 'c1', MISSING: 'M', MIS_START: '30/03/2025', MIS_END: '' }] }, fail: { Missing: [{ CHILD: 'c1', MISSING: 'M', MIS_START: '01/05/2025', MIS_END: '02/05/2025' }] }, hits: [['Missing', 0, 'c1', ['CHILD']]], pass: { Missing: [{ CHILD: 'c1', MISSING: 'M', MIS_START: '30/03/2025', MIS_END: '02/04/2025' }] } },
    { code: '706', year: 2027, previous: { DoLo: [{ CHILD: 'c1', DOLO_START: '01/03/2026', DOLO_END: '' }] }, fail: { DoLo: [{ CHILD: 'c1', DOLO_START: '01/05/2026', DOLO_END: '' }] }, hits: [['DoLo', 0, 'c1', ['DOLO_START']]], pass: { DoLo: [{ CHILD: 'c1', DOLO_START: '01/03/2026', DOLO_END: '01/06/2026' }] } },
  ])

  it('reports nothing without last year’s return', () => {
    const ctx = createRuleContext(
      returnWith({
        Header: [header({ SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2020' })],
        Episodes: [carried({ RNE: 'P' })],
        OC3: [{ CHILD: 'c1', IN_TOUCH: 'YES' }],
        PlacedAdoption: [{ CHILD: 'c1', DATE_PLACED: '01/01/2020' }],
      }),
      2026,
      null,
    )
    for (const rule of lastYearRules) {
      expect(rule.needsPrevious).toBe(true)
      expect(rule.check(ctx)).toEqual([])
    }
  })
})
