import { describe, expect, it } from 'vitest'
import { longTermStable, placementsInYear, threeOrMorePlacements, type StabilityEpisode } from './placementStability.js'

const period = { periodStartedOn: '2023-01-10', periodEndedOn: null }
const ep = (startsOn: string, change: string, placementType = 'U4'): StabilityEpisode => ({ startsOn, change, placementType, ...period })

/** DfE placement stability measures (children looked after in England). */
describe('placement stability', () => {
  const moves = [ep('2023-01-10', 'START'), ep('2025-12-01', 'PLACEMENT'), ep('2026-02-01', 'LEGAL_STATUS'), ep('2026-03-01', 'PLACEMENT', 'T1'), ep('2026-03-05', 'PLACEMENT'), ep('2026-06-01', 'BOTH')]

  it('counts placements live in the 12 months, not legal status changes or temporary moves', () => {
    // In the year to 25 Nov 2026: the 2023 placement (until 1 Dec 2025), Dec 2025, Mar 2026, Jun 2026.
    expect(placementsInYear(moves, '2026-11-25')).toBe(4)
    expect(threeOrMorePlacements(moves, '2026-11-25')).toBe(true)
    expect(placementsInYear(moves, '2025-11-25')).toBe(1)
    expect(threeOrMorePlacements(moves, '2025-11-25')).toBe(false)
    // Not looked after at the date: not counted at all.
    expect(threeOrMorePlacements(moves.map((e) => ({ ...e, periodEndedOn: '2026-07-01' })), '2026-11-25')).toBe(false)
  })

  it('long-term stability: under 16, in care 2.5 years, same placement 2 years', () => {
    const stable = [ep('2023-01-10', 'START'), ep('2024-01-05', 'PLACEMENT'), ep('2025-05-01', 'LEGAL_STATUS'), ep('2026-02-01', 'PLACEMENT', 'T2')]
    expect(longTermStable(stable, '2015-03-14', '2026-11-25')).toBe(true)
    expect(longTermStable(moves, '2015-03-14', '2026-11-25')).toBe(false)
    // Aged 16 or over, or in care under 2.5 years: outside the measure.
    expect(longTermStable(stable, '2010-01-01', '2026-11-25')).toBeNull()
    expect(longTermStable([{ ...ep('2025-01-10', 'START'), periodStartedOn: '2025-01-10' }], '2015-03-14', '2026-11-25')).toBeNull()
  })
})
