import { childListLabel } from '../../access/index.js'
import { CORE_GROUP_6W, formatDuration, ragOf, type Evaluation, type RuleSet, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { coreGroupClocks } from '../child-protection/cpPlanClocks.js'
import { planClocks } from '../plans/planClocks.js'
import type { workRepository } from './workRepository.js'
import type { WorkItem } from './workService.js'

type OpenPlans = Awaited<ReturnType<ReturnType<typeof workRepository>['openPlans']>>

/**
 * The CP plan's meeting clocks as work items (Working Together 2023 ch.2): the core group (first
 * within 10 working days of the ICPC, then at the council's interval, CORE_GROUP_6W) and the review
 * conference (first within 3 months of the ICPC, then at most 6 months apart).
 */
export function cpClockItems(o: OpenPlans, calendar: WorkingDayCalendar, today: string, rules: RuleSet): WorkItem[] {
  const coreGroups = coreGroupClocks(calendar, today, rules)
  const reviews = planClocks(calendar, today, rules)
  const every = formatDuration(rules.of(CORE_GROUP_6W).due)
  const item = (kind: WorkItem['kind'], title: string, r: OpenPlans['cp'][number], e: Evaluation): WorkItem => ({
    kind, title, href: `/cp-plans/${r.plan.id}`, childId: r.childId, childLabel: childListLabel(r), workerName: r.workerName, dueOn: e.dueOn, status: e.status, rag: ragOf(e.status), daysLate: e.daysLate,
  })
  return o.cp.flatMap((r) => {
    const plan = { startDate: r.plan.startDate, endDate: null }
    const held = o.coreGroups.filter((m) => m.planId === r.plan.id).map((m) => m.heldOn)
    const coreGroupTitle = held.length ? `Hold the core group meeting (every ${every})` : 'Hold the first core group meeting (10 working days from the initial conference)'
    const reviewTitle = 'Hold the review child protection conference (first within 3 months, then every 6 months)'
    return [item('core_group', coreGroupTitle, r, coreGroups.current(plan, held)), item('rcpc', reviewTitle, r, reviews.cpReview(plan, o.rcpcs.filter((c) => c.childId === r.childId).map((c) => c.heldOn)))]
  })
}
