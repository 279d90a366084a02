import { describe, expect, it } from 'vitest'
import { ddmmyyyy, deriveEpisodes, episodeRowsForYear, importedEpisodeRow, type CareEpisodeInput, type CarePeriodInput } from './episodes.js'

const base: CareEpisodeInput = {
  periodId: 'p1', startsOn: '', change: 'START', sameCarers: false, legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6',
  placementProvider: 'PR1', urn: null, placementPostcode: 'LE1 1AA', homePostcode: 'LE2 2BB', placementEndReason: null,
  imported: false, importedRne: null, importedDec: null, importedRec: null,
}
const row = (startsOn: string, change: string, extra: Partial<CareEpisodeInput> = {}): CareEpisodeInput => ({ ...base, startsOn, change, ...extra })

// Start on s20, move carers, an interim care order, a move to the same carers' other home with a
// full care order, then a return home: the sequence a period of care usually runs through.
const rows = [
  row('2024-06-10', 'START', { placementEndReason: 'CARPL' }),
  row('2024-09-02', 'PLACEMENT', { placementType: 'U3', placementEndReason: 'CHILD' }),
  row('2025-01-15', 'LEGAL_STATUS', { legalStatus: 'C1', placementType: 'U3' }),
  row('2025-05-20', 'BOTH', { legalStatus: 'C2', placementType: 'U4', sameCarers: true }),
  row('2025-08-01', 'PLACEMENT', { legalStatus: 'C2', placementType: 'K2', placementProvider: 'PR4', urn: 'SC123456' }),
  row('2025-08-08', 'BOTH', { legalStatus: 'E1', placementType: 'A4' }),
]
const ended: CarePeriodInput = { id: 'p1', startedOn: '2024-06-10', endedOn: '2026-02-28', reasonCeased: 'E11' }

describe('deriveEpisodes', () => {
  const derived = deriveEpisodes(ended, rows)

  it('starts the period with S and names each later change (L, P, U, B)', () => {
    expect(derived.map((e) => e.rne)).toEqual(['S', 'P', 'L', 'U', 'P', 'B'])
  })

  it('uses T for a placement change with the same carers', () => {
    const [, second] = deriveEpisodes(ended, [rows[0]!, row('2024-09-02', 'PLACEMENT', { sameCarers: true })])
    expect(second?.rne).toBe('T')
  })

  it('ends each episode the day the next starts with X1, and the last with the period end and reason', () => {
    expect(derived.map((e) => [e.dec, e.rec])).toEqual([
      ['2024-09-02', 'X1'], ['2025-01-15', 'X1'], ['2025-05-20', 'X1'], ['2025-08-01', 'X1'], ['2025-08-08', 'X1'], ['2026-02-28', 'E11'],
    ])
  })

  it('leaves the last episode open while the period is open', () => {
    const open = deriveEpisodes({ ...ended, endedOn: null, reasonCeased: null }, rows)
    expect(open.at(-1)).toMatchObject({ dec: null, rec: null })
  })

  it('orders the rows by date and ignores rows of other periods', () => {
    const shuffled = deriveEpisodes(ended, [rows[2]!, { ...rows[1]!, periodId: 'other' }, rows[0]!])
    expect(shuffled.map((e) => e.decom)).toEqual(['2024-06-10', '2025-01-15'])
    expect(shuffled[0]).toMatchObject({ rne: 'S', dec: '2025-01-15', rec: 'X1' })
  })
})

describe('episodeRowsForYear', () => {
  const derived = deriveEpisodes(ended, rows)

  it('reports only the episodes open in the year, in DfE columns and DD/MM/YYYY', () => {
    const out = episodeRowsForYear('C1', derived, 2025)
    // 2024-25: the first three episodes (June 2024 to May 2025); the third ends after 31 March.
    expect(out.map((r) => r.DECOM)).toEqual(['10/06/2024', '02/09/2024', '15/01/2025'])
    expect(out[0]).toEqual({
      CHILD: 'C1', DECOM: '10/06/2024', RNE: 'S', LS: 'V2', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR1', DEC: '02/09/2024', REC: 'X1',
      REASON_PLACE_CHANGE: 'CARPL', HOME_POST: 'LE2 2BB', PL_POST: 'LE1 1AA', URN: '',
    })
  })

  it('blanks DEC and REC when the episode ends after 31 March', () => {
    const last = episodeRowsForYear('C1', derived, 2025).at(-1)
    expect(last).toMatchObject({ DECOM: '15/01/2025', RNE: 'L', LS: 'C1', DEC: '', REC: '', REASON_PLACE_CHANGE: '' })
    const moved = episodeRowsForYear('C1', deriveEpisodes(ended, [rows[0]!, row('2025-05-01', 'PLACEMENT')]), 2025)
    expect(moved[0]).toMatchObject({ DEC: '', REC: '', REASON_PLACE_CHANGE: '' })
    expect(episodeRowsForYear('C1', deriveEpisodes(ended, [rows[0]!, row('2025-05-01', 'PLACEMENT')]), 2026)[0]).toMatchObject({ DEC: '01/05/2025', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' })
  })

  it('reports the end of care with the reason ceased in the year it happens', () => {
    const out = episodeRowsForYear('C1', derived, 2026)
    expect(out.map((r) => r.DECOM)).toEqual(['15/01/2025', '20/05/2025', '01/08/2025', '08/08/2025'])
    expect(out.at(-1)).toMatchObject({ RNE: 'B', LS: 'E1', PLACE: 'A4', DEC: '28/02/2026', REC: 'E11' })
    expect(out[2]).toMatchObject({ PLACE_PROVIDER: 'PR4', URN: 'SC123456', DEC: '08/08/2025', REC: 'X1' })
  })

  it('reports nothing for a year before the period or after it ended', () => {
    expect(episodeRowsForYear('C1', derived, 2024)).toEqual([])
    expect(episodeRowsForYear('C1', derived, 2027)).toEqual([])
  })
})

describe('importedEpisodeRow', () => {
  it('reports an imported row as loaded, whatever its neighbours', () => {
    const r = importedEpisodeRow('566910', row('2016-02-15', 'START', { imported: true, importedRne: 'L', importedDec: '2017-08-14', importedRec: 'X1', legalStatus: 'C2', placementType: 'T2', placementEndReason: 'CLOSE' }))
    expect(r).toMatchObject({ CHILD: '566910', DECOM: '15/02/2016', RNE: 'L', DEC: '14/08/2017', REC: 'X1', PLACE: 'T2', REASON_PLACE_CHANGE: 'CLOSE' })
  })

  it('formats dates as DD/MM/YYYY and blanks for none', () => {
    expect(ddmmyyyy('2026-03-31')).toBe('31/03/2026')
    expect(ddmmyyyy(null)).toBe('')
  })
})
