import { describe } from 'vitest'
import { uascRules } from './uasc.js'
import { ruleCases } from './ruleCheck.js'

// Year ending 31 March 2026: 1 April 2025 to 31 March 2026.
const uasc = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  SEX: 'M',
  DOB: '01/01/2008',
  DUC: '',
  ...row,
})
const header = [{ CHILD: 'c1', SEX: 'M', DOB: '01/01/2008' }]
const oc3 = [{ CHILD: 'c1', DOB: '01/01/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'D1' }]

describe('903 UASC rules', () => {
  ruleCases(uascRules, [
    { code: '104', fail: { UASC: [uasc({ DUC: '29/02/2025' })] }, hits: [['UASC', 0, 'c1', ['DUC']]], pass: { UASC: [uasc({ DUC: '28/02/2025' })] } },
    { code: '304', fail: { UASC: [uasc({ DUC: '02/01/2026' })] }, hits: [['UASC', 0, 'c1', ['DUC']]], pass: { UASC: [uasc({ DUC: '01/01/2026' })] } },
    { code: '1014', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2024', DEC: '01/01/2025', REC: 'E5' }], UASC: [uasc()], OC3: oc3, }, hits: [['UASC', 0, 'c1', ['DUC']], ['OC3', 0, 'c1', ['IN_TOUCH', 'ACTIV', 'ACCOM']]], pass: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2024', DEC: '01/05/2025', REC: 'E5' }], UASC: [uasc()], OC3: oc3, } },
    { code: 'INT09', fail: { UASC: [uasc()] }, hits: [['UASC', 0, 'c1', ['CHILD']]], pass: { Header: header, UASC: [uasc()] } },
    { code: 'INT18', fail: { Header: header, UASC: [uasc({ DOB: '02/01/2008' })] }, hits: [['UASC', 0, 'c1', ['DOB']]], pass: { Header: header, UASC: [uasc()] } },
    { code: 'INT21', fail: { Header: header, UASC: [uasc({ SEX: 'F' })] }, hits: [['UASC', 0, 'c1', ['SEX']]], pass: { Header: header, UASC: [uasc()] } },
    { code: 'INT36', fail: { UASC: [uasc(), uasc()] }, hits: [['UASC', 0, 'c1', ['CHILD']], ['UASC', 1, 'c1', ['CHILD']]], pass: { UASC: [uasc()] } },
  ])
})
