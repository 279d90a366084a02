/**
 * One engine for every clock (SHAPES.md §1): "My work", the child page, KPIs and returns all call
 * `evaluate`, so a deadline can never be computed two ways.
 */
import type { WorkingDayCalendar } from './calendar.js'
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  parseInstant,
  toIsoDate,
  toLondonDate,
  type IsoDate,
} from './dates.js'
import type { Duration, TimescaleRule } from './define.js'

export type TimescaleStatus = 'met' | 'missed' | 'overdue' | 'due_soon' | 'on_track'
export type Rag = 'red' | 'amber' | 'green'

export type ClockRecord = {
  /** ISO date, or ISO timestamp (required for hours clocks; a day clock uses its London date). */
  readonly start: string
  /** When the stop event happened; null or absent while the clock is open. */
  readonly stop?: string | null
}

export type Evaluation = {
  /** ISO date for day clocks; ISO timestamp (UTC) for hours clocks. */
  readonly dueOn: string
  readonly status: TimescaleStatus
  /** Working days late for working-day rules, calendar days otherwise; 0 unless missed or overdue. */
  readonly daysLate: number
}

/** ARCHITECTURE.md §7: amber when due within 5 working days, unless the rule says otherwise. */
export const DEFAULT_WARN_BEFORE: Duration = Object.freeze({ amount: 5, unit: 'working_days' })
/** A working-day window means nothing against a 72-hour clock, so hours clocks warn a day ahead. */
export const DEFAULT_WARN_BEFORE_HOURS: Duration = Object.freeze({ amount: 24, unit: 'hours' })

const MS_PER_HOUR = 3_600_000
const MS_PER_DAY = 24 * MS_PER_HOUR

/** Adds a day-based duration to a date. Negative amounts count back. */
export function addDuration(
  date: IsoDate,
  d: Duration,
  calendar: WorkingDayCalendar,
  sign: 1 | -1 = 1,
): IsoDate {
  const n = d.amount * sign
  switch (d.unit) {
    case 'working_days':
      return calendar.addWorkingDays(date, n)
    case 'days':
      return addDays(date, n)
    case 'weeks':
      return addDays(date, 7 * n)
    case 'months':
      return addMonths(date, n)
    case 'hours':
      throw new TypeError('An hours duration needs a timestamp, not a date')
  }
}

/** The due date (or, for hours clocks, the due instant) of a clock started at `start`. */
export function dueOn(rule: TimescaleRule, start: string, calendar: WorkingDayCalendar): string {
  if (rule.due.unit === 'hours') return dueInstant(rule, start).toISOString()
  return dueDateAfter(rule, rule.due, toIsoDate(start), calendar)
}

/**
 * The due date of a day-based period from `from`. A rule that counts the start day as day 1
 * (Children Act 1989 s32: "beginning with the day") ends one calendar day earlier.
 */
export function dueDateAfter(
  rule: TimescaleRule,
  period: Duration,
  from: IsoDate,
  calendar: WorkingDayCalendar,
): IsoDate {
  const end = addDuration(from, period, calendar)
  return rule.countsStartDay ? addDays(end, -1) : end
}

export function evaluate(
  rule: TimescaleRule,
  record: ClockRecord,
  calendar: WorkingDayCalendar,
  today: string,
): Evaluation {
  return rule.due.unit === 'hours'
    ? evaluateHours(rule, record, today)
    : evaluateAgainst(rule, dueOn(rule, record.start, calendar), record.stop, calendar, today)
}

/**
 * The status of a day clock with a known due date: met or missed once stopped, otherwise overdue,
 * due soon or on track. Shared by single and repeating clocks (repeat.ts).
 */
export function evaluateAgainst(
  rule: TimescaleRule,
  due: IsoDate,
  stopAt: string | null | undefined,
  calendar: WorkingDayCalendar,
  today: string,
): Evaluation {
  // Working-day rules report lateness in working days. An event on a non-working day counts as the
  // next working day, the same convention as the start (calendar.addWorkingDays): a Friday deadline
  // met on Saturday is one working day late.
  const lateBy = (date: IsoDate): number =>
    rule.due.unit === 'working_days'
      ? calendar.workingDaysBetween(due, calendar.addWorkingDays(date, 0))
      : daysBetween(due, date)

  if (stopAt != null) {
    const stop = toIsoDate(stopAt)
    return stop <= due
      ? { dueOn: due, status: 'met', daysLate: 0 }
      : { dueOn: due, status: 'missed', daysLate: lateBy(stop) }
  }
  const now = toIsoDate(today)
  if (now > due) return { dueOn: due, status: 'overdue', daysLate: lateBy(now) }
  const warnFrom = addDuration(due, rule.warnBefore ?? DEFAULT_WARN_BEFORE, calendar, -1)
  return { dueOn: due, status: now >= warnFrom ? 'due_soon' : 'on_track', daysLate: 0 }
}

/**
 * Hours clocks (police protection 72 hours, Children Act 1989 s46) run on elapsed time, so a
 * clock change in the middle does not add or remove an hour. Lateness is whole days, rounded up.
 */
function evaluateHours(rule: TimescaleRule, record: ClockRecord, today: string): Evaluation {
  const due = dueInstant(rule, record.start)
  const dueIso = due.toISOString()
  const warnMs = (rule.warnBefore ?? DEFAULT_WARN_BEFORE_HOURS).amount * MS_PER_HOUR
  const daysAfterDue = (t: Date) => Math.ceil((t.getTime() - due.getTime()) / MS_PER_DAY)

  if (record.stop != null) {
    const stop = instantOf(record.stop, 'stop')
    return stop <= due
      ? { dueOn: dueIso, status: 'met', daysLate: 0 }
      : { dueOn: dueIso, status: 'missed', daysLate: daysAfterDue(stop) }
  }
  if (!isIsoDate(today)) {
    const now = parseInstant(today)
    if (now > due) return { dueOn: dueIso, status: 'overdue', daysLate: daysAfterDue(now) }
    const soon = now.getTime() >= due.getTime() - warnMs
    return { dueOn: dueIso, status: soon ? 'due_soon' : 'on_track', daysLate: 0 }
  }
  // Only a date is known (a nightly KPI run): overdue once the London due day has passed.
  const dueDate = toLondonDate(due)
  if (today > dueDate) return { dueOn: dueIso, status: 'overdue', daysLate: daysBetween(dueDate, today) }
  const warnDate = toLondonDate(new Date(due.getTime() - warnMs))
  return { dueOn: dueIso, status: today >= warnDate ? 'due_soon' : 'on_track', daysLate: 0 }
}

function dueInstant(rule: TimescaleRule, start: string): Date {
  return new Date(instantOf(start, 'start').getTime() + rule.due.amount * MS_PER_HOUR)
}

function instantOf(value: string, what: string): Date {
  if (isIsoDate(value))
    throw new TypeError(`An hours clock needs a timestamp for its ${what}, not a date: ${value}`)
  return parseInstant(value)
}

/** Red for missed or overdue, amber for due soon, green for met or on track. */
export function ragOf(status: TimescaleStatus): Rag {
  switch (status) {
    case 'missed':
    case 'overdue':
      return 'red'
    case 'due_soon':
      return 'amber'
    case 'met':
    case 'on_track':
      return 'green'
  }
}
