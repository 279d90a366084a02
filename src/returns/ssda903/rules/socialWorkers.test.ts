import { describe } from 'vitest'
import { socialWorkersRules } from './socialWorkers.js'
import { ruleCases } from './ruleCheck.js'

// Year ending 31 March 2026: 1 April 2025 to 31 March 2026.
const sw = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DOB: '01/01/2015',
  SW_ID: 'SW123456',
  SW_DECOM: '01/05/2025',
  SW_DEC: '',
  SW_REASON: 'MANAGE',
  ...row,
})
const ended = (row: Record<string, string> = {}) => sw({ SW_DECOM: '01/04/2025', SW_DEC: '30/04/2025', ...row })

describe('903 SWEpisodes rules', () => {
  ruleCases(socialWorkersRules, [
    { code: 'SW01aSTG1', fail: { SWEpisodes: [sw({ SW_DECOM: '' }), sw({ SW_DECOM: '01/01/2023', SW_ID: '' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DECOM', 'SW_ID']], ['SWEpisodes', 1, 'c1', ['SW_DECOM', 'SW_ID']]], pass: { SWEpisodes: [sw({ SW_ID: '' })] } },
    { code: 'SW01bSTG1', fail: { SWEpisodes: [sw({ SW_REASON: '' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DECOM', 'SW_ID', 'SW_REASON']]], pass: { SWEpisodes: [sw({ SW_DECOM: '01/01/2023', SW_REASON: '' })] } },
    { code: 'SW02STG1', fail: { SWEpisodes: [sw({ SW_ID: 'AB123' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_ID']]], pass: { SWEpisodes: [sw({ SW_ID: 'XX' })] } },
    { code: 'SW04STG1', fail: { SWEpisodes: [sw({ SW_DECOM: '31/04/2025' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DECOM']]], pass: { SWEpisodes: [sw()] } },
    { code: 'SW05STG1', fail: { SWEpisodes: [sw({ SW_DEC: '2025/05/01' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DEC']]], pass: { SWEpisodes: [sw({ SW_DEC: '01/06/2025' })] } },
    { code: 'SW06STG2', fail: { SWEpisodes: [sw({ SW_DECOM: '01/04/2026' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DECOM']]], pass: { SWEpisodes: [sw()] } },
    { code: 'SW07STG2', fail: { SWEpisodes: [sw({ SW_DECOM: '01/01/2024', SW_DEC: '31/03/2024' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DEC']]], pass: { SWEpisodes: [sw({ SW_DECOM: '01/01/2024', SW_DEC: '01/04/2024' })] } },
    { code: 'SW08STG2', fail: { SWEpisodes: [sw({ SW_DECOM: '01/04/2025' }), sw()] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DEC']]], pass: { SWEpisodes: [ended(), sw()] } },
    { code: 'SW09STG2', fail: { SWEpisodes: [sw({ SW_DEC: '01/05/2025' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DECOM', 'SW_DEC']]], pass: { SWEpisodes: [sw({ SW_DEC: '02/05/2025' })] } },
    { code: 'SW10STG2', fail: { SWEpisodes: [ended(), sw({ SW_DECOM: '10/05/2025' })] }, hits: [['SWEpisodes', 1, 'c1', ['SW_DECOM']]], pass: { SWEpisodes: [ended(), sw({ SW_DECOM: '10/05/2025', SW_REASON: 'FCONTA' })] } },
    { code: 'SW11bSTG2', fail: { SWEpisodes: [sw({ SW_DEC: '29/03/2026' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_DEC']]], pass: { SWEpisodes: [sw({ SW_DEC: '29/03/2026' }), sw({ SW_DECOM: '29/03/2026' })] } },
    // Looked after on 31 March, in care since 1 June: a worker from 1 July leaves the start uncovered; one allocated since before covers it.
    { code: 'SW12STG2', fail: { Episodes: [{ CHILD: 'c1', DECOM: '01/06/2025', RNE: 'S', LS: 'C2' }], SWEpisodes: [sw({ SW_DECOM: '01/05/2025', SW_DEC: '20/05/2025' })] }, hits: [['Episodes', 0, 'c1', ['DECOM']]], pass: { Episodes: [{ CHILD: 'c1', DECOM: '01/06/2025', RNE: 'S', LS: 'C2' }, { CHILD: 'c2', DECOM: '01/06/2025', RNE: 'S', LS: 'C2', DEC: '01/09/2025', REC: 'E4A' }], SWEpisodes: [sw({ SW_DECOM: '01/05/2025' })] } },
    { code: 'SW13STG1', fail: { SWEpisodes: [sw({ SW_REASON: 'BORED' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_REASON']]], pass: { SWEpisodes: [sw({ SW_REASON: '' })] } },
    { code: 'SW13STG1', year: 2024, fail: { SWEpisodes: [sw({ SW_DECOM: '01/05/2023', SW_REASON: '' })] }, hits: [['SWEpisodes', 0, 'c1', ['SW_REASON']]], pass: { SWEpisodes: [sw({ SW_DECOM: '01/05/2023' })] } },
    { code: 'SW17STG2', fail: { SWEpisodes: [ended(), sw({ SW_DEC: '01/06/2025' })] }, hits: [['SWEpisodes', 1, 'c1', ['SW_DEC', 'SW_DECOM']]], pass: { SWEpisodes: [ended(), sw()] } },
  ])
})
