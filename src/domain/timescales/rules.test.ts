import { describe, it, expect } from 'vitest'
import { isAppError } from '../../errors.js'
import {
  applyLocalStandards,
  ASSESSMENT_45WD,
  CARE_PROCEEDINGS_26W,
  CIN_VISIT_20WD,
  CONTACT_DECISION_1WD,
  CP_VISIT_10WD,
  defineTimescale,
  POLICE_PROTECTION_72H,
  PRE_PROCEEDINGS_16W,
  RCPC_6M,
  ruleById,
  STRATEGY_TO_ICPC_15WD,
  timescaleRules,
  withLocalStandard,
} from './rules.js'

const cpVisits = CP_VISIT_10WD

describe('timescale rules', () => {
  it('finds rules by id', () => {
    expect(ruleById('ASSESSMENT_45WD')).toBe(ASSESSMENT_45WD)
    expect(ruleById('CONTACT_DECISION_1WD')).toBe(CONTACT_DECISION_1WD)
    expect(ruleById('NOPE')).toBeUndefined()
  })

  it('are frozen data', () => {
    expect(Object.isFrozen(timescaleRules)).toBe(true)
    expect(Object.isFrozen(ASSESSMENT_45WD.due)).toBe(true)
    expect(timescaleRules.every((r) => r.standard === 'national' && r.source.length > 0)).toBe(true)
  })

  it('rejects malformed definitions', () => {
    const bad = (patch: object) => () => defineTimescale({ ...cpVisits, ...patch })
    expect(bad({ id: 'lower_case' })).toThrow(TypeError)
    expect(bad({ due: { amount: 1.5, unit: 'days' } })).toThrow(RangeError)
    expect(bad({ due: { amount: 3, unit: 'fortnights' } })).toThrow(TypeError)
    expect(bad({ warnBefore: { amount: 4, unit: 'hours' } })).toThrow(TypeError)
    expect(bad({ source: ' ' })).toThrow(TypeError)
    expect(bad({ repeat: { every: 10, unit: 'working_days', until: { event: '', field: 'x' } } })).toThrow(
      TypeError,
    )
    expect(bad({ countsStartDay: true })).toThrow(/calendar units/)
    expect(() => defineTimescale({ ...POLICE_PROTECTION_72H, repeat: { every: 72, unit: 'hours' } })).toThrow(
      /days, not hours/,
    )
  })

  it('statutory rules cannot be relaxed; only local practice standards can', () => {
    const local = timescaleRules.filter((r) => r.localOverride).map((r) => r.id)
    expect(local.sort()).toEqual(['CIN_PLAN_REVIEW_3M', 'CIN_VISIT_20WD', 'CLA_VISIT_UNREGISTERED_1W', 'CORE_GROUP_6W', 'CP_VISIT_10WD', 'DENTAL_12M', 'PEP_REVIEW_TERMLY', 'PRE_PROCEEDINGS_16W', 'SDQ_12M'])
    for (const r of timescaleRules.filter((r) => r.localOverride)) expect(r.source).toMatch(/^Local/)
  })

  it('cite their source', () => {
    expect(STRATEGY_TO_ICPC_15WD.source).toMatch(/Working Together to Safeguard Children 2023/)
    expect(POLICE_PROTECTION_72H.source).toMatch(/Children Act 1989 s46/)
    expect(CARE_PROCEEDINGS_26W.source).toMatch(/s32.*Children and Families Act 2014/)
    expect(CP_VISIT_10WD.source).toMatch(/Annex A List 7/)
    expect(PRE_PROCEEDINGS_16W.source).toMatch(/PLO pre-proceedings practice guidance \(2023\)/)
  })
})

describe('withLocalStandard', () => {
  it('refuses to relax a statutory timescale', () => {
    expect(() => withLocalStandard(ASSESSMENT_45WD, { amount: 60, unit: 'working_days' })).toThrow(
      /statutory/,
    )
    const thrown = (() => {
      try {
        withLocalStandard(CONTACT_DECISION_1WD, { amount: 2, unit: 'working_days' })
      } catch (e) {
        return e
      }
    })()
    expect(isAppError(thrown) && thrown.code).toBe('rule_broken')
    expect(ASSESSMENT_45WD.due.amount).toBe(45)
  })

  it('returns a local copy for a rule that allows one, leaving the original alone', () => {
    const local = withLocalStandard(cpVisits, { amount: 20, unit: 'working_days' })
    expect(local).toMatchObject({
      id: 'CP_VISIT_10WD',
      standard: 'local',
      due: { amount: 20, unit: 'working_days' },
    })
    expect(cpVisits.due.amount).toBe(10)
    expect(cpVisits.standard).toBe('national')
    expect(Object.isFrozen(local.due)).toBe(true)
  })

  it('sets the interval of a repeating rule as well as its first due date', () => {
    const local = withLocalStandard(CIN_VISIT_20WD, { amount: 6, unit: 'weeks' })
    expect(local.due).toEqual({ amount: 6, unit: 'weeks' })
    expect(local.repeat).toEqual({ every: 6, unit: 'weeks', until: CIN_VISIT_20WD.repeat?.until })
    expect(CIN_VISIT_20WD.repeat?.every).toBe(20)
  })

  it('still validates the local duration', () => {
    expect(() => withLocalStandard(cpVisits, { amount: -1, unit: 'days' })).toThrow(RangeError)
  })
})

describe('applyLocalStandards', () => {
  it('applies a council’s standards, leaving the other rules and their order alone', () => {
    const rules = applyLocalStandards(timescaleRules, {
      CP_VISIT_10WD: { amount: 15, unit: 'working_days' },
      CIN_PLAN_REVIEW_3M: { amount: 8, unit: 'weeks' },
    })
    expect(rules.map((r) => r.id)).toEqual(timescaleRules.map((r) => r.id))
    expect(rules.find((r) => r.id === 'CP_VISIT_10WD')).toMatchObject({
      standard: 'local',
      due: { amount: 15, unit: 'working_days' },
      repeat: { every: 15, unit: 'working_days' },
    })
    expect(rules.find((r) => r.id === 'CIN_PLAN_REVIEW_3M')?.due).toEqual({ amount: 8, unit: 'weeks' })
    expect(rules.find((r) => r.id === 'RCPC_6M')).toBe(RCPC_6M)
    expect(Object.isFrozen(rules)).toBe(true)
    expect(CP_VISIT_10WD.due.amount).toBe(10)
  })

  it('with no overrides, is the national rule set', () => {
    expect(applyLocalStandards(timescaleRules, {})).toEqual(timescaleRules)
  })

  it('refuses an override of a statutory rule', () => {
    expect(() =>
      applyLocalStandards(timescaleRules, { STRATEGY_TO_ICPC_15WD: { amount: 20, unit: 'working_days' } }),
    ).toThrow(/statutory/)
    expect(() => applyLocalStandards(timescaleRules, { RCPC_6M: { amount: 9, unit: 'months' } })).toThrow(
      /statutory/,
    )
  })

  it('refuses an id that names no rule, so a typo cannot leave the default in place', () => {
    const thrown = (() => {
      try {
        applyLocalStandards(timescaleRules, { CP_VISITS_10WD: { amount: 15, unit: 'working_days' } })
      } catch (e) {
        return e
      }
    })()
    expect(isAppError(thrown) && thrown.code).toBe('rule_broken')
    expect(isAppError(thrown) && thrown.message).toMatch(/CP_VISITS_10WD/)
  })

  it('still validates the local duration', () => {
    expect(() => applyLocalStandards(timescaleRules, { CP_VISIT_10WD: { amount: 0, unit: 'days' } })).toThrow(
      RangeError,
    )
  })
})
