/**
 * Which CPPCR 2010 reg 28 visit rule applies to a child's current placement, and its clock. The
 * rules are in src/domain/timescales/rules/childrenInCare.ts; this picks one and its anchor.
 */
import { connectedPersonPlacements, placedWithParents } from '../../domain/codeLists/ssda903.js'
import {
  addMonths, evaluate, evaluateRepeating, type Evaluation, type RuleSet, type TimescaleRule, type WorkingDayCalendar,
} from '../../domain/timescales/index.js'
import {
  CLA_VISIT_6W, CLA_VISIT_AFTER_FIRST_REVIEW_4W, CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W, CLA_VISIT_CONNECTED_PERSONS_1W,
  CLA_VISIT_FIRST_1W, CLA_VISIT_LONG_TERM_3M, CLA_VISIT_LONG_TERM_AGREED_6M, CLA_VISIT_UNREGISTERED_1W,
} from '../../domain/timescales/rules/childrenInCare.js'

export type PlacementFacts = {
  readonly placementType: string
  readonly legalStatus: string
  /** The day this placement started (for P1 under a care order: the day the care order was made, if later). */
  readonly placementStart: string
  readonly legalStatusFrom: string
  readonly longTerm: boolean
  readonly childAgreedSixMonthly: boolean
  readonly unregistered: boolean
  /** The first looked-after review held on or after the placement start, if any. */
  readonly firstReviewOn: string | null
}

export type VisitChoice = { readonly rule: TimescaleRule; readonly start: string; readonly occurrences: readonly string[]; readonly until: string | null; readonly single: boolean }

const isIn = (list: readonly string[], code: string) => list.includes(code)

/**
 * Picks the rule for the placement from the visits where the child was seen (dates, any order):
 * - unregistered: weekly (the council's local standard, stricter than any national one);
 * - connected person (U1–U3), treated as temporarily approved under reg 24 until the first review
 *   (the record does not say when full approval came; temporary approval lasts at most 24 weeks,
 *   so the first review normally falls inside it), or a parent (P1) under an interim care order
 *   (C1): weekly until the first review, then four-weekly (reg 28(4));
 * - a parent (P1) under a full care order (C2): within a week of the order, then six-weekly (reg 28(5));
 * - otherwise reg 28(2): within a week, six-weekly in the first year, then three-monthly if the
 *   placement is long-term (six-monthly where the child agreed), else six-weekly.
 */
export function chooseVisitRule(p: PlacementFacts, seenOn: readonly string[], today: string): VisitChoice {
  const seen = [...new Set(seenOn)].filter((d) => d >= p.placementStart).sort()
  const repeat = (rule: TimescaleRule, start: string, until: string | null = null): VisitChoice => ({ rule, start, occurrences: seen.filter((d) => d > start), until, single: false })
  const firstVisit = (rule: TimescaleRule, start: string): VisitChoice | null => {
    const first = seen.find((d) => d >= start)
    return first ? null : { rule, start, occurrences: [], until: null, single: true }
  }
  if (p.unregistered) return repeat(CLA_VISIT_UNREGISTERED_1W, p.placementStart)
  const withParent = isIn(placedWithParents, p.placementType)
  if (isIn(connectedPersonPlacements, p.placementType) || (withParent && p.legalStatus === 'C1')) {
    if (!p.firstReviewOn) return repeat(CLA_VISIT_CONNECTED_PERSONS_1W, p.placementStart)
    // After the first review a connected person is (normally) fully approved: reg 28(2) applies.
    if (withParent) return repeat(CLA_VISIT_AFTER_FIRST_REVIEW_4W, p.firstReviewOn)
  }
  if (withParent && p.legalStatus === 'C2') {
    const orderOn = p.legalStatusFrom > p.placementStart ? p.legalStatusFrom : p.placementStart
    const first = seen.find((d) => d >= orderOn)
    return firstVisit(CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W, orderOn) ?? repeat(CLA_VISIT_6W, first!)
  }
  const pending = firstVisit(CLA_VISIT_FIRST_1W, p.placementStart)
  if (pending) return pending
  const yearOn = addMonths(p.placementStart, 12)
  const inFirstYear = seen.filter((d) => d < yearOn)
  const lastInFirstYear = inFirstYear.at(-1) ?? seen[0]!
  if (today < yearOn || !p.longTerm) return repeat(CLA_VISIT_6W, seen[0]!)
  return repeat(p.childAgreedSixMonthly ? CLA_VISIT_LONG_TERM_AGREED_6M : CLA_VISIT_LONG_TERM_3M, lastInFirstYear)
}

/** The clock of the chosen rule, with the council's local standards applied. */
export function visitClock(choice: VisitChoice, rules: RuleSet, calendar: WorkingDayCalendar, today: string): Evaluation {
  const rule = rules.of(choice.rule)
  if (choice.single) return evaluate(rule, { start: choice.start, stop: null }, calendar, today)
  return evaluateRepeating(rule, { start: choice.start, occurrences: choice.occurrences, until: choice.until }, calendar, today)
}
