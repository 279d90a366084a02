import { CIN_PLAN_REVIEW_3M, CIN_VISIT_20WD, CP_VISIT_10WD, evaluateRepeating, type RepeatingEvaluation, type WorkingDayCalendar } from '../../domain/timescales/index.js'

type Span = { startDate: string; endDate: string | null }

/**
 * The repeating clocks of a plan (Working Together 2023 ch.2; local standards, ARCHITECTURE.md §7).
 * Only visits where the child was seen count: a statutory visit is to see the child.
 */
export function planClocks(calendar: WorkingDayCalendar, today: string) {
  const run = (rule: typeof CP_VISIT_10WD, p: Span, occurrences: string[]): RepeatingEvaluation => evaluateRepeating(rule, { start: p.startDate, occurrences, until: p.endDate }, calendar, today)
  return {
    /** CP visits, from the CP plan start, every 10 working days by default. */
    cpVisit: (p: Span, seenOn: string[]) => run(CP_VISIT_10WD, p, seenOn),
    /** CIN visits, from the CIN plan start, every 20 working days by default. */
    cinVisit: (p: Span, seenOn: string[]) => run(CIN_VISIT_20WD, p, seenOn),
    /** CIN plan reviews, from the plan start, every 3 months by default. */
    cinReview: (p: Span, reviewedOn: string[]) => run(CIN_PLAN_REVIEW_3M, p, reviewedOn),
  }
}
