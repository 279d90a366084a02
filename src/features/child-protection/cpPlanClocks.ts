import { CORE_GROUP_6W, evaluate, evaluateRepeating, FIRST_CORE_GROUP_10WD, type Evaluation, type RuleSet, type WorkingDayCalendar } from '../../domain/timescales/index.js'

type Span = { startDate: string; endDate: string | null }

/** Distinct dates on or after the plan start, oldest first. */
const during = (p: Span, dates: string[]) => [...new Set(dates)].filter((d) => d >= p.startDate && (!p.endDate || d <= p.endDate)).sort()

/**
 * The core group clocks of a CP plan (Working Together 2023 ch.2): the first core group within 10
 * working days of the ICPC (the plan's start date), then at the council's interval (CORE_GROUP_6W,
 * a local standard), each meeting restarting the clock.
 */
export function coreGroupClocks(calendar: WorkingDayCalendar, today: string, rules: RuleSet) {
  const first = rules.of(FIRST_CORE_GROUP_10WD)
  const next = rules.of(CORE_GROUP_6W)
  return {
    /** The clock running now: the first meeting until it is held, then the next one. */
    current(p: Span, heldOn: string[]): Evaluation {
      const [firstOn, ...later] = during(p, heldOn)
      return firstOn ? evaluateRepeating(next, { start: firstOn, occurrences: later, until: p.endDate }, calendar, today) : evaluate(first, { start: p.startDate, stop: null }, calendar, today)
    },
    /** Whether the first meeting was held in time (null until it is held). */
    first(p: Span, heldOn: string[]): Evaluation | null {
      const [firstOn] = during(p, heldOn)
      return firstOn ? evaluate(first, { start: p.startDate, stop: firstOn }, calendar, today) : null
    },
  }
}
