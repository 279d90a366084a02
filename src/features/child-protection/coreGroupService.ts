import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { formatDate } from '../../domain/format.js'
import type { RuleSet, WorkingDayCalendar } from '../../domain/timescales/index.js'
import { ruleBroken, validationFailed } from '../../errors.js'
import { planClocks } from '../plans/planClocks.js'
import { coreGroupRepository } from './coreGroupRepository.js'
import { coreGroupClocks } from './cpPlanClocks.js'
import type { CpPlanService } from './cpPlanService.js'
import type { CoreGroupInput } from './cpSchemas.js'

/** Core group meetings on a CP plan, and the plan's core group and review conference clocks. */
export function coreGroupService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, cpPlans: CpPlanService, rules: () => Promise<RuleSet>) {
  const repo = coreGroupRepository(db)

  return {
    async forPlan(actor: Actor, planId: string) {
      const plan = await cpPlans.plan(actor, planId)
      const [meetings, reviews, ruleSet] = await Promise.all([repo.forPlan(planId), repo.reviewsSince(plan.childId, plan.startDate), rules()])
      const today = clock.today()
      const held = meetings.map((m) => m.heldOn)
      const clocks = coreGroupClocks(calendar, today, ruleSet)
      // An ended plan has no clock running: the next meeting and review are owed only while it is open.
      const open = !plan.endDate
      return { plan, meetings, first: clocks.first(plan, held), coreGroupClock: open ? clocks.current(plan, held) : null, reviewClock: open ? planClocks(calendar, today, ruleSet).cpReview(plan, reviews) : null }
    },

    async record(actor: Actor, planId: string, input: CoreGroupInput) {
      const plan = await cpPlans.plan(actor, planId)
      if (plan.endDate) throw ruleBroken('Core group meetings are recorded on an open plan')
      if (input.heldOn < plan.startDate) throw validationFailed({ heldOn: `A core group meets after the initial conference (${formatDate(plan.startDate)})` })
      return withTransaction(db, async (tx) => {
        const row = await coreGroupRepository(tx).insert({ ...input, childId: plan.childId, cpPlanId: planId, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'coreGroup.create', entityType: 'core_group_meeting', entityId: row.id, childId: plan.childId, after: row })
        return row
      })
    },
  }
}

export type CoreGroupService = ReturnType<typeof coreGroupService>
