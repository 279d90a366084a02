import { describe, expect, it } from 'vitest'
import { costOn, projectCost, workersNeeded, WEEKS_PER_YEAR } from './resources.js'

const costs = [
  { placementType: 'U6', weeklyCost: 500, effectiveFrom: '2026-04-01' },
  { placementType: 'U6', weeklyCost: 550, effectiveFrom: '2027-04-01' },
  { placementType: 'K2', weeklyCost: 5000, effectiveFrom: '2026-04-01' },
]

describe('resources', () => {
  it('counts the workers needed at the caseload threshold', () => {
    expect(workersNeeded(180, 18)).toBe(10)
    expect(workersNeeded(100, 18)).toBe(5.6)
    expect(workersNeeded(100, 0)).toBeNull()
  })

  it('takes the cost in effect on the day', () => {
    expect(costOn(costs, 'U6', '2026-03-31')).toBeNull()
    expect(costOn(costs, 'U6', '2026-04-01')).toBe(500)
    expect(costOn(costs, 'U6', '2028-01-01')).toBe(550)
  })

  it('costs projected children at the current mix, leaving out and reporting types with no cost', () => {
    // Now: 6 in U6, 2 in K2, 2 in U1 (no cost). 20 projected children keep that mix: 12, 4 and 4.
    const p = projectCost(20, { U6: 6, K2: 2, U1: 2 }, costs, '2027-05-31')
    expect(p.weekly).toBeCloseTo(12 * 550 + 4 * 5000, 6)
    expect(p.annual).toBeCloseTo(p.weekly * WEEKS_PER_YEAR, 6)
    expect(p.uncostedShare).toBeCloseTo(0.2, 12)
    expect(projectCost(20, {}, costs, '2027-05-31')).toEqual({ weekly: 0, annual: 0, uncostedShare: 0 })
  })
})
