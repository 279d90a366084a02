import { describe, expect, it } from 'vitest'
import { incompleteText, isPlanComplete, planGaps } from './completeness.js'

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
