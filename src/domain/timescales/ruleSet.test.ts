import { describe, expect, it } from 'vitest'
import { ASSESSMENT_45WD, CP_VISIT_10WD } from './rules.js'
import { nationalRules, ruleSetWith } from './ruleSet.js'

describe('the rule set in force (ARCHITECTURE.md §7)', () => {
  it('gives the council’s version of a rule with a local standard, and the national one otherwise', () => {
    const set = ruleSetWith({ CP_VISIT_10WD: { amount: 15, unit: 'working_days' } })
    expect(set.of(CP_VISIT_10WD)).toMatchObject({ standard: 'local', due: { amount: 15 }, repeat: { every: 15 } })
    expect(set.of(ASSESSMENT_45WD)).toBe(ASSESSMENT_45WD)
    expect(nationalRules.of(CP_VISIT_10WD)).toBe(CP_VISIT_10WD)
    expect(set.all.map((r) => r.id)).toEqual(nationalRules.all.map((r) => r.id))
  })

  it('refuses a local standard for a statutory rule', () => {
    expect(() => ruleSetWith({ ASSESSMENT_45WD: { amount: 50, unit: 'working_days' } })).toThrow(/statutory/)
  })
})
