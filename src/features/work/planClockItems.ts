import { childListLabel } from '../../access/index.js'
import { ragOf, type RuleSet, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { planClocks } from '../plans/planClocks.js'
import type { workRepository } from './workRepository.js'
import type { WorkItem } from './workService.js'

type OpenPlans = Awaited<ReturnType<ReturnType<typeof workRepository>['openPlans']>>

/**
 * The repeating clocks of open plans as work items: CP visits (CP_VISIT_10WD), CIN visits
 * (CIN_VISIT_20WD) and CIN plan reviews (CIN_PLAN_REVIEW_3M). Working Together 2023 ch.2 expects
 * the child to be seen regularly while on a plan; the intervals are local standards (the rule set).
 */
export function planClockItems(o: OpenPlans, calendar: WorkingDayCalendar, today: string, rules: RuleSet): WorkItem[] {
  const clocks = planClocks(calendar, today, rules)
  const seenBy = (childId: string) => o.seen.filter((v) => v.childId === childId).map((v) => v.visitedOn)
  const item = (kind: WorkItem['kind'], title: string, href: string, r: OpenPlans['cp'][number], e: ReturnType<typeof clocks.cpVisit>): WorkItem => ({
    kind, title, href, childId: r.childId, childLabel: childListLabel(r), workerName: r.workerName, dueOn: e.dueOn, status: e.status, rag: ragOf(e.status), daysLate: e.daysLate,
  })
  const open = (p: { startDate: string }) => ({ startDate: p.startDate, endDate: null })
  return [
    ...o.cp.map((r) => item('visit', `Visit the child on a child protection plan (${clocks.every.cpVisit})`, `/children/${r.childId}/child-protection`, r, clocks.cpVisit(open(r.plan), seenBy(r.childId)))),
    ...o.cin.map((r) => item('visit', `Visit the child on a child in need plan (${clocks.every.cinVisit})`, `/plans/${r.plan.id}`, r, clocks.cinVisit(open(r.plan), seenBy(r.childId)))),
    ...o.cin.map((r) => item('plan_review', `Review the child in need plan (${clocks.every.cinReview})`, `/plans/${r.plan.id}`, r, clocks.cinReview(open(r.plan), o.reviews.filter((x) => x.planId === r.plan.id).map((x) => x.reviewedOn)))),
  ]
}
