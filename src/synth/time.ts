/**
 * Time helpers for the generator. Timestamps are instants (timestamptz, UTC) and dates are Europe/London
 * calendar days (ARCHITECTURE.md §6.8). We build instants from London wall-clock times so that a contact
 * "received at 09:30" is 09:30 in London in both GMT and BST.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { daysFrom, londonInstant, plusDays, type WorkingDays } from './days.js'
import type { Rng } from './random.js'
import { rates } from './sizes.js'

const MINUTE = 60_000

/** A random moment a contact arrives: working days in office hours mostly; police and A&E out of hours. */
export function contactMoment(rng: Rng, calendar: WorkingDays, from: IsoDate, to: IsoDate): Date {
  const span = daysFrom(from, to)
  for (;;) {
    const date = plusDays(from, rng.int(0, span))
    const working = calendar.isWorkingDay(date)
    // About one contact in eight arrives at a weekend or on a bank holiday (out-of-hours service).
    if (!working && !rng.chance(0.35)) continue
    const office = working && rng.chance(0.85)
    const minute = office
      ? rng.int(8 * 60, 17 * 60 + 30)
      : rng.weighted([
          [rng.int(0, 7 * 60), 1],
          [rng.int(17 * 60, 24 * 60 - 1), 2],
        ])
    return londonInstant(date, minute)
  }
}

/** recorded_at: minutes to hours after receipt, with a tail of days (research/domain.md §0.1). */
export function recordingDelay(rng: Rng): number {
  const [lo, hi] = rng.weighted(rates.recordingDelayMinutes)
  return rng.int(lo, hi) * MINUTE
}

export type DecisionPlan = { decidedAt: Date; late: boolean }

/**
 * When the front door decides: Working Together 2023 ch.2 asks for a decision within one working day
 * (decision_due_on). Most are on time; a planned share is late, and late recording makes some more late.
 */
export function decisionMoment(
  rng: Rng,
  calendar: WorkingDays,
  receivedOn: IsoDate,
  dueOn: IsoDate,
  recordedAt: Date,
  plannedLate: number,
): Date {
  const late = rng.chance(plannedLate)
  const sameDay = calendar.isWorkingDay(receivedOn) && rng.chance(0.5)
  const day = late
    ? calendar.addWorkingDays(
        receivedOn,
        rng.weighted([
          [2, 50],
          [3, 25],
          [4, 12],
          [6, 8],
          [9, 5],
        ]),
      )
    : sameDay
      ? receivedOn
      : dueOn
  const planned = londonInstant(day, rng.int(9 * 60, 17 * 60 + 30))
  const earliest = recordedAt.getTime() + rng.int(10, 120) * MINUTE
  return new Date(Math.max(planned.getTime(), earliest))
}

export { londonInstant, MINUTE }
