import { describe } from 'vitest'
import { outcomesRules } from './outcomes.js'
import { ruleCases } from './ruleCheck.js'
import { ad1Row } from './testReturn.js'

// Year ending 31 March 2026: 1 April 2025 to 31 March 2026.
const inCare = [{ CHILD: 'c1', DECOM: '01/01/2020', RNE: 'S', LS: 'C2', PLACE: 'U4' }]
const newToCare = [{ CHILD: 'c1', DECOM: '01/06/2025', RNE: 'S', LS: 'C2', PLACE: 'U4' }]
const FLAGS = ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED']
const HEALTH = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE']
const health = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' }
const oc2 = (row: Record<string, string>) => ({ CHILD: 'c1', DOB: '01/01/2014', ...row })
const OC3 = ['IN_TOUCH', 'ACTIV', 'ACCOM']
const oc3 = (row: Record<string, string>) => ({
  CHILD: 'c1',
  DOB: '01/06/2007',
  IN_TOUCH: 'YES',
  ACTIV: 'F2',
  ACCOM: 'D1',
  ...row,
})
const header = [{ CHILD: 'c1', DOB: '01/01/2014', SEX: 'M' }]
const ad1 = ad1Row({ DOB: '01/01/2014' })

describe('903 OC2 and OC3 rules', () => {
  ruleCases(outcomesRules, [
    { code: '180', fail: { OC2: [oc2({ SDQ_SCORE: '41' })] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE']]], pass: { OC2: [oc2({ SDQ_SCORE: '40' })] } },
    { code: '181', fail: { OC2: [oc2({ CONVICTED: '2' })] }, hits: [['OC2', 0, 'c1', FLAGS]], pass: { OC2: [oc2({ CONVICTED: '0' })] } },
    { code: '182', fail: { OC2: [oc2({ CONVICTED: '0' })] }, hits: [['OC2', 0, 'c1', FLAGS]], pass: { OC2: [oc2({ CONVICTED: '0', ...health })] } },
    { code: '158', fail: { OC2: [oc2({ INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '1' })] }, hits: [['OC2', 0, 'c1', ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED']]], pass: { OC2: [oc2({ INTERVENTION_RECEIVED: '1' })] } },
    { code: '159', fail: { OC2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' })] }, hits: [['OC2', 0, 'c1', ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED']]], pass: { OC2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' })] } },
    { code: '192', fail: { OC2: [oc2({ SUBSTANCE_MISUSE: '1' })] }, hits: [['OC2', 0, 'c1', ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED']]], pass: { OC2: [oc2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' })] } },
    { code: '193', fail: { OC2: [oc2({ SUBSTANCE_MISUSE: '0', INTERVENTION_OFFERED: '1' })] }, hits: [['OC2', 0, 'c1', ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED']]], pass: { OC2: [oc2({ SUBSTANCE_MISUSE: '0' })] } },
    { code: '196', fail: { OC2: [oc2({ SDQ_REASON: 'SDQ9' })] }, hits: [['OC2', 0, 'c1', ['SDQ_REASON']]], pass: { OC2: [oc2({ SDQ_REASON: 'SDQ5' })] } },
    { code: '197a', fail: { OC2: [oc2({ SDQ_SCORE: '10', SDQ_REASON: 'SDQ2' })] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE', 'SDQ_REASON']]], pass: { OC2: [oc2({ SDQ_SCORE: '10' })] } },
    { code: '188', fail: { OC2: [oc2({ DOB: '01/01/2023', SDQ_SCORE: '3' })] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE', 'SDQ_REASON']]], pass: { OC2: [oc2({ DOB: '01/01/2021', SDQ_SCORE: '3' })] } },
    { code: '189', fail: { OC2: [oc2({ DOB: '01/01/2008', SDQ_REASON: 'SDQ1' })] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE', 'SDQ_REASON']]], pass: { OC2: [oc2({ DOB: '01/01/2009', SDQ_REASON: 'SDQ1' })] } },
    { code: '157', fail: { Episodes: inCare, OC2: [oc2({ SDQ_REASON: 'SDQ1' })] }, hits: [['OC2', 0, 'c1', ['SDQ_REASON']]], pass: { Episodes: inCare, OC2: [oc2({ SDQ_REASON: 'SDQ2' })] } },
    { code: '185', fail: { Episodes: newToCare, OC2: [oc2({ SDQ_SCORE: '5' })] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE']]], pass: { Episodes: inCare, OC2: [oc2({ SDQ_SCORE: '5' })] } },
    { code: '198', fail: { Episodes: newToCare, OC2: [oc2({ SDQ_REASON: 'SDQ2' })] }, hits: [['OC2', 0, 'c1', ['SDQ_REASON']]], pass: { Episodes: inCare, OC2: [oc2({ SDQ_REASON: 'SDQ2' })] } },
    { code: '186', fail: { Episodes: inCare, OC2: [oc2({})] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE', 'SDQ_REASON']]], pass: { Episodes: inCare, OC2: [oc2({ SDQ_SCORE: '12' })] } },
    { code: '197B', fail: { Episodes: inCare, OC2: [oc2({ DOB: '01/01/2022' })] }, hits: [['OC2', 0, 'c1', ['SDQ_SCORE', 'SDQ_REASON']]], pass: { Episodes: inCare, OC2: [oc2({ DOB: '01/01/2022', SDQ_SCORE: '2' })] } },
    { code: '542', fail: { OC2: [oc2({ DOB: '01/06/2016', CONVICTED: '0' })] }, hits: [['OC2', 0, 'c1', ['CONVICTED']]], pass: { OC2: [oc2({ DOB: '01/06/2016' }), oc2({ CHILD: 'c2', DOB: '01/03/2016', CONVICTED: '0' })] } },
    { code: '190', fail: { Episodes: newToCare, OC2: [oc2({ CONVICTED: '0' })] }, hits: [['OC2', 0, 'c1', FLAGS]], pass: { Episodes: newToCare, OC2: [oc2({})] } },
    { code: '191', fail: { Episodes: [...inCare, { CHILD: 'c2', DECOM: '01/01/2019', RNE: 'S', LS: 'C2' }], OC2: [oc2({ IMMUNISATIONS: '1' })], }, hits: [['OC2', 0, 'c1', HEALTH], ['Episodes', 1, 'c2', ['CHILD']]], pass: { Episodes: inCare, OC2: [oc2(health)] } },
    { code: '543', fail: { Episodes: inCare, OC2: [oc2({})] }, hits: [['OC2', 0, 'c1', ['CONVICTED']]], pass: { Episodes: inCare, OC2: [oc2({ CONVICTED: '0' })] } },
    { code: '544', fail: { OC2: [oc2({ CONVICTED: '1' })] }, hits: [['OC2', 0, 'c1', ['CONVICTED', ...HEALTH]]], pass: { OC2: [oc2({ CONVICTED: '1', ...health })] } },
    { code: '545', fail: { Episodes: inCare, OC2: [oc2({ DOB: '01/01/2022' })] }, hits: [['OC2', 0, 'c1', ['HEALTH_CHECK']]], pass: { Episodes: inCare, OC2: [oc2({ DOB: '01/01/2022', HEALTH_CHECK: '1' })] } },
    { code: '546', fail: { Episodes: inCare, OC2: [oc2({ HEALTH_CHECK: '1' })] }, hits: [['OC2', 0, 'c1', ['HEALTH_CHECK']]], pass: { Episodes: inCare, OC2: [oc2({})] } },
    { code: '547', fail: { OC2: [oc2({ HEALTH_CHECK: '1' })] }, hits: [['OC2', 0, 'c1', ['HEALTH_CHECK', ...HEALTH]]], pass: { OC2: [oc2({ HEALTH_CHECK: '1', ...health })] } },
    { code: 'INT05', fail: { OC2: [oc2({})] }, hits: [['OC2', 0, 'c1', ['CHILD']]], pass: { Header: header, OC2: [oc2({})] } },
    { code: 'INT14', fail: { Header: header, OC2: [oc2({ DOB: '02/01/2014' })] }, hits: [['OC2', 0, 'c1', ['DOB']]], pass: { Header: header, OC2: [oc2({})] } },
    { code: 'INT33', fail: { OC2: [oc2({}), oc2({})] }, hits: [['OC2', 0, 'c1', ['CHILD']], ['OC2', 1, 'c1', ['CHILD']]], pass: { OC2: [oc2({})] } },
    // OC3
    { code: '131', fail: { OC3: [oc3({ IN_TOUCH: 'MAYBE' })] }, hits: [['OC3', 0, 'c1', ['IN_TOUCH']]], pass: { OC3: [oc3({})] } },
    { code: '132', fail: { OC3: [oc3({ ACTIV: 'G9' })] }, hits: [['OC3', 0, 'c1', ['ACTIV']]], pass: { OC3: [oc3({})] } },
    { code: '133', fail: { OC3: [oc3({ ACCOM: 'S1' })] }, hits: [['OC3', 0, 'c1', ['ACCOM']]], pass: { OC3: [oc3({ ACCOM: 'S2' })] } },
    { code: '153', fail: { OC3: [oc3({ ACTIV: '' })] }, hits: [['OC3', 0, 'c1', OC3]], pass: { OC3: [oc3({ IN_TOUCH: '', ACTIV: '', ACCOM: '' })] } },
    { code: '344', fail: { OC3: [oc3({ IN_TOUCH: 'DIED' })] }, hits: [['OC3', 0, 'c1', OC3]], pass: { OC3: [oc3({ IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' })] } },
    { code: '345', fail: { OC3: [oc3({ ACTIV: '0' })] }, hits: [['OC3', 0, 'c1', OC3]], pass: { OC3: [oc3({})] } },
    { code: '391', fail: { OC3: [oc3({ DOB: '01/06/2010' })] }, hits: [['OC3', 0, 'c1', ['DOB', ...OC3]]], pass: { OC3: [oc3({ DOB: '01/06/2005' })] } },
    { code: '1000', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/05/2025', REC: 'E2' }], OC3: [oc3({})], }, hits: [['OC3', 0, 'c1', OC3]], pass: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/05/2025', REC: 'E4A' }], OC3: [oc3({})], } },
    { code: '1007', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020' }], OC3: [oc3({})] }, hits: [['OC3', 0, 'c1', OC3]], pass: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/02/2025', REC: 'E4A' }], OC3: [oc3({})], } },
    { code: '1011', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/02/2025', REC: 'E3' }], OC3: [oc3({})], }, hits: [['OC3', 0, 'c1', OC3]], pass: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/02/2025', REC: 'E4A' }], OC3: [oc3({})], } },
    { code: '1016', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/08/2025', REC: 'E4A' }], OC3: [oc3({})], }, hits: [['OC3', 0, 'c1', OC3]], pass: { Episodes: [{ CHILD: 'c1', DECOM: '01/01/2020', DEC: '01/05/2025', REC: 'E4A' }], OC3: [oc3({})], } },
    { code: '3001', fail: { Header: [{ CHILD: 'c1', DOB: '01/06/2008' }], OC3: [oc3({ ACCOM: 'Z1' })] }, hits: [['OC3', 0, 'c1', ['ACCOM']]], pass: { Header: [{ CHILD: 'c1', DOB: '01/06/2007' }], OC3: [oc3({ ACCOM: 'Z1' })] } },
    { code: '347', fail: { OC3: [oc3({ DOB: '01/06/2008', ACCOM: 'T1' })] }, hits: [['OC3', 0, 'c1', ['ACCOM']]], pass: { OC3: [oc3({ DOB: '01/06/2006', ACCOM: 'T1' })] } },
    { code: '134', fail: { OC3: [oc3({})], AD1: [ad1] }, hits: [['AD1', 0, 'c1', ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']]], pass: { AD1: [ad1] } },
    { code: '187', fail: { Episodes: inCare, OC3: [oc3({})] }, hits: [['OC3', 0, 'c1', OC3]], pass: { Episodes: newToCare, OC3: [oc3({})] } },
    { code: '215', fail: { OC3: [oc3({})], OC2: [oc2({ CONVICTED: '0' })] }, hits: [['OC3', 0, 'c1', OC3], ['OC2', 0, 'c1', FLAGS]], pass: { OC3: [oc3({})], OC2: [oc2({})] } },
    { code: '628', fail: { Header: [{ CHILD: 'c1', MOTHER: '0' }], OC3: [oc3({})] }, hits: [['Header', 0, 'c1', ['MOTHER']]], pass: { Header: [{ CHILD: 'c1', MOTHER: '0' }], Episodes: newToCare, OC3: [oc3({})] } },
    { code: 'INT06', fail: { OC3: [oc3({})] }, hits: [['OC3', 0, 'c1', ['CHILD']]], pass: { Header: header, OC3: [oc3({})] } },
    { code: 'INT15', fail: { Header: header, OC3: [oc3({})] }, hits: [['OC3', 0, 'c1', ['DOB']]], pass: { Header: header, OC3: [oc3({ DOB: '01/01/2014' })] } },
    { code: 'INT34', fail: { OC3: [oc3({}), oc3({})] }, hits: [['OC3', 0, 'c1', ['CHILD']], ['OC3', 1, 'c1', ['CHILD']]], pass: { OC3: [oc3({})] } },
  ])
})
