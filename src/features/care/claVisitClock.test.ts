import { describe, expect, it } from 'vitest'
import { createWorkingDayCalendar, nationalRules } from '../../domain/timescales/index.js'
import { chooseVisitRule, visitClock, type PlacementFacts } from './claVisitClock.js'

const base: PlacementFacts = { placementType: 'U4', legalStatus: 'C2', placementStart: '2025-06-02', legalStatusFrom: '2025-06-02', longTerm: false, childAgreedSixMonthly: false, unregistered: false, firstReviewOn: null }
const cal = createWorkingDayCalendar({ from: 2024, to: 2028 })
const pick = (p: Partial<PlacementFacts>, seen: string[], today = '2026-11-25') => chooseVisitRule({ ...base, ...p }, seen, today)

/** CPPCR 2010 reg 28: which visit rule applies to the current placement. */
describe('choosing the reg 28 visit rule', () => {
  it('wants a first visit within a week, then six-weekly in the first year', () => {
    expect(pick({ placementStart: '2026-11-20' }, ['2026-11-10'])).toMatchObject({ rule: { id: 'CLA_VISIT_FIRST_1W' }, single: true, start: '2026-11-20' })
    const c = pick({ placementStart: '2026-10-01' }, ['2026-10-05', '2026-11-10'])
    expect(c).toMatchObject({ rule: { id: 'CLA_VISIT_6W' }, start: '2026-10-05', occurrences: ['2026-11-10'] })
    expect(visitClock(c, nationalRules, cal, '2026-11-25')).toMatchObject({ dueOn: '2026-12-22', status: 'on_track' })
  })

  it('after the first year: three-monthly if long-term, six-monthly if the child agreed, else six-weekly', () => {
    const seen = ['2025-06-05', '2025-07-10', '2026-05-20', '2026-08-01']
    expect(pick({ longTerm: true }, seen)).toMatchObject({ rule: { id: 'CLA_VISIT_LONG_TERM_3M' }, start: '2026-05-20', occurrences: ['2026-08-01'] })
    expect(pick({ longTerm: true, childAgreedSixMonthly: true }, seen)).toMatchObject({ rule: { id: 'CLA_VISIT_LONG_TERM_AGREED_6M' } })
    expect(pick({}, seen)).toMatchObject({ rule: { id: 'CLA_VISIT_6W' } })
    // Long-term but still in the first year: six-weekly (reg 28(2)(b)).
    expect(pick({ longTerm: true, placementStart: '2026-06-01' }, ['2026-06-03'])).toMatchObject({ rule: { id: 'CLA_VISIT_6W' } })
  })

  it('connected persons and parents under an interim order: weekly until the first review', () => {
    expect(pick({ placementType: 'U3', placementStart: '2026-11-02' }, ['2026-11-05'])).toMatchObject({ rule: { id: 'CLA_VISIT_CONNECTED_PERSONS_1W' } })
    expect(pick({ placementType: 'P1', legalStatus: 'C1', placementStart: '2026-11-02' }, [])).toMatchObject({ rule: { id: 'CLA_VISIT_CONNECTED_PERSONS_1W' } })
    expect(pick({ placementType: 'P1', legalStatus: 'C1', placementStart: '2026-10-01', firstReviewOn: '2026-10-28' }, ['2026-10-08'])).toMatchObject({ rule: { id: 'CLA_VISIT_AFTER_FIRST_REVIEW_4W' }, start: '2026-10-28' })
    // A connected person after the first review: the general rule.
    expect(pick({ placementType: 'U3', placementStart: '2026-10-01', firstReviewOn: '2026-10-28' }, ['2026-10-08'])).toMatchObject({ rule: { id: 'CLA_VISIT_6W' } })
  })

  it('a parent under a full care order: within a week of the order; unregistered: weekly', () => {
    expect(pick({ placementType: 'P1', legalStatus: 'C2', placementStart: '2026-09-01', legalStatusFrom: '2026-11-20' }, ['2026-09-03'])).toMatchObject({ rule: { id: 'CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W' }, start: '2026-11-20' })
    expect(pick({ placementType: 'P1', legalStatus: 'C2', placementStart: '2026-09-01', legalStatusFrom: '2026-11-20' }, ['2026-11-21'])).toMatchObject({ rule: { id: 'CLA_VISIT_6W' }, start: '2026-11-21' })
    const c = pick({ unregistered: true, placementStart: '2026-11-02' }, ['2026-11-06'])
    expect(c.rule.id).toBe('CLA_VISIT_UNREGISTERED_1W')
    expect(visitClock(c, nationalRules, cal, '2026-11-25')).toMatchObject({ dueOn: '2026-11-13', status: 'overdue', daysLate: 12 })
  })
})
