import { describe, it, expect } from 'vitest'
import { createWorkingDayCalendar } from './calendar.js'
import { evaluateRepeating, nextDue } from './repeat.js'
import { ASSESSMENT_45WD, CIN_PLAN_REVIEW_3M, CP_VISIT_10WD, RCPC_6M, withLocalStandard } from './rules.js'

const cal = createWorkingDayCalendar({ from: 2020, to: 2030 })

describe('nextDue', () => {
  it('counts the repeat interval from the last occurrence, skipping bank holidays', () => {
    // Visit Wed 23 Dec 2026; 25 Dec, 28 Dec and 1 Jan are bank holidays.
    expect(nextDue(CP_VISIT_10WD, '2026-12-23', cal)).toBe('2027-01-11')
    expect(nextDue(CP_VISIT_10WD, '2026-12-23T18:30:00Z', cal)).toBe('2027-01-11')
    // A visit on Saturday counts from Monday.
    expect(nextDue(CP_VISIT_10WD, '2027-01-09', cal)).toBe(cal.addWorkingDays('2027-01-11', 10))
  })

  it('adds calendar months, clamped to month end', () => {
    expect(nextDue(RCPC_6M, '2026-08-31', cal)).toBe('2027-02-28')
    expect(nextDue(CIN_PLAN_REVIEW_3M, '2027-11-30', cal)).toBe('2028-02-29')
  })

  it('uses a local standard’s interval', () => {
    const local = withLocalStandard(CP_VISIT_10WD, { amount: 15, unit: 'working_days' })
    expect(nextDue(local, '2026-12-23', cal)).toBe('2027-01-18')
  })

  it('refuses a rule that does not repeat', () => {
    expect(() => nextDue(ASSESSMENT_45WD, '2026-12-23', cal)).toThrow(/not a repeating/)
  })
})

describe('evaluateRepeating', () => {
  const start = '2026-12-21' // CP plan starts Mon 21 Dec 2026; first visit due Thu 7 Jan 2027
  const at = (occurrences: string[], today: string, until?: string) =>
    evaluateRepeating(CP_VISIT_10WD, { start, occurrences, until }, cal, today)

  it('with no occurrences, is the first interval from the start', () => {
    expect(at([], '2026-12-22')).toMatchObject({
      dueOn: '2027-01-07',
      status: 'on_track',
      missedIntervals: 0,
      intervals: [],
      lastOccurrence: null,
      ended: false,
    })
    expect(at([], '2027-01-04').status).toBe('due_soon')
    expect(at([], '2027-01-08')).toMatchObject({ status: 'overdue', daysLate: 1 })
  })

  it('judges each closed interval and counts the missed ones', () => {
    // Visits: 6 Jan (on time), 25 Jan (due 20 Jan: 3 WD late), 29 Jan (on time).
    const r = at(['2027-01-29', '2027-01-06', '2027-01-25'], '2027-02-01')
    expect(r.intervals).toEqual([
      { dueOn: '2027-01-07', status: 'met', daysLate: 0 },
      { dueOn: '2027-01-20', status: 'missed', daysLate: 3 },
      { dueOn: '2027-02-08', status: 'met', daysLate: 0 },
    ])
    expect(r).toMatchObject({
      dueOn: '2027-02-12',
      status: 'on_track',
      missedIntervals: 1,
      lastOccurrence: '2027-01-29',
    })
  })

  it('ignores duplicate days and occurrences outside the clock', () => {
    const r = at(
      ['2026-12-01', '2027-01-06', '2027-01-06T15:00:00Z', '2027-03-01'],
      '2027-01-07',
      '2027-02-01',
    )
    expect(r.intervals).toHaveLength(1)
    expect(r.lastOccurrence).toBe('2027-01-06')
  })

  it('closes the last interval at the end: met if nothing was owed, missed if already late', () => {
    expect(at(['2027-01-06'], '2027-03-01', '2027-01-15')).toMatchObject({
      dueOn: '2027-01-20',
      status: 'met',
      ended: true,
    })
    expect(at(['2027-01-06'], '2027-03-01', '2027-01-22')).toMatchObject({
      dueOn: '2027-01-20',
      status: 'missed',
      daysLate: 2,
      ended: true,
    })
  })

  it('refuses a rule that does not repeat', () => {
    expect(() => evaluateRepeating(ASSESSMENT_45WD, { start, occurrences: [] }, cal, '2027-01-01')).toThrow(
      /not a repeating/,
    )
  })
})
