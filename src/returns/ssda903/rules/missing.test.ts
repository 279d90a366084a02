import { describe } from 'vitest'
import { missingRules } from './missing.js'
import { ruleCases } from './ruleCheck.js'

// Year ending 31 March 2026: 1 April 2025 to 31 March 2026.
const mis = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DOB: '01/01/2012',
  MISSING: 'M',
  MIS_START: '01/06/2025',
  MIS_END: '03/06/2025',
  ...row,
})
const inCare = [{ CHILD: 'c1', DECOM: '01/01/2024', RNE: 'S', LS: 'C2' }]
const left = [{ CHILD: 'c1', DECOM: '01/01/2024', RNE: 'S', LS: 'C2', DEC: '01/09/2025', REC: 'E4A' }]
const header = [{ CHILD: 'c1', DOB: '01/01/2012' }]

describe('903 Missing rules', () => {
  ruleCases(missingRules, [
    { code: '1004', fail: { Missing: [mis({ MIS_START: '' })] }, hits: [['Missing', 0, 'c1', ['MIS_START']]], pass: { Missing: [mis()] } },
    { code: '1005', fail: { Missing: [mis({ MIS_END: '31/06/2025' })] }, hits: [['Missing', 0, 'c1', ['MIS_END']]], pass: { Missing: [mis({ MIS_END: '' })] } },
    { code: '1006', fail: { Missing: [mis({ MISSING: 'X' })] }, hits: [['Missing', 0, 'c1', ['MISSING']]], pass: { Missing: [mis({ MISSING: 'A' })] } },
    { code: '564', fail: { Missing: [mis({ MIS_START: '' })] }, hits: [['Missing', 0, 'c1', ['MISSING', 'MIS_START']]], pass: { Missing: [mis()] } },
    { code: '565', fail: { Missing: [mis({ MISSING: '' })] }, hits: [['Missing', 0, 'c1', ['MISSING', 'MIS_START']]], pass: { Missing: [mis()] } },
    { code: '566', fail: { Missing: [mis({ MISSING: '', MIS_START: '' })] }, hits: [['Missing', 0, 'c1', ['MISSING', 'MIS_END']]], pass: { Missing: [mis()] } },
    { code: '567', fail: { Missing: [mis({ MIS_END: '31/05/2025' })] }, hits: [['Missing', 0, 'c1', ['MIS_START', 'MIS_END']]], pass: { Missing: [mis()] } },
    { code: '570', fail: { Missing: [mis({ MIS_START: '01/04/2026', MIS_END: '' })] }, hits: [['Missing', 0, 'c1', ['MIS_START']]], pass: { Missing: [mis()] } },
    { code: '571', fail: { Missing: [mis({ MIS_START: '01/03/2025', MIS_END: '02/03/2025' })] }, hits: [['Missing', 0, 'c1', ['MIS_END']]], pass: { Missing: [mis()] } },
    { code: '586', fail: { Missing: [mis({ DOB: '01/06/2025' })] }, hits: [['Missing', 0, 'c1', ['MIS_START']]], pass: { Missing: [mis()] } },
    { code: '574', fail: { Missing: [mis({ MIS_END: '' }), mis({ MIS_START: '05/06/2025', MIS_END: '06/06/2025' })] }, hits: [['Missing', 1, 'c1', ['MIS_START', 'MIS_END']]], pass: { Missing: [mis(), mis({ MIS_START: '05/06/2025', MIS_END: '06/06/2025' })] } },
    { code: '575', fail: { Episodes: left, Missing: [mis({ MIS_END: '' })] }, hits: [['Missing', 0, 'c1', ['MIS_END']]], pass: { Episodes: left, Missing: [mis()] } },
    { code: '577', fail: { Episodes: left, Missing: [mis({ MIS_START: '30/08/2025', MIS_END: '02/09/2025' })] }, hits: [['Missing', 0, 'c1', ['MIS_END']]], pass: { Episodes: inCare, Missing: [mis({ MIS_END: '' })] } },
    { code: '577', fail: { Episodes: left, Missing: [mis({ MIS_START: '01/10/2025', MIS_END: '' }), mis({ CHILD: 'c2', MIS_START: '01/10/2025', MIS_END: '' })] }, hits: [['Missing', 0, 'c1', ['MIS_END']]], pass: { Missing: [mis({ MIS_START: '01/10/2025', MIS_END: '05/10/2025' })] } },
    { code: '578', fail: { Episodes: left, Missing: [mis({ MIS_START: '02/09/2025', MIS_END: '' })] }, hits: [['Missing', 0, 'c1', ['MIS_START']]], pass: { Episodes: left, Missing: [mis()] } },
    { code: '581', fail: { Episodes: inCare, Missing: [mis({ MIS_START: '01/12/2023' })] }, hits: [['Missing', 0, 'c1', ['MIS_START']]], pass: { Episodes: inCare, Missing: [mis()] } },
    { code: 'INT04', fail: { Missing: [mis()] }, hits: [['Missing', 0, 'c1', ['CHILD']]], pass: { Header: header, Missing: [mis()] } },
    { code: 'INT13', fail: { Header: header, Missing: [mis({ DOB: '02/01/2012' })] }, hits: [['Missing', 0, 'c1', ['DOB']]], pass: { Header: header, Missing: [mis()] } },
  ])
})
