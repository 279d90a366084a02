/**
 * Repeating clocks: visits, core groups and reviews (SHAPES.md §1, `repeat`). The first
 * occurrence is due `rule.due` after the start (the plan start, the first core group); each
 * occurrence restarts the clock, and the next one is due `repeat.every` after it. Every interval
 * is judged by the same `evaluateAgainst` as a single clock, so a late visit and a late assessment
 * are late in the same way.
 */
import type { WorkingDayCalendar } from './calendar.js'
import { toIsoDate, type IsoDate } from './dates.js'
import type { Repeat, TimescaleRule } from './define.js'
import { dueDateAfter, dueOn, evaluateAgainst, type Evaluation } from './engine.js'

export type RepeatingRecord = {
  /** The start event (ISO date or timestamp): the plan start, or the first core group or review. */
  readonly start: string
  /** Every occurrence so far (visits, reviews), in any order; dates or timestamps. */
  readonly occurrences: readonly string[]
  /** When the rule's `repeat.until` event happened (the plan ended); null or absent while it runs. */
  readonly until?: string | null
}

export type RepeatingEvaluation = Evaluation & {
  /**
   * Closed intervals whose occurrence came after its due date. A gap spanning several intervals
   * counts once: the next occurrence is always due from the last one, and its `daysLate` says by
   * how much it slipped.
   */
  readonly missedIntervals: number
  /** Every interval closed by an occurrence, oldest first. */
  readonly intervals: readonly Evaluation[]
  readonly lastOccurrence: IsoDate | null
  /**
   * True once the until event has happened. The current interval then closes on that date: met if
   * nothing was yet owed, missed if the occurrence was already late when the clock ended.
   */
  readonly ended: boolean
}

function repeatOf(rule: TimescaleRule): Repeat {
  if (!rule.repeat) throw new TypeError(`${rule.id} is not a repeating timescale`)
  return rule.repeat
}

/** When the next occurrence is due, counted from the last one (a visit, a review). */
export function nextDue(rule: TimescaleRule, lastOccurrence: string, calendar: WorkingDayCalendar): IsoDate {
  const { every, unit } = repeatOf(rule)
  return dueDateAfter(rule, { amount: every, unit }, toIsoDate(lastOccurrence), calendar)
}

/**
 * The current interval of a repeating clock, plus the history of the closed ones. Occurrences
 * before the start or after the end are ignored; two on one day count once.
 */
export function evaluateRepeating(
  rule: TimescaleRule,
  record: RepeatingRecord,
  calendar: WorkingDayCalendar,
  today: string,
): RepeatingEvaluation {
  repeatOf(rule)
  const start = toIsoDate(record.start)
  const until = record.until != null ? toIsoDate(record.until) : null
  const dates = [...new Set(record.occurrences.map(toIsoDate))]
    .filter((d) => d >= start && (until === null || d <= until))
    .sort()

  const intervals: Evaluation[] = []
  let due = dueOn(rule, start, calendar)
  for (const date of dates) {
    intervals.push(evaluateAgainst(rule, due, date, calendar, today))
    due = nextDue(rule, date, calendar)
  }
  const current = evaluateAgainst(rule, due, until, calendar, today)
  return {
    ...current,
    missedIntervals: intervals.filter((i) => i.status === 'missed').length,
    intervals,
    lastOccurrence: dates.at(-1) ?? null,
    ended: until !== null,
  }
}
