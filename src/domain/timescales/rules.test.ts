import { describe, it, expect } from 'vitest'
import { isAppError } from '../../errors.js'
import {
  ASSESSMENT_45WD,
  CONTACT_DECISION_1WD,
  defineTimescale,
  ruleById,
  timescaleRules,
  withLocalStandard,
} from './rules.js'

const cpVisits = defineTimescale({
  id: 'CP_VISIT_10WD',
  title: 'Child on a protection plan visited',
  appliesTo: 'cp_plan',
  startsAt: { event: 'visit.completed', field: 'visitedOn' },
  stopsAt: { event: 'visit.completed', field: 'visitedOn' },
  due: { amount: 10, unit: 'working_days' },
  repeat: { every: 10, unit: 'working_days' },
  source: 'Local practice standard (no national minimum)',
  localOverride: true,
})

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

  it('still validates the local duration', () => {
    expect(() => withLocalStandard(cpVisits, { amount: -1, unit: 'days' })).toThrow(RangeError)
  })
})
