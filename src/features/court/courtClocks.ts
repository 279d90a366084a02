import {
  CARE_PROCEEDINGS_26W,
  daysBetween,
  evaluate,
  PRE_PROCEEDINGS_16W,
  type Evaluation,
  type TimescaleRule,
  type WorkingDayCalendar,
} from '../../domain/timescales/index.js'

export type PreProceedingsClock = Evaluation & { readonly days: number; readonly weeks: number }
export type ProceedingsClock = Evaluation & {
  readonly week: number
  readonly daysRemaining: number | null
  readonly extensionWeeks: number
}

/**
 * Drift in pre-proceedings: the days and whole weeks since the legal planning decision (or in
 * total, once ended), against the PLO expectation of 16 weeks (PRE_PROCEEDINGS_16W).
 */
export function preProceedingsClock(
  p: { startDate: string; endDate: string | null },
  calendar: WorkingDayCalendar,
  today: string,
): PreProceedingsClock {
  const days = daysBetween(p.startDate, p.endDate ?? today)
  return {
    ...evaluate(PRE_PROCEEDINGS_16W, { start: p.startDate, stop: p.endDate }, calendar, today),
    days,
    weeks: Math.floor(days / 7),
  }
}

/**
 * The 26-week clock of Children Act 1989 s32(1)(a)(ii), moved on by every extension the court has
 * granted under s32(5) (each of up to 8 weeks). The issue day is day 1, so week 1 starts on it.
 */
export function proceedingsClock(
  p: { issuedOn: string; extensionWeeks: number; finalOrderOn: string | null },
  calendar: WorkingDayCalendar,
  today: string,
): ProceedingsClock {
  const rule: TimescaleRule =
    p.extensionWeeks > 0
      ? {
          ...CARE_PROCEEDINGS_26W,
          due: { amount: CARE_PROCEEDINGS_26W.due.amount + p.extensionWeeks, unit: 'weeks' },
        }
      : CARE_PROCEEDINGS_26W
  const e = evaluate(rule, { start: p.issuedOn, stop: p.finalOrderOn }, calendar, today)
  const week = Math.floor(daysBetween(p.issuedOn, p.finalOrderOn ?? today) / 7) + 1
  return {
    ...e,
    week,
    daysRemaining: p.finalOrderOn ? null : daysBetween(today, e.dueOn),
    extensionWeeks: p.extensionWeeks,
  }
}
