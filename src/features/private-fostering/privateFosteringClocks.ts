import { addMonths, evaluate, evaluateRepeating, type Evaluation, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { PF_FIRST_VISIT_7WD, PF_VISIT_12W, PF_VISIT_6W } from '../../domain/timescales/rules/privateFostering.js'

export type PfClocks = { first: Evaluation; next: Evaluation & { ruleId: string }; missedIntervals: number }

/**
 * The visit clocks of one arrangement (Children (Private Arrangements for Fostering) Regulations
 * 2005): the first visit within 7 working days of notification (regs 4 and 7); then visits at most
 * 6 weeks apart in the first year and 12 weeks apart after it (reg 8(1)). The first year runs from
 * the notification, when the council became aware of the arrangement (reg 8(6)). An interval that
 * begins in the first year is judged by the 6-week rule.
 */
export function pfClocks(a: { notifiedOn: string; endedOn?: string | null }, visitDates: string[], calendar: WorkingDayCalendar, today: string): PfClocks {
  const dates = [...new Set(visitDates.filter((d) => d >= a.notifiedOn))].sort()
  const first = evaluate(PF_FIRST_VISIT_7WD, { start: a.notifiedOn, stop: dates[0] ?? (a.endedOn || null) }, calendar, today)
  if (dates.length === 0) return { first, next: { ...first, ruleId: PF_FIRST_VISIT_7WD.id }, missedIntervals: 0 }
  const yearEnd = addMonths(a.notifiedOn, 12)
  const inFirstYear = dates.filter((d) => d < yearEnd)
  const later = dates.filter((d) => d >= yearEnd)
  const ended = a.endedOn ?? null
  const firstYear = inFirstYear.length
    ? evaluateRepeating(PF_VISIT_6W, { start: inFirstYear[0]!, occurrences: inFirstYear.slice(1).concat(later.slice(0, 1)), until: ended }, calendar, today)
    : null
  // No visit yet in the second year: the open interval began in the first year, so 6 weeks still applies.
  if (firstYear && later.length === 0) {
    return { first, next: { ...pick(firstYear), ruleId: PF_VISIT_6W.id }, missedIntervals: firstYear.missedIntervals }
  }
  const anchor = later[0]!
  const afterYear = evaluateRepeating(PF_VISIT_12W, { start: anchor, occurrences: later.slice(1), until: ended }, calendar, today)
  return { first, next: { ...pick(afterYear), ruleId: PF_VISIT_12W.id }, missedIntervals: (firstYear?.missedIntervals ?? 0) + afterYear.missedIntervals }
}

const pick = (e: Evaluation): Evaluation => ({ dueOn: e.dueOn, status: e.status, daysLate: e.daysLate })
