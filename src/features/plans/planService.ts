import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { incompleteText } from '../../domain/plans/completeness.js'
import type { RuleSet, WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { refuseAfterNfa } from '../child-protection/nfaGuard.js'
import { planClocks } from './planClocks.js'
import { planRepository } from './planRepository.js'
import { domesticAbuseFound, requireSafetyPlan, safetyValues } from './safetyPlan.js'
import { type CinPlanInput, type PlanActionInput, type PlanEdit, type PlanReviewInput, type VisitInput } from './planSchemas.js'

/** Plans with SMART actions, plan reviews and visits (Working Together 2023 ch.2: the CIN plan). */
export function planService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService, standards: { rules(): Promise<RuleSet> }) {
  const repo = planRepository(db)
  // The visit and review intervals in force: national defaults or the council's local standards.
  const clocks = async () => planClocks(calendar, clock.today(), await standards.rules())
  // The safety plan and the parents' history, where the latest assessment found domestic abuse (safetyPlan.ts).
  const domesticAbuse = (childId: string) => domesticAbuseFound(db, childId)

  async function loadPlan(actor: Actor, id: string) {
    const plan = await repo.plan(id)
    if (!plan) throw notFound('Plan')
    await children.requireAccessible(actor, plan.childId)
    const { actions, reviews } = await repo.detail(id)
    const seen = (await repo.forChild(plan.childId)).visits.filter((v) => v.childSeen).map((v) => v.visitedOn)
    const [c, da] = [await clocks(), await domesticAbuse(plan.childId)]
    return {
      plan, actions, reviews, domesticAbuse: da, every: c.every,
      incomplete: incompleteText({ ...plan, domesticAbuse: da, actions: actions.map((a) => a.action) }),
      visitClock: c.cinVisit(plan, seen),
      reviewClock: c.cinReview(plan, reviews.map((r) => r.reviewedOn)),
    }
  }

  async function openPlanOf(actor: Actor, id: string) {
    const loaded = await loadPlan(actor, id)
    if (loaded.plan.endDate) throw ruleBroken('This plan has ended, so it can no longer be changed')
    return loaded
  }

  async function write<T extends { id: string }>(actor: Actor, action: string, entityType: string, childId: string, fn: (r: ReturnType<typeof planRepository>) => Promise<T | undefined>, before?: Record<string, unknown>) {
    return withTransaction(db, async (tx) => {
      const after = await fn(planRepository(tx))
      if (!after) throw conflict('Someone else changed this since you opened it. Reload the page to see their changes.', { before })
      await recordWrite(tx, actor, { action, entityType, entityId: after.id, childId, before, after })
      return after
    })
  }

  return {
    plan: loadPlan,
    workers: () => repo.workers(),

    /** Whether the child's latest assessment found domestic abuse, for the new-plan form. */
    async domesticAbuse(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      return domesticAbuse(childId)
    },

    async action(actor: Actor, id: string) {
      const action = await repo.action(id)
      if (!action) throw notFound('Action')
      await children.requireAccessible(actor, action.childId)
      const plan = await repo.plan(action.planId)
      return { action, ownerName: (await repo.userName(action.ownerUserId)) ?? action.ownerName, planOpen: !plan?.endDate }
    },

    /** A CIN plan follows assessment; a child on a CP plan has that plan instead (CIN rule 8935 family). */
    async startCinPlan(actor: Actor, childId: string, input: CinPlanInput) {
      await children.requireAccessible(actor, childId)
      const episode = await repo.openEpisode(childId)
      if (!episode) throw ruleBroken('This child has no open child-in-need episode: a plan follows a referral and assessment')
      if (input.startDate < episode.startDate) throw validationFailed({ startDate: 'The plan cannot start before the child-in-need episode' })
      if (await repo.openCpPlan(childId)) throw ruleBroken('This child has an open child protection plan: step down to a CIN plan through a manager instead')
      if (await repo.openPlan(childId, 'CIN')) throw ruleBroken('This child already has an open child in need plan')
      requireSafetyPlan(await domesticAbuse(childId), input)
      await refuseAfterNfa(db, episode.id, input.startDate, 'startDate')
      return write(actor, 'plan.create', 'plan', childId, (r) => r.insertPlan({ ...input, kind: 'CIN', childId, cinEpisodeId: episode.id, createdBy: actor.id }))
    },

    async updatePlan(actor: Actor, id: string, input: PlanEdit) {
      const { plan: before } = await openPlanOf(actor, id)
      if (input.endDate && input.endDate < before.startDate) throw validationFailed({ endDate: 'A plan cannot end before it started' })
      const da = await domesticAbuse(before.childId)
      requireSafetyPlan(da, input)
      const values = { wishesAndFeelings: input.wishesAndFeelings ?? null, identity: input.identity ?? null, ...safetyValues(da, before, input), endDate: input.endDate ?? null, endReason: input.endReason ?? null }
      return write(actor, 'plan.update', 'plan', before.childId, (r) => r.updatePlan(id, input.version, values), before)
    },

    async addAction(actor: Actor, planId: string, input: PlanActionInput) {
      const { plan } = await openPlanOf(actor, planId)
      if (input.ownerUserId && !(await repo.workers()).some((w) => w.id === input.ownerUserId)) throw validationFailed({ ownerUserId: 'Select a worker from the list' })
      const values = { action: input.action, outcome: input.outcome, dueOn: input.dueOn, ownerUserId: input.ownerUserId ?? null, ownerName: input.ownerName ?? null }
      return write(actor, 'planAction.create', 'plan_action', plan.childId, (r) => r.insertAction({ ...values, planId, childId: plan.childId, createdBy: actor.id }))
    },

    async setActionStatus(actor: Actor, actionId: string, version: number, status: string) {
      const before = await repo.action(actionId)
      if (!before) throw notFound('Action')
      await openPlanOf(actor, before.planId)
      return write(actor, 'planAction.update', 'plan_action', before.childId, (r) => r.updateAction(actionId, version, status), before)
    },

    async addReview(actor: Actor, planId: string, input: PlanReviewInput) {
      const { plan } = await openPlanOf(actor, planId)
      if (input.reviewedOn < plan.startDate) throw validationFailed({ reviewedOn: 'A review cannot be before the plan started' })
      return write(actor, 'planReview.create', 'plan_review', plan.childId, (r) => r.insertReview({ ...input, planId, childId: plan.childId, createdBy: actor.id }))
    },

    /** A visit is a CP visit while a CP plan is open on its date, otherwise a CIN visit. */
    async recordVisit(actor: Actor, childId: string, input: VisitInput) {
      await children.requireAccessible(actor, childId)
      const { plans, cpPlans } = await repo.forChild(childId)
      const during = (p: { startDate: string; endDate: string | null }) => p.startDate <= input.visitedOn && (!p.endDate || input.visitedOn <= p.endDate)
      const cp = cpPlans.find(during)
      const plan = cp ?? plans.find((p) => p.kind === 'CIN' && during(p))
      if (!plan) throw validationFailed({ visitedOn: 'The child had no open child protection or child in need plan on this date' })
      const kind = cp ? 'CP' : 'CIN'
      if (plan.cinEpisodeId) await refuseAfterNfa(db, plan.cinEpisodeId, input.visitedOn, 'visitedOn')
      return write(actor, 'visit.create', 'visit', childId, (r) => r.insertVisit({ ...input, kind, childId, createdBy: actor.id }))
    },

    /** The child's plans, visits and clocks, for the overview and the child page. */
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const all = await repo.forChild(childId)
      const seen = all.visits.filter((v) => v.childSeen).map((v) => v.visitedOn)
      const [c, da] = [await clocks(), await domesticAbuse(childId)]
      const openCp = all.cpPlans.find((p) => !p.endDate)
      const openCin = all.plans.find((p) => p.kind === 'CIN' && !p.endDate)
      return {
        visits: all.visits,
        every: c.every,
        plans: all.plans.map((p) => ({ ...p, incomplete: incompleteText({ ...p, domesticAbuse: da, actions: all.actions.filter((a) => a.planId === p.id) }) })),
        cpVisitClock: openCp ? c.cpVisit(openCp, seen) : null,
        cinVisitClock: openCin ? c.cinVisit(openCin, seen) : null,
        cinReviewClock: openCin ? c.cinReview(openCin, all.reviews.filter((r) => r.planId === openCin.id).map((r) => r.reviewedOn)) : null,
      }
    },
  }
}

export type PlanService = ReturnType<typeof planService>
