import type { Actor } from '../../access/actor.js'
import { incompleteText } from '../../domain/plans/completeness.js'
import { notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { PlanActionInput } from '../plans/planSchemas.js'
import type { ServiceBase } from '../serviceBase.js'
import { careReviewRepository } from './careReviewRepository.js'
import { periodOn } from './careReviewService.js'
import type { CarePlanEdit, CarePlanStart, PermanenceInput } from './careReviewSchemas.js'
import { careWriter } from './careWrite.js'

export type CarePlanKind = 'CARE' | 'PLACEMENT'
export const carePlanNames: Record<CarePlanKind, string> = { CARE: 'care plan', PLACEMENT: 'placement plan' }

/**
 * Care plans (CPPCR 2010 reg 4) and placement plans (reg 9) on the one plan model (plans,
 * plan_actions), and the permanence plan (reg 5). A care plan has no CIN episode.
 */
export function carePlanService(base: ServiceBase) {
  const { db, children } = base
  const repo = careReviewRepository(db)
  const write = careWriter(db)

  async function openPlan(actor: Actor, childId: string, kind: CarePlanKind) {
    await children.requireAccessible(actor, childId)
    const plan = await repo.openPlan(childId, kind)
    if (!plan) return null
    const actions = await repo.planActions(plan.id)
    const own = actions.map((a) => a.action)
    return {
      plan,
      actions,
      incomplete: incompleteText({
        wishesAndFeelings: plan.wishesAndFeelings,
        identity: plan.identity,
        actions: own,
      }),
    }
  }

  async function requireOpen(actor: Actor, childId: string, kind: CarePlanKind) {
    const open = await openPlan(actor, childId, kind)
    if (!open) throw notFound(carePlanNames[kind][0]!.toUpperCase() + carePlanNames[kind].slice(1))
    return open
  }

  return {
    openPlan,
    workers: () => repo.workers(),

    /** A care or placement plan is for a child in care; it may be made before the placement (regs 4(2), 9(2)). */
    async start(actor: Actor, childId: string, kind: CarePlanKind, input: CarePlanStart) {
      await children.requireAccessible(actor, childId)
      if (!(await repo.periods(childId)).some((p) => !p.endedOn))
        throw ruleBroken(
          `This child is not in care: record the start of the period of care before the ${carePlanNames[kind]}`,
        )
      if (await repo.openPlan(childId, kind))
        throw ruleBroken(`This child already has an open ${carePlanNames[kind]}: edit it instead`)
      return write(actor, 'plan.create', 'plan', childId, (tx) =>
        careReviewRepository(tx).insertPlan({
          childId,
          kind,
          cinEpisodeId: null,
          startDate: input.startDate,
          wishesAndFeelings: input.wishesAndFeelings ?? null,
          identity: input.identity ?? null,
          createdBy: actor.id,
        }),
      )
    },

    async update(actor: Actor, childId: string, kind: CarePlanKind, input: CarePlanEdit) {
      const { plan: before } = await requireOpen(actor, childId, kind)
      if (input.endDate && input.endDate < before.startDate)
        throw validationFailed({ endDate: 'A plan cannot end before it started' })
      const values = {
        wishesAndFeelings: input.wishesAndFeelings ?? null,
        identity: input.identity ?? null,
        endDate: input.endDate ?? null,
        endReason: input.endReason ?? null,
      }
      return write(
        actor,
        'plan.update',
        'plan',
        childId,
        (tx) => careReviewRepository(tx).updatePlan(before.id, input.version, values),
        before,
      )
    },

    /** A SMART action: who, what measurable outcome, by when (the same model as CIN plans). */
    async addAction(actor: Actor, childId: string, kind: CarePlanKind, input: PlanActionInput) {
      const { plan } = await requireOpen(actor, childId, kind)
      if (input.ownerUserId && !(await repo.workers()).some((w) => w.id === input.ownerUserId))
        throw validationFailed({ ownerUserId: 'Select a worker from the list' })
      const values = {
        action: input.action,
        outcome: input.outcome,
        dueOn: input.dueOn,
        ownerUserId: input.ownerUserId ?? null,
        ownerName: input.ownerName ?? null,
      }
      return write(actor, 'planAction.create', 'plan_action', childId, (tx) =>
        careReviewRepository(tx).insertAction({ ...values, planId: plan.id, childId, createdBy: actor.id }),
      )
    },

    permanence: async (actor: Actor, childId: string) => (
      await children.requireAccessible(actor, childId),
      repo.permanence(childId)
    ),

    /** Each decision is kept; the latest is the plan in force. */
    async recordPermanence(actor: Actor, childId: string, input: PermanenceInput) {
      await children.requireAccessible(actor, childId)
      if (!periodOn(await repo.periods(childId), input.decidedOn))
        throw validationFailed({
          decidedOn:
            'The child was not in care on this date: a permanence plan is decided during a period of care',
        })
      return write(actor, 'permanencePlan.create', 'permanence_plan', childId, (tx) =>
        careReviewRepository(tx).insertPermanence({ ...input, childId, createdBy: actor.id }),
      )
    },
  }
}

export type CarePlanService = ReturnType<typeof carePlanService>
