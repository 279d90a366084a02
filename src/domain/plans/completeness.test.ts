import { describe, expect, it } from 'vitest'
import { hasDomesticAbuse, incompleteText, isPlanComplete, planGaps, safetyPlanGaps, safetyPlanIncompleteText } from './completeness.js'

const action = (status = 'NOT_STARTED') => ({ status })
const full = { wishesAndFeelings: 'Wants to see dad more', identity: 'Muslim; speaks Urdu at home', actions: [action()] }

describe('plan completeness (Working Together 2023 ch.2)', () => {
  it('a plan with wishes and feelings, identity and a live action is complete', () => {
    expect(planGaps(full)).toEqual([])
    expect(isPlanComplete(full)).toBe(true)
    expect(incompleteText(full)).toBeNull()
  })

  it('missing wishes and feelings is incomplete (blank text counts as missing)', () => {
    expect(planGaps({ ...full, wishesAndFeelings: null })).toEqual(['wishesAndFeelings'])
    expect(planGaps({ ...full, wishesAndFeelings: '   ' })).toEqual(['wishesAndFeelings'])
  })

  it('missing identity, religion and culture is incomplete', () => {
    expect(planGaps({ ...full, identity: '' })).toEqual(['identity'])
    expect(incompleteText({ ...full, identity: null })).toBe('Incomplete: missing identity, religion and culture')
  })

  it('no actions, or only dropped ones, is incomplete', () => {
    expect(planGaps({ ...full, actions: [] })).toEqual(['actions'])
    expect(planGaps({ ...full, actions: [action('DROPPED')] })).toEqual(['actions'])
    expect(isPlanComplete({ ...full, actions: [action('DROPPED'), action('DONE')] })).toBe(true)
  })

  it('lists every gap in order', () => {
    expect(planGaps({ wishesAndFeelings: null, identity: null, actions: [] })).toEqual(['wishesAndFeelings', 'identity', 'actions'])
  })
})

describe('plan completeness where the assessment found domestic abuse (Ofsted 2024, Leicester)', () => {
  const safety = { safetyPlan: 'Mother and children to stay with grandmother if father returns', parentsHistory: 'Mother: abusive first relationship; father: witnessed abuse as a child' }

  it('factors 3A, 3B and 3C are domestic abuse; others are not', () => {
    expect(['3A', '3B', '3C'].every((f) => hasDomesticAbuse([f]))).toBe(true)
    expect(hasDomesticAbuse(['4B', '21'])).toBe(false)
  })

  it('without the safety plan and the parents’ own history of trauma the plan is incomplete', () => {
    expect(planGaps({ ...full, domesticAbuse: true })).toEqual(['safetyPlan', 'parentsHistory'])
    expect(planGaps({ ...full, domesticAbuse: true, ...safety, parentsHistory: ' ' })).toEqual(['parentsHistory'])
    expect(incompleteText({ ...full, domesticAbuse: true, safetyPlan: null, parentsHistory: safety.parentsHistory })).toBe('Incomplete: missing the domestic abuse safety plan')
    expect(isPlanComplete({ ...full, domesticAbuse: true, ...safety })).toBe(true)
  })

  it('without domestic abuse they are not needed', () => {
    expect(isPlanComplete({ ...full, domesticAbuse: false })).toBe(true)
  })

  it('a CP plan is judged on the same two parts alone (its actions and views are the conference’s)', () => {
    expect(safetyPlanGaps({ domesticAbuse: true })).toEqual(['safetyPlan', 'parentsHistory'])
    expect(safetyPlanIncompleteText({ domesticAbuse: true, ...safety, safetyPlan: '' })).toBe('Incomplete: missing the domestic abuse safety plan')
    expect(safetyPlanIncompleteText({ domesticAbuse: true, ...safety })).toBeNull()
    expect(safetyPlanIncompleteText({ domesticAbuse: false })).toBeNull()
  })
})
