/**
 * A child's care-review clocks, worked out from the period of care, the placements, the plans, the
 * reviews, the PEPs and the health records (rules/careReviews.ts). One function for the overview
 * and for "My work", so a deadline is never computed two ways (ARCHITECTURE.md §7).
 */
import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { children } from '../../db/schema/index.js'
import { ageOn } from '../../domain/format.js'
import {
  addMonths,
  evaluate,
  evaluateRepeating,
  nationalRules,
  type Evaluation,
  type RuleSet,
  type TimescaleRule,
  type WorkingDayCalendar,
} from '../../domain/timescales/index.js'
import {
  CARE_PLAN_10WD,
  CLA_REVIEW_6M,
  CLA_REVIEW_FIRST_20WD,
  CLA_REVIEW_SECOND_3M,
  DENTAL_12M,
  IHA_20WD,
  PEP_INITIAL_10WD,
  PEP_REVIEW_TERMLY,
  PLACEMENT_PLAN_5WD,
  RHA_12M,
  RHA_UNDER5_6M,
  SDQ_12M,
} from '../../domain/timescales/rules/careReviews.js'
import { careReviewRepository, type CarePeriodRow } from './careReviewRepository.js'

export type CareClock = Evaluation & {
  readonly id: string
  readonly title: string
  readonly source: string
  readonly missedIntervals?: number
}

export type CareFacts = {
  readonly dateOfBirth: string | null
  readonly periods: readonly CarePeriodRow[]
  readonly placements: readonly { periodId: string; startsOn: string }[]
  readonly plans: readonly { kind: string; startDate: string; endDate: string | null }[]
  readonly reviews: readonly { heldOn: string }[]
  readonly peps: readonly { reviewedOn: string }[]
  readonly health: readonly { kind: string; doneOn: string }[]
  readonly permanence: readonly unknown[]
}

export type CareReviewClocks = {
  /** The open period of care; null when the child is not in care today. */
  readonly period: CarePeriodRow | null
  readonly firstPlacementOn: string | null
  readonly currentPlacementOn: string | null
  readonly clocks: readonly CareClock[]
  readonly nextReviewDue: string | null
  /** In care more than 4 months, or past the second review, with no permanence plan (CPPCR guidance vol 2 para 2.3). */
  readonly permanenceMissing: boolean
}

const within = (p: { startedOn: string; endedOn: string | null }, d: string) =>
  d >= p.startedOn && (!p.endedOn || d <= p.endedOn)

/** The clocks for the child's open period of care; none when the child is not looked after. */
export function careReviewClocks(
  f: CareFacts,
  calendar: WorkingDayCalendar,
  today: string,
  rules: RuleSet = nationalRules,
): CareReviewClocks {
  const period = f.periods.find((p) => !p.endedOn) ?? null
  if (!period)
    return {
      period: null,
      firstPlacementOn: null,
      currentPlacementOn: null,
      clocks: [],
      nextReviewDue: null,
      permanenceMissing: false,
    }
  const clocks: CareClock[] = []
  const single = (rule: TimescaleRule, start: string, stop: string | null | undefined) => {
    const r = rules.of(rule)
    clocks.push({
      id: r.id,
      title: r.title,
      source: r.source,
      ...evaluate(r, { start, stop: stop ?? null }, calendar, today),
    })
  }
  const repeating = (rule: TimescaleRule, start: string, occurrences: string[]) => {
    const r = rules.of(rule)
    const e = evaluateRepeating(r, { start, occurrences, until: period.endedOn }, calendar, today)
    clocks.push({
      id: r.id,
      title: r.title,
      source: r.source,
      dueOn: e.dueOn,
      status: e.status,
      daysLate: e.daysLate,
      missedIntervals: e.missedIntervals,
    })
  }

  const moves = f.placements
    .filter((p) => p.periodId === period.id)
    .map((p) => p.startsOn)
    .sort()
  const firstPlacementOn = moves[0] ?? period.startedOn
  const currentPlacementOn = moves.at(-1) ?? period.startedOn
  const live = (p: { endDate: string | null }, from: string) => !p.endDate || p.endDate >= from
  const carePlan = f.plans
    .filter((p) => p.kind === 'CARE' && live(p, period.startedOn))
    .map((p) => p.startDate)
    .sort()[0]
  const placementPlan = placementPlanFor(f.plans, moves.length ? moves : [period.startedOn])
  single(CARE_PLAN_10WD, firstPlacementOn, carePlan)
  single(PLACEMENT_PLAN_5WD, currentPlacementOn, placementPlan)

  // Reg 33: 20 working days, then 3 months, then every 6 months; each clock starts when the one before stops.
  const reviews = [...new Set(f.reviews.map((r) => r.heldOn).filter((d) => within(period, d)))].sort()
  single(CLA_REVIEW_FIRST_20WD, period.startedOn, reviews[0])
  if (reviews[0]) single(CLA_REVIEW_SECOND_3M, reviews[0], reviews[1])
  if (reviews[1]) repeating(CLA_REVIEW_6M, reviews[1], reviews.slice(2))
  const reviewClock = clocks.filter((c) => c.id.startsWith('CLA_REVIEW')).at(-1)!
  const nextReviewDue = reviewClock.status === 'met' ? null : reviewClock.dueOn

  const peps = f.peps
    .map((p) => p.reviewedOn)
    .filter((d) => within(period, d))
    .sort()
  single(PEP_INITIAL_10WD, period.startedOn, peps[0])
  if (peps[0]) repeating(PEP_REVIEW_TERMLY, peps[0], peps.slice(1))

  const health = (kind: string) =>
    f.health
      .filter((h) => h.kind === kind && within(period, h.doneOn))
      .map((h) => h.doneOn)
      .sort()
  const iha = health('INITIAL_HEALTH_ASSESSMENT')[0]
  single(IHA_20WD, period.startedOn, iha)
  const age = ageOn(f.dateOfBirth, today)
  // Sch 1 para 3: six-monthly before the fifth birthday, twelve-monthly after it.
  if (iha)
    repeating(
      age !== null && age < 5 ? RHA_UNDER5_6M : RHA_12M,
      iha,
      health('REVIEW_HEALTH_ASSESSMENT').filter((d) => d > iha),
    )
  repeating(DENTAL_12M, period.startedOn, health('DENTAL'))
  // The SDQ is for children aged 4 to 17 (SSDA903 OC2; reason SDQ1 otherwise).
  if (age !== null && age >= 4 && age <= 17) repeating(SDQ_12M, period.startedOn, health('SDQ'))

  const permanenceMissing =
    f.permanence.length === 0 && (today > addMonths(period.startedOn, 4) || reviews.length >= 2)
  return { period, firstPlacementOn, currentPlacementOn, clocks, nextReviewDue, permanenceMissing }
}

/**
 * The placement plan for the current placement: each placement takes the earliest plan that no
 * earlier placement took, made after the one before it started (a plan may come before its own
 * placement, reg 9(2)) and before the next one started, so an old placement's plan never stops
 * the clock of a new one.
 */
function placementPlanFor(plans: CareFacts['plans'], moves: readonly string[]): string | undefined {
  const candidates = plans
    .filter((p) => p.kind === 'PLACEMENT')
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
  const used = new Set<(typeof candidates)[number]>()
  let found: (typeof candidates)[number] | undefined
  moves.forEach((startsOn, i) => {
    const [previous, next] = [i > 0 ? moves[i - 1]! : null, moves[i + 1] ?? null]
    found = candidates.find(
      (p) =>
        !used.has(p) &&
        (!previous || p.startDate > previous) &&
        (!next || p.startDate < next) &&
        (!p.endDate || p.endDate >= startsOn),
    )
    if (found) used.add(found)
  })
  return found?.startDate
}

/** Everything the clocks need for one child, read in sequence (a transaction shares one connection). */
export async function careFactsOf(db: Executor, childId: string): Promise<CareFacts> {
  const repo = careReviewRepository(db)
  const dob =
    (await db.select({ dob: children.dateOfBirth }).from(children).where(eq(children.id, childId)))[0]?.dob ??
    null
  return {
    dateOfBirth: dob,
    periods: await repo.periods(childId),
    placements: await repo.placementStarts([childId]),
    plans: await repo.plansOf(childId),
    reviews: await repo.reviews(childId),
    peps: await repo.peps(childId),
    health: await repo.health(childId),
    permanence: await repo.permanence(childId),
  }
}

/**
 * A child's care-review clocks, for other features ("My work"). It does not check scope: the
 * caller has already established that the actor may see the child.
 */
export async function careReviewClocksFor(
  db: Executor,
  calendar: WorkingDayCalendar,
  today: string,
  childId: string,
  rules: RuleSet = nationalRules,
): Promise<CareReviewClocks> {
  return careReviewClocks(await careFactsOf(db, childId), calendar, today, rules)
}
