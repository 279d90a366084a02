import type { Actor } from '../../access/actor.js'
import { childListLabel } from '../../access/index.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { addMonths, daysBetween } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { planRepository } from './planRepository.js'
import { reEscalationRepository } from './reEscalationRepository.js'

/**
 * Stepping down from a CP plan to a CIN plan needs a manager's authorisation with a rationale
 * (Working Together 2023 ch.2: a plan ends when the child is no longer at risk of significant
 * harm, with a CIN plan to follow where needed). The 2024 Leicester inspection found step-down too soon.
 */
export function stepDownService(db: AppDb, clock: Clock, children: ChildrenService) {
  const repo = planRepository(db)

  async function load(actor: Actor, id: string) {
    const stepDown = await repo.stepDown(id)
    if (!stepDown) throw notFound('Step-down')
    await children.requireAccessible(actor, stepDown.childId)
    const [plan, requestedBy, decidedBy] = await Promise.all([repo.cpPlan(stepDown.cpPlanId), repo.userName(stepDown.requestedBy), repo.userName(stepDown.decidedBy)])
    return { stepDown, plan: plan!, requestedBy, decidedBy }
  }

  async function pending(actor: Actor, id: string) {
    const loaded = await load(actor, id)
    if (loaded.stepDown.decision) throw ruleBroken('This step-down has already been decided')
    return loaded
  }

  return {
    get: load,
    forPlan: (cpPlanId: string) => repo.stepDownsFor(cpPlanId),

    /** Step 1: the worker asks, with a rationale, on an open CP plan. */
    async request(actor: Actor, cpPlanId: string, rationale: string) {
      const plan = await repo.cpPlan(cpPlanId)
      if (!plan) throw notFound('Child protection plan')
      await children.requireAccessible(actor, plan.childId)
      if (plan.endDate) throw ruleBroken('This child protection plan has already ended')
      if ((await repo.stepDownsFor(cpPlanId)).some((s) => !s.decision)) throw ruleBroken('A step-down for this plan is already waiting for a manager')
      return withTransaction(db, async (tx) => {
        const row = await planRepository(tx).insertStepDown({ childId: plan.childId, cpPlanId, rationale, requestedBy: actor.id, requestedAt: clock.now() })
        await recordWrite(tx, actor, { action: 'stepDown.request', entityType: 'step_down', entityId: row.id, childId: row.childId, after: row })
        return row
      })
    },

    /** Step 2: a manager authorises. The CP plan ends and a CIN plan opens that day, in one transaction. */
    async authorise(actor: Actor, id: string, version: number, endDate: string) {
      const { stepDown, plan } = await pending(actor, id)
      // CIN rules 8925 and 8840: a CP plan cannot end on or before the day it started.
      if (endDate <= plan.startDate) throw validationFailed({ endDate: `The step-down must be after the plan started (${plan.startDate}; CIN rules 8925 and 8840)` })
      return withTransaction(db, async (tx) => {
        const r = planRepository(tx)
        if (await r.openPlan(plan.childId, 'CIN')) throw ruleBroken('This child already has an open child in need plan')
        const ended = await r.endCpPlan(plan.id, plan.version, endDate, `Stepped down to a child in need plan: ${stepDown.rationale}`.slice(0, 2000))
        if (!ended) throw conflict('Someone else changed this plan since you opened it. Reload it to see their changes.')
        const cin = await r.insertPlan({ kind: 'CIN', childId: plan.childId, cinEpisodeId: plan.cinEpisodeId, startDate: endDate, createdBy: actor.id })
        const after = await r.decideStepDown(id, version, { decision: 'AUTHORISED', decidedBy: actor.id, decidedAt: clock.now(), steppedDownOn: endDate, cinPlanId: cin.id })
        if (!after) throw conflict('Someone else changed this step-down since you opened it.', { before: stepDown })
        await recordWrite(tx, actor, { action: 'cpPlan.update', entityType: 'cp_plan', entityId: plan.id, childId: plan.childId, before: plan, after: ended })
        await recordWrite(tx, actor, { action: 'plan.create', entityType: 'plan', entityId: cin.id, childId: plan.childId, after: cin })
        await recordWrite(tx, actor, { action: 'stepDown.authorise', entityType: 'step_down', entityId: id, childId: plan.childId, before: stepDown, after })
        return { stepDown: after, cinPlan: cin }
      })
    },

    /** Or the manager rejects it with a reason; the CP plan stays open. */
    async reject(actor: Actor, id: string, version: number, rejectReason: string) {
      const { stepDown } = await pending(actor, id)
      return withTransaction(db, async (tx) => {
        const after = await planRepository(tx).decideStepDown(id, version, { decision: 'REJECTED', decidedBy: actor.id, decidedAt: clock.now(), rejectReason })
        if (!after) throw conflict('Someone else changed this step-down since you opened it.', { before: stepDown })
        await recordWrite(tx, actor, { action: 'stepDown.reject', entityType: 'step_down', entityId: id, childId: stepDown.childId, before: stepDown, after })
        return after
      })
    },

    /** Re-escalations within 6 months of a step-down, and second or later CP plans. */
    async reEscalations(actor: Actor) {
      const r = reEscalationRepository(db)
      const [reEscalated, repeats] = await Promise.all([r.reEscalations(actor), r.repeatPlans(actor)])
      return {
        reEscalated: reEscalated.map((x) => ({ ...x, childLabel: childListLabel(x), daysBetween: daysBetween(x.steppedDownOn, x.newPlanStart) })),
        repeats: repeats.map((x) => ({ ...x, childLabel: childListLabel(x), withinTwoYears: !!x.previousEnd && x.startDate <= addMonths(x.previousEnd, 24) })),
      }
    },
  }
}

export type StepDownService = ReturnType<typeof stepDownService>
