import { describe, expect, it } from 'vitest'
import { changeDateProblem, legalStatusProblems, moveReasonProblem, placementProblems, yearEndingOf } from './careRules.js'

/** The checks on a change to a child's care, with the 903 rule each one enforces. */
describe('care change rules', () => {
  it('names the collection year by the 31 March it ends on', () => {
    expect(yearEndingOf('2026-03-31')).toBe(2026)
    expect(yearEndingOf('2026-04-01')).toBe(2027)
  })

  it('checks placement codes for the year of the change, and the provider rules', () => {
    expect(placementProblems({ placementType: 'K3', placementProvider: 'PR4' }, '2024-03-01').placementType).toContain('2023-24')
    expect(placementProblems({ placementType: 'K3', placementProvider: 'PR4' }, '2025-03-01')).toEqual({})
    expect(placementProblems({ placementType: 'Z1', placementProvider: 'PR4' }, '2025-03-01')).toEqual({})
    expect(placementProblems({ placementType: 'Z11' }, '2026-11-01')).toEqual({})
    expect(placementProblems({ placementType: 'T4', placementProvider: 'PR1' }, '2026-11-01')).toEqual({})
    expect(placementProblems({ placementType: 'T2', placementProvider: 'PR1' }, '2026-11-01').placementProvider).toContain('178')
    expect(placementProblems({ placementType: 'P1', placementProvider: 'PR4' }, '2026-11-01').placementProvider).toContain('530')
    expect(placementProblems({ placementType: 'P1', placementProvider: 'PR0' }, '2026-11-01')).toEqual({})
    expect(placementProblems({ placementType: 'U4', placementProvider: 'PR9' }, '2026-11-01').placementProvider).toContain('PR0 to PR5')
    expect(legalStatusProblems('D1', '2026-11-01').legalStatus).toContain('not a legal status')
    expect(legalStatusProblems('C2', '2026-11-01')).toEqual({})
  })

  it('needs a reason for a move unless the ending placement was temporary (903 rules 225, 226)', () => {
    expect(moveReasonProblem('U4', undefined)).toContain('rule 225')
    expect(moveReasonProblem('T1', undefined)).toBeNull()
    expect(moveReasonProblem('U4', 'CHILD')).toBeNull()
  })

  it('refuses a change before the period, before or on the day of the latest change (903 rule 501)', () => {
    expect(changeDateProblem('2026-01-01', '2026-03-01', '2026-02-01')).toContain('before the period')
    expect(changeDateProblem('2026-02-15', '2026-03-01', '2026-02-01')).toContain('latest change')
    expect(changeDateProblem('2026-03-01', '2026-03-01', '2026-02-01')).toContain('rule 501')
    expect(changeDateProblem('2026-03-02', '2026-03-01', '2026-02-01')).toBeNull()
  })
})
