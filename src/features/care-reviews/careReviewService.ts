import type { Actor } from '../../access/actor.js'
import { ageOn } from '../../domain/format.js'
import { incompleteText } from '../../domain/plans/completeness.js'
import { notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ServiceBase } from '../serviceBase.js'
import { careFactsOf, careReviewClocks, careReviewClocksFor } from './careReviewClocks.js'
import { careReviewRepository, type CarePeriodRow } from './careReviewRepository.js'
import type { AllocateIroInput, EscalationInput, EscalationUpdate, ReviewInput } from './careReviewSchemas.js'
import { careWriter, isUniqueViolation } from './careWrite.js'

export const periodOn = (periods: readonly CarePeriodRow[], date: string) =>
  periods.find((p) => date >= p.startedOn && (!p.endedOn || date <= p.endedOn))

/** Reviews and the IRO (CPPCR 2010 regs 33 and 45; IRO Handbook 2010), and the child's care-review overview. */
export function careReviewService(base: ServiceBase) {
  const { db, children, calendar, clock } = base
  const repo = careReviewRepository(db)
  const write = careWriter(db)

  async function overview(actor: Actor, childId: string) {
    const child = await children.requireAccessible(actor, childId)
    const facts = await careFactsOf(db, childId)
    const clocks = careReviewClocks(facts, calendar, clock.today(), await base.localStandards.rules())
    const planRows = await repo.plansOf(childId)
    const actions = await repo.actionsOf(planRows.map((p) => p.id))
    const withGaps = (kind: 'CARE' | 'PLACEMENT') => {
      const plan = planRows.filter((p) => p.kind === kind && !p.endDate).at(-1)
      if (!plan) return null
      const own = actions.filter((a) => a.planId === plan.id)
      return {
        plan,
        actions: own,
        incomplete: incompleteText({
          wishesAndFeelings: plan.wishesAndFeelings,
          identity: plan.identity,
          actions: own,
        }),
      }
    }
    const allocations = await repo.allocations(childId)
    return {
      child,
      ...clocks,
      periods: facts.periods,
      reviews: await repo.reviews(childId),
      iro: allocations.find((a) => !a.allocation.endDate) ?? null,
      allocations,
      escalations: await repo.escalations(childId),
      carePlan: withGaps('CARE'),
      placementPlan: withGaps('PLACEMENT'),
      permanence: (await repo.permanence(childId))[0] ?? null,
      peps: await repo.peps(childId),
      health: await repo.health(childId),
      outcomes: await repo.outcomes(childId),
    }
  }

  return {
    overview,

    /** The child's care-review clocks, scoped to the actor ("My work" and the child page can call this). */
    async clocks(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      return careReviewClocksFor(db, calendar, clock.today(), childId, await base.localStandards.rules())
    },
    iros: () => repo.iros(),

    /** One live IRO at a time: a new allocation ends the current one on its start date. */
    async allocateIro(actor: Actor, childId: string, input: AllocateIroInput) {
      await children.requireAccessible(actor, childId)
      if (!(await repo.iros()).some((u) => u.id === input.iroId))
        throw validationFailed({ iroId: 'Select an independent reviewing officer from the list' })
      const live = await repo.liveAllocation(childId)
      if (live?.iroId === input.iroId)
        throw validationFailed({ iroId: 'This IRO is already allocated to the child' })
      if (live && input.startDate < live.startDate)
        throw validationFailed({ startDate: 'The new IRO cannot start before the current allocation did' })
      try {
        return await write(
          actor,
          'iro.allocate',
          'iro_allocation',
          childId,
          async (tx) => {
            const r = careReviewRepository(tx)
            if (live && !(await r.endAllocation(live.id, input.startDate))) return undefined
            return r.insertAllocation({
              childId,
              iroId: input.iroId,
              startDate: input.startDate,
              createdBy: actor.id,
            })
          },
          live,
        )
      } catch (e) {
        if (isUniqueViolation(e))
          throw ruleBroken(
            'Someone else allocated an IRO since you opened the page. Reload it to see the current IRO.',
          )
        throw e
      }
    },

    /**
     * A review must fall in a period of care, not in the future (the schema), one a day, and PN0 is
     * for a child under 4 on the review date and only for them (SSDA903 REVIEW_CODE; 903 rules 440
     * and 441).
     */
    async recordReview(actor: Actor, childId: string, input: ReviewInput) {
      const child = await children.requireAccessible(actor, childId)
      const period = periodOn(await repo.periods(childId), input.heldOn)
      if (!period)
        throw validationFailed({
          heldOn:
            'The child was not in care on this date: a looked-after child review is held during a period of care (CPPCR 2010 reg 33)',
        })
      const age = ageOn(child.dateOfBirth, input.heldOn)
      if (input.participation === 'PN0' && age !== null && age >= 4)
        throw validationFailed({
          participation:
            'PN0 is only for a child aged under 4 on the date of the review; this child was 4 or over',
        })
      if (input.participation !== 'PN0' && age !== null && age < 4)
        throw validationFailed({
          participation: 'The child was under 4 on the date of the review: the participation code is PN0',
        })
      if ((await repo.reviews(childId)).some((r) => r.heldOn === input.heldOn))
        throw validationFailed({ heldOn: 'A review is already recorded on this date' })
      const iro = await repo.liveAllocation(childId)
      const iroId = iro?.iroId ?? (actor.role === 'iro' ? actor.id : null)
      return write(actor, 'claReview.create', 'cla_review', childId, (tx) =>
        careReviewRepository(tx).insertReview({
          childId,
          periodId: period.id,
          heldOn: input.heldOn,
          participation: input.participation,
          recommendations: input.recommendations ?? null,
          iroId,
          createdBy: actor.id,
        }),
      )
    },

    async raiseEscalation(actor: Actor, childId: string, input: EscalationInput) {
      await children.requireAccessible(actor, childId)
      return write(actor, 'iroEscalation.create', 'iro_escalation', childId, (tx) =>
        careReviewRepository(tx).insertEscalation({ ...input, childId, createdBy: actor.id }),
      )
    },

    /** Moves an escalation on a stage or resolves it; a stale version is a conflict with nothing overwritten. */
    async updateEscalation(actor: Actor, childId: string, id: string, input: EscalationUpdate) {
      await children.requireAccessible(actor, childId)
      const before = await repo.escalation(id)
      if (!before || before.childId !== childId) throw notFound('Escalation')
      if (before.resolvedOn)
        throw ruleBroken('This escalation has been resolved, so it can no longer be changed')
      if (input.resolvedOn && input.resolvedOn < before.raisedOn)
        throw validationFailed({ resolvedOn: 'An escalation cannot be resolved before it was raised' })
      const values = {
        stage: input.stage,
        resolvedOn: input.resolvedOn ?? null,
        resolution: input.resolution ?? null,
      }
      return write(
        actor,
        'iroEscalation.update',
        'iro_escalation',
        childId,
        (tx) => careReviewRepository(tx).updateEscalation(id, input.version, values),
        before,
      )
    },
  }
}

export type CareReviewService = ReturnType<typeof careReviewService>
