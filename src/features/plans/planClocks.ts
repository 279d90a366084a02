import {
  CIN_PLAN_REVIEW_3M, CIN_VISIT_20WD, CP_VISIT_10WD, evaluate, evaluateRepeating, FIRST_RCPC_3M, formatDuration, RCPC_6M,
  type Evaluation, type RepeatingEvaluation, type RuleSet, type TimescaleRule, type WorkingDayCalendar,
} from '../../domain/timescales/index.js'

type Span = { startDate: string; endDate: string | null }

/** "every 10 working days": the interval in force, for labels, so a local standard shows as set. */
const everyOf = (rule: TimescaleRule) => `every ${formatDuration(rule.repeat ? { amount: rule.repeat.every, unit: rule.repeat.unit } : rule.due)}`

/**
 * The repeating clocks of a plan (Working Together 2023 ch.2), from the rule set in force: the
 * visit and review intervals are local standards a council may set (ARCHITECTURE.md §7).
 * Only visits where the child was seen count: a statutory visit is to see the child.
 */
export function planClocks(calendar: WorkingDayCalendar, today: string, rules: RuleSet) {
  const [cpVisit, cinVisit, cinReview] = [rules.of(CP_VISIT_10WD), rules.of(CIN_VISIT_20WD), rules.of(CIN_PLAN_REVIEW_3M)]
  const run = (rule: TimescaleRule, p: Span, occurrences: string[]): RepeatingEvaluation => evaluateRepeating(rule, { start: p.startDate, occurrences, until: p.endDate }, calendar, today)
  return {
    /** CP visits, from the CP plan start. */
    cpVisit: (p: Span, seenOn: string[]) => run(cpVisit, p, seenOn),
    /** CIN visits, from the CIN plan start. */
    cinVisit: (p: Span, seenOn: string[]) => run(cinVisit, p, seenOn),
    /** CIN plan reviews, from the plan start. */
    cinReview: (p: Span, reviewedOn: string[]) => run(cinReview, p, reviewedOn),
    /** Review conferences (statutory): the first within 3 months of the ICPC, then at most 6 months apart. */
    cpReview(p: Span, rcpcOn: string[]): Evaluation {
      const [first, ...later] = [...rcpcOn].filter((d) => d > p.startDate).sort()
      return first ? run(rules.of(RCPC_6M), { startDate: first, endDate: p.endDate }, later) : evaluate(rules.of(FIRST_RCPC_3M), { start: p.startDate, stop: null }, calendar, today)
    },
    every: { cpVisit: everyOf(cpVisit), cinVisit: everyOf(cinVisit), cinReview: everyOf(cinReview) },
  }
}

export type PlanClocks = ReturnType<typeof planClocks>
