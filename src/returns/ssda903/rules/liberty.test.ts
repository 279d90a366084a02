import { describe } from 'vitest'
import { libertyRules } from './liberty.js'
import { ruleCases } from './ruleCheck.js'

// DoLo is collected from 2026-27: year ending 31 March 2027, 1 April 2026 to 31 March 2027.
const Y = 2027
const dolo = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DOB: '01/01/2012',
  DOLO_START: '01/06/2026',
  DOLO_END: '01/09/2026',
  ...row,
})
const ep = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DECOM: '01/01/2026',
  RNE: 'S',
  LS: 'C2',
  PLACE: 'K2',
  ...row,
})

describe('903 DoLo rules', () => {
  ruleCases(libertyRules, [
    { code: '700', year: Y, fail: { DoLo: [dolo({ DOLO_START: '' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_START']]], pass: { DoLo: [dolo()] } },
    { code: '701', year: Y, fail: { DoLo: [dolo({ DOLO_END: '31/09/2026' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_END']]], pass: { DoLo: [dolo({ DOLO_END: '' })] } },
    { code: '702', year: Y, fail: { DoLo: [dolo({ DOLO_END: '01/05/2026' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_START', 'DOLO_END']]], pass: { DoLo: [dolo()] } },
    { code: '703', year: Y, fail: { DoLo: [dolo({ DOLO_START: '01/04/2027', DOLO_END: '' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_START']]], pass: { DoLo: [dolo()] } },
    { code: '704', year: Y, fail: { DoLo: [dolo({ DOLO_END: '01/04/2027' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_END']]], pass: { DoLo: [dolo()] } },
    { code: '705', year: Y, fail: { DoLo: [dolo({ DOLO_END: '' }), dolo({ DOLO_START: '01/10/2026', DOLO_END: '' })] }, hits: [['DoLo', 1, 'c1', ['DOLO_START', 'DOLO_END']]], pass: { DoLo: [dolo(), dolo({ DOLO_START: '01/10/2026', DOLO_END: '' })] } },
    { code: '707', year: Y, fail: { Episodes: [ep({ DEC: '01/12/2026', REC: 'E4A' })], DoLo: [dolo({ DOLO_END: '' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_END']]], pass: { Episodes: [ep()], DoLo: [dolo({ DOLO_END: '' })] } },
    { code: '708', year: Y, fail: { DoLo: [dolo({ DOB: '01/06/2026' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_START']]], pass: { DoLo: [dolo()] } },
    { code: '709', year: Y, fail: { Episodes: [ep({ DEC: '01/07/2026', REC: 'X1' }), ep({ DECOM: '01/07/2026', RNE: 'P', PLACE: 'U4' })], DoLo: [dolo()], }, hits: [['DoLo', 0, 'c1', ['DOLO_START']], ['Episodes', 1, 'c1', ['PLACE']]], pass: { Episodes: [ep({ DEC: '01/07/2026', REC: 'X1' }), ep({ DECOM: '01/07/2026', RNE: 'P', PLACE: 'Z12' })], DoLo: [dolo()], } },
    { code: '710', year: Y, fail: { Episodes: [ep({ PLACE: 'K1' })], DoLo: [dolo({ DOLO_END: '' })] }, hits: [['DoLo', 0, 'c1', ['DOLO_START']], ['Episodes', 0, 'c1', ['PLACE']]], pass: { Episodes: [ep({ PLACE: 'Z13' })], DoLo: [dolo({ DOLO_END: '' })] } },
  ])
})
