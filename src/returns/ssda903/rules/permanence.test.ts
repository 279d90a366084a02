import { describe } from 'vitest'
import { permanenceRules } from './permanence.js'
import { ruleCases } from './ruleCheck.js'

// Year ending 31 March 2026: 1 April 2025 to 31 March 2026.
const pp = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DOB: '01/01/2015',
  PREV_PERM: 'P2',
  LA_PERM: '800',
  DATE_PERM: '01/01/2019',
  ...row,
})
const started = [{ CHILD: 'c1', DECOM: '01/06/2025', RNE: 'S', LS: 'C2' }]
const header = [{ CHILD: 'c1', DOB: '01/01/2015' }]

describe('903 PrevPerm rules', () => {
  ruleCases(permanenceRules, [
    { code: '631', fail: { PrevPerm: [pp({ PREV_PERM: 'P9' })] }, hits: [['PrevPerm', 0, 'c1', ['PREV_PERM']]], pass: { PrevPerm: [pp()] } },
    { code: '633', fail: { PrevPerm: [pp({ LA_PERM: 'ENG' })] }, hits: [['PrevPerm', 0, 'c1', ['LA_PERM']]], pass: { PrevPerm: [pp({ LA_PERM: 'WAL' })] } },
    { code: '635', fail: { PrevPerm: [pp({ PREV_PERM: '' })] }, hits: [['PrevPerm', 0, 'c1', ['LA_PERM', 'DATE_PERM', 'PREV_PERM']]], pass: { PrevPerm: [pp()] } },
    { code: '630', fail: { Episodes: started, PrevPerm: [pp({ DATE_PERM: '' })] }, hits: [['Episodes', 0, 'c1', ['RNE']]], pass: { Episodes: started, PrevPerm: [pp({ PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' })] } },
    {
      code: '632',
      fail: { Episodes: [...started, { CHILD: 'c2', DECOM: '30/05/2025', RNE: 'S' }], PrevPerm: [pp({ DATE_PERM: '01/07/2025' }), pp({ CHILD: 'c2', DATE_PERM: 'ZZ/05/2025' })] },
      hits: [['Episodes', 0, 'c1', ['DECOM']], ['PrevPerm', 0, 'c1', ['DATE_PERM']], ['Episodes', 1, 'c2', ['DECOM']], ['PrevPerm', 1, 'c2', ['DATE_PERM']]],
      pass: { Episodes: [...started, { CHILD: 'c2', DECOM: '01/06/2025', RNE: 'S' }], PrevPerm: [pp({ DATE_PERM: 'ZZ/ZZ/2019' }), pp({ CHILD: 'c2', DATE_PERM: 'ZZ/05/2025' })] },
    },
    { code: '634', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/06/2020', RNE: 'S' }], PrevPerm: [pp()] }, hits: [['PrevPerm', 0, 'c1', ['PREV_PERM', 'LA_PERM', 'DATE_PERM']]], pass: { Episodes: started, PrevPerm: [pp()] } },
    { code: 'INT07', fail: { PrevPerm: [pp()] }, hits: [['PrevPerm', 0, 'c1', ['CHILD']]], pass: { Header: header, PrevPerm: [pp()] } },
    { code: 'INT16', fail: { Header: header, PrevPerm: [pp({ DOB: '02/01/2015' })] }, hits: [['PrevPerm', 0, 'c1', ['DOB']]], pass: { Header: header, PrevPerm: [pp()] } },
    { code: 'INT35', fail: { PrevPerm: [pp(), pp()] }, hits: [['PrevPerm', 0, 'c1', ['CHILD']], ['PrevPerm', 1, 'c1', ['CHILD']]], pass: { PrevPerm: [pp()] } },
  ])
})
