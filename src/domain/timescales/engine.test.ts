import { describe, it, expect } from 'vitest'
import { createWorkingDayCalendar } from './calendar.js'
import { dueOn, evaluate, ragOf } from './engine.js'
import { ASSESSMENT_45WD, CONTACT_DECISION_1WD, defineTimescale, type TimescaleDefinition } from './rules.js'

const cal = createWorkingDayCalendar({ from: 2020, to: 2030 })

const base: Omit<TimescaleDefinition, 'id' | 'due'> = {
  title: 'Test clock',
  appliesTo: 'test',
  startsAt: { event: 'test.started', field: 'startedOn' },
  stopsAt: { event: 'test.stopped', field: 'stoppedOn' },
  source: 'Test',
  localOverride: true,
}
const oneMonth = defineTimescale({ ...base, id: 'TEST_1_MONTH', due: { amount: 1, unit: 'months' } })
const sixWeeks = defineTimescale({ ...base, id: 'TEST_6_WEEKS', due: { amount: 6, unit: 'weeks' } })
const tenDays = defineTimescale({ ...base, id: 'TEST_10_DAYS', due: { amount: 10, unit: 'days' } })
// Shaped like police protection (Children Act 1989 s46: no more than 72 hours).
const hours72 = defineTimescale({ ...base, id: 'TEST_72_HOURS', due: { amount: 72, unit: 'hours' } })

describe('ASSESSMENT_45WD: every status', () => {
  // Referral Thu 2 Jan 2025; 45 working days later is Thu 6 Mar 2025.
  const start = '2025-01-02'
  const at = (today: string, stop?: string | null) => evaluate(ASSESSMENT_45WD, { start, stop }, cal, today)

  it('is met when authorised on or before the due date', () => {
    expect(at('2025-04-01', '2025-03-06')).toEqual({ dueOn: '2025-03-06', status: 'met', daysLate: 0 })
    expect(at('2025-04-01', '2025-02-01').status).toBe('met')
  })

  it('is missed, late by working days, when authorised after it', () => {
    expect(at('2025-04-01', '2025-03-07')).toEqual({ dueOn: '2025-03-06', status: 'missed', daysLate: 1 })
    expect(at('2025-04-01', '2025-03-10').daysLate).toBe(2)
    // Authorised on Saturday: counts as Monday, so two working days late.
    expect(at('2025-04-01', '2025-03-08')).toMatchObject({ status: 'missed', daysLate: 2 })
  })

  it('is overdue when still open after the due date', () => {
    expect(at('2025-03-07')).toEqual({ dueOn: '2025-03-06', status: 'overdue', daysLate: 1 })
    expect(at('2025-03-13', null)).toMatchObject({ status: 'overdue', daysLate: 5 })
  })

  it('is due soon within 5 working days of the due date, and on track before', () => {
    expect(at('2025-02-26').status).toBe('on_track')
    expect(at('2025-02-27').status).toBe('due_soon') // 5 working days before Thu 6 Mar
    expect(at('2025-03-06').status).toBe('due_soon')
  })

  it('starts from the London date of a timestamp, rolling a bank holiday forward', () => {
    expect(dueOn(ASSESSMENT_45WD, '2025-01-01T23:30:00Z', cal)).toBe('2025-03-06') // New Year's Day → 2 Jan
    expect(dueOn(ASSESSMENT_45WD, '2025-06-01T23:30:00Z', cal)).toBe(cal.addWorkingDays('2025-06-02', 45)) // BST
  })
})

describe('CONTACT_DECISION_1WD', () => {
  const run = (start: string, today: string, stop?: string) =>
    evaluate(CONTACT_DECISION_1WD, { start, stop }, cal, today)

  it('is due the next working day and amber only on that day', () => {
    expect(run('2025-03-07T16:00:00Z', '2025-03-07')).toEqual({
      dueOn: '2025-03-10',
      status: 'on_track',
      daysLate: 0,
    })
    expect(run('2025-03-07T16:00:00Z', '2025-03-10').status).toBe('due_soon')
    expect(run('2025-03-07T16:00:00Z', '2025-03-11')).toMatchObject({ status: 'overdue', daysLate: 1 })
  })

  it('counts a weekend contact from Monday, and skips Christmas', () => {
    expect(run('2025-03-08T10:00:00Z', '2025-03-08').dueOn).toBe('2025-03-11')
    expect(run('2026-12-24T09:00:00Z', '2026-12-24').dueOn).toBe('2026-12-29')
    expect(run('2026-12-24T09:00:00Z', '2027-01-05', '2026-12-29T17:00:00Z').status).toBe('met')
  })
})

describe('calendar units', () => {
  it('adds months, clamping to month end', () => {
    expect(dueOn(oneMonth, '2024-01-31', cal)).toBe('2024-02-29')
    expect(dueOn(oneMonth, '2025-01-31', cal)).toBe('2025-02-28')
    expect(dueOn(oneMonth, '2025-03-31', cal)).toBe('2025-04-30')
    expect(dueOn(oneMonth, '2025-12-15', cal)).toBe('2026-01-15')
  })

  it('reports months and days lateness in calendar days', () => {
    expect(evaluate(oneMonth, { start: '2025-01-31', stop: '2025-03-02' }, cal, '2025-04-01')).toEqual({
      dueOn: '2025-02-28',
      status: 'missed',
      daysLate: 2,
    })
    expect(evaluate(tenDays, { start: '2025-03-01' }, cal, '2025-03-14')).toEqual({
      dueOn: '2025-03-11',
      status: 'overdue',
      daysLate: 3,
    })
  })

  it('adds weeks as 7 calendar days and warns 5 working days ahead by default', () => {
    const at = (today: string) => evaluate(sixWeeks, { start: '2025-03-03' }, cal, today)
    expect(at('2025-04-04')).toEqual({ dueOn: '2025-04-14', status: 'on_track', daysLate: 0 })
    expect(at('2025-04-07').status).toBe('due_soon')
    expect(at('2025-04-16')).toMatchObject({ status: 'overdue', daysLate: 2 })
  })
})

describe('countsStartDay', () => {
  const inclusive = defineTimescale({
    ...base,
    id: 'TEST_26_WEEKS_INCLUSIVE',
    due: { amount: 26, unit: 'weeks' },
    countsStartDay: true,
  })
  const exclusive = defineTimescale({ ...base, id: 'TEST_26_WEEKS', due: { amount: 26, unit: 'weeks' } })

  it('ends the period a day earlier when the start day is day 1', () => {
    expect(dueOn(exclusive, '2026-01-05', cal)).toBe('2026-07-06')
    expect(dueOn(inclusive, '2026-01-05', cal)).toBe('2026-07-05')
    expect(evaluate(inclusive, { start: '2026-01-05', stop: '2026-07-06' }, cal, '2026-07-10')).toEqual({
      dueOn: '2026-07-05',
      status: 'missed',
      daysLate: 1,
    })
  })
})

describe('hours unit', () => {
  const start = '2026-03-27T12:00:00Z' // the clocks go forward on 29 March
  const at = (today: string, stop?: string) => evaluate(hours72, { start, stop }, cal, today)

  it('runs on elapsed hours across a clock change', () => {
    expect(dueOn(hours72, start, cal)).toBe('2026-03-30T12:00:00.000Z')
    expect(dueOn(hours72, '2026-03-27T12:00:00+01:00', cal)).toBe('2026-03-30T11:00:00.000Z')
  })

  it('is met or missed against the due instant, late by whole days rounded up', () => {
    expect(at('2026-04-01', '2026-03-30T12:00:00Z').status).toBe('met')
    expect(at('2026-04-01', '2026-03-30T13:00:00Z')).toMatchObject({ status: 'missed', daysLate: 1 })
  })

  it('uses the instant when today is a timestamp', () => {
    expect(at('2026-03-28T00:00:00Z').status).toBe('on_track')
    expect(at('2026-03-29T12:30:00Z').status).toBe('due_soon') // within the default 24 hours
    expect(at('2026-03-31T13:00:00Z')).toMatchObject({ status: 'overdue', daysLate: 2 })
  })

  it('compares London dates when only today’s date is known', () => {
    expect(at('2026-03-28').status).toBe('on_track')
    expect(at('2026-03-30').status).toBe('due_soon')
    expect(at('2026-03-31')).toMatchObject({ status: 'overdue', daysLate: 1 })
  })

  it('refuses a date where it needs a timestamp', () => {
    expect(() => dueOn(hours72, '2026-03-27', cal)).toThrow(TypeError)
    expect(() => at('2026-04-01', '2026-03-30')).toThrow(TypeError)
  })
})

describe('ragOf', () => {
  it('maps every status to a RAG rating', () => {
    expect(ragOf('missed')).toBe('red')
    expect(ragOf('overdue')).toBe('red')
    expect(ragOf('due_soon')).toBe('amber')
    expect(ragOf('on_track')).toBe('green')
    expect(ragOf('met')).toBe('green')
  })
})
