import { describe, expect, it } from 'vitest'
import { socialWorkerEpisodes, upnUnknownFor903 } from './socialWorkerEpisodes.js'

const codes = (r: string) => ['MANAGE', 'LEFTRL', 'TSPROC'].includes(r)
const a = (startDate: string, endDate: string | null, reason = 'Transferred') => ({ startDate, endDate, reason })

describe('social worker episodes from allocations', () => {
  it('ends each episode when the next starts, each with its own reason for the change when it is a code, else OTHERS', () => {
    const eps = socialWorkerEpisodes([a('2025-05-01', '2025-09-01', 'TSPROC'), a('2025-08-20', null, 'LEFTRL'), a('2025-11-03', null, 'Capacity')], '2026-03-31', codes)
    expect(eps.map(({ startDate, endDate, reason }) => [startDate, endDate, reason])).toEqual([
      ['2025-05-01', '2025-08-20', 'TSPROC'],
      ['2025-08-20', '2025-11-03', 'LEFTRL'],
      ['2025-11-03', null, 'OTHERS'],
    ])
  })

  it('drops an allocation that lasted no time or was replaced the same day, and leaves one ending after 31 March open', () => {
    const eps = socialWorkerEpisodes([a('2025-05-01', '2025-05-01'), a('2025-06-01', null), a('2025-06-01', '2026-05-01', 'MANAGE')], '2026-03-31', codes)
    expect(eps).toHaveLength(1)
    expect(eps[0]).toMatchObject({ startDate: '2025-06-01', endDate: null, reason: 'MANAGE' })
  })

  it('ends the last episode when its allocation ended in the year (rule SW17 then reports the gap)', () => {
    expect(socialWorkerEpisodes([a('2025-06-01', '2026-01-10')], '2026-03-31', codes)[0]).toMatchObject({ endDate: '2026-01-10', reason: 'OTHERS' })
  })
})

describe('UPN unknown codes in the 903', () => {
  it('maps the CIN-only codes to 903 codes and keeps the rest', () => {
    expect([upnUnknownFor903('UN6'), upnUnknownFor903('UN7'), upnUnknownFor903('UN3'), upnUnknownFor903(null)]).toEqual(['UN2', 'UN1', 'UN3', null])
  })
})
