import { describe, expect, it } from 'vitest'
import { createWorkingDayCalendar } from '../../domain/timescales/index.js'
import { careReviewClocks, type CareFacts } from './careReviewClocks.js'

const cal = createWorkingDayCalendar({ from: 2020, to: 2030 })
const period = {
  id: 'p1',
  childId: 'c1',
  startedOn: '2026-01-05',
  endedOn: null,
  reasonCeased: null,
  imported: false,
  createdBy: 'u',
  createdAt: new Date(),
  version: 1,
}
const facts = (f: Partial<CareFacts> = {}): CareFacts => ({
  dateOfBirth: '2015-03-14',
  periods: [period],
  placements: [{ periodId: 'p1', startsOn: '2026-01-05' }],
  plans: [],
  reviews: [],
  peps: [],
  health: [],
  permanence: [],
  ...f,
})
const clock = (f: CareFacts, id: string, today = '2026-11-25') =>
  careReviewClocks(f, cal, today).clocks.find((c) => c.id === id)

/** The care-review clocks from the facts alone (CPPCR 2010 regs 4, 7, 9 and 33). */
describe('care-review clocks', () => {
  it('has no clocks when the child is not in care, or the period has ended', () => {
    expect(careReviewClocks(facts({ periods: [] }), cal, '2026-11-25').clocks).toEqual([])
    const ended = careReviewClocks(
      facts({ periods: [{ ...period, endedOn: '2026-03-01', reasonCeased: 'E11' }] }),
      cal,
      '2026-11-25',
    )
    expect(ended).toMatchObject({ period: null, clocks: [], nextReviewDue: null, permanenceMissing: false })
  })

  it('runs reviews at 20 working days, then 3 months, then every 6 months (reg 33)', () => {
    const f = facts({
      reviews: [{ heldOn: '2026-01-30' }, { heldOn: '2026-04-28' }, { heldOn: '2026-10-20' }],
    })
    expect(clock(f, 'CLA_REVIEW_FIRST_20WD')).toMatchObject({ dueOn: '2026-02-02', status: 'met' })
    expect(clock(f, 'CLA_REVIEW_SECOND_3M')).toMatchObject({ dueOn: '2026-04-30', status: 'met' })
    // The third was due 28 Oct (6 months after the second) and held 20 Oct; the fourth is due 20 Apr 2027.
    expect(clock(f, 'CLA_REVIEW_6M')).toMatchObject({
      dueOn: '2027-04-20',
      status: 'on_track',
      missedIntervals: 0,
    })
    expect(careReviewClocks(f, cal, '2026-11-25').nextReviewDue).toBe('2027-04-20')
  })

  it('ignores reviews held outside the open period of care', () => {
    const f = facts({ reviews: [{ heldOn: '2025-12-01' }] })
    expect(clock(f, 'CLA_REVIEW_FIRST_20WD')).toMatchObject({ status: 'overdue' })
    expect(clock(f, 'CLA_REVIEW_SECOND_3M')).toBeUndefined()
  })

  it('needs a new placement plan after a move: the old one does not count', () => {
    const f = facts({
      placements: [
        { periodId: 'p1', startsOn: '2026-01-05' },
        { periodId: 'p1', startsOn: '2026-11-16' },
      ],
      plans: [{ kind: 'PLACEMENT', startDate: '2026-01-06', endDate: null }],
    })
    expect(clock(f, 'PLACEMENT_PLAN_5WD')).toMatchObject({
      dueOn: '2026-11-23',
      status: 'overdue',
      daysLate: 2,
    })
    const moved = { ...f, plans: [...f.plans, { kind: 'PLACEMENT', startDate: '2026-11-13', endDate: null }] }
    // Made before the placement started: in time (reg 9(2)).
    expect(clock(moved, 'PLACEMENT_PLAN_5WD')).toMatchObject({ status: 'met' })
  })

  it('picks the review health assessment interval by age (Sch 1 para 3)', () => {
    const health = [{ kind: 'INITIAL_HEALTH_ASSESSMENT', doneOn: '2026-01-20' }]
    expect(clock(facts({ dateOfBirth: '2023-05-01', health }), 'RHA_UNDER5_6M')).toMatchObject({
      dueOn: '2026-07-20',
      status: 'overdue',
    })
    expect(clock(facts({ dateOfBirth: '2023-05-01', health }), 'RHA_12M')).toBeUndefined()
    expect(clock(facts({ health }), 'RHA_12M')).toMatchObject({ dueOn: '2027-01-20', status: 'on_track' })
    // No SDQ clock for a child under 4.
    expect(clock(facts({ dateOfBirth: '2023-05-01' }), 'SDQ_12M')).toBeUndefined()
  })

  it('flags a missing permanence plan after 4 months in care, or after the second review', () => {
    expect(careReviewClocks(facts(), cal, '2026-05-05').permanenceMissing).toBe(false)
    expect(careReviewClocks(facts(), cal, '2026-05-06').permanenceMissing).toBe(true)
    expect(
      careReviewClocks(
        facts({ reviews: [{ heldOn: '2026-01-30' }, { heldOn: '2026-03-02' }] }),
        cal,
        '2026-03-10',
      ).permanenceMissing,
    ).toBe(true)
    expect(careReviewClocks(facts({ permanence: [{}] }), cal, '2026-11-25').permanenceMissing).toBe(false)
  })
})
