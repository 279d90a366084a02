import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { safetyPlanIncompleteText } from '../../domain/plans/completeness.js'
import { ASSESSMENT_45WD, evaluate, STRATEGY_TO_ICPC_15WD, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { cpRepository, type CpPlanRow } from './cpRepository.js'
import { asksSafetyPlan } from '../plans/planSchemas.js'
import { domesticAbuseFound, requireSafetyPlan, safetyValues } from '../plans/safetyPlan.js'
import type { CpPlanEdit } from './cpSchemas.js'
import { endCinPlanFor } from './cinPlanHandover.js'
import { refuseAfterNfa } from './nfaGuard.js'

/** CP plans and the child's whole CIN/CP journey for display (closure is closureService). */
export function cpPlanService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = cpRepository(db)

  async function loadConference(actor: Actor, id: string) {
    const conference = await repo.conference(id)
    if (!conference) throw notFound('Conference')
    await children.requireAccessible(actor, conference.childId)
    const [plan, chairName] = await Promise.all([repo.planForIcpc(id), repo.userName(conference.chairId)])
    return { conference, plan, chairName }
  }

  async function loadPlan(actor: Actor, id: string) {
    const plan = await repo.plan(id)
    if (!plan) throw notFound('Child protection plan')
    await children.requireAccessible(actor, plan.childId)
    return plan
  }

  return {
    conference: loadConference,
    plan: loadPlan,

    /** Where the latest assessment found domestic abuse, the plan needs the safety plan and the parents' history (as CIN plans do). */
    async safety(plan: CpPlanRow) {
      const domesticAbuse = await domesticAbuseFound(db, plan.childId)
      return { asks: asksSafetyPlan(domesticAbuse, plan), incomplete: safetyPlanIncompleteText({ ...plan, domesticAbuse }) }
    },

    /** The plan starts on the ICPC date (CIN rule 2885); one open plan per child (CIN rule 8935). */
    async startPlan(actor: Actor, icpcId: string, initialCategory: string) {
      const { conference, plan } = await loadConference(actor, icpcId)
      if (conference.kind !== 'ICPC') throw ruleBroken('A child protection plan starts at an initial conference')
      if (plan) throw ruleBroken('A plan has already been started from this conference')
      return withTransaction(db, async (tx) => {
        const r = cpRepository(tx)
        if (await r.openPlan(conference.childId)) throw ruleBroken('This child already has an open child protection plan (CIN rule 8935)')
        await refuseAfterNfa(tx, conference.cinEpisodeId, conference.heldOn)
        const row = await r.insertPlan({ childId: conference.childId, cinEpisodeId: conference.cinEpisodeId, icpcId, startDate: conference.heldOn, initialCategory, latestCategory: initialCategory, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'cpPlan.create', entityType: 'cp_plan', entityId: row.id, childId: row.childId, after: row })
        await endCinPlanFor(tx, actor, conference.childId, conference.heldOn)
        return row
      })
    },

    async updatePlan(actor: Actor, id: string, input: CpPlanEdit) {
      const before = await loadPlan(actor, id)
      // CIN rules 8925 (end before start) and 8840 (start and end on the same day).
      if (input.endDate && input.endDate <= before.startDate) throw validationFailed({ endDate: `A plan cannot end on or before the day it started (${before.startDate}; CIN rules 8925 and 8840)` })
      if (before.endDate && !input.endDate) throw ruleBroken('An ended plan cannot be reopened: start a new plan at a new initial conference')
      const da = await domesticAbuseFound(db, before.childId)
      requireSafetyPlan(da, input)
      return withTransaction(db, async (tx) => {
        const after = await cpRepository(tx).updatePlan(id, input.version, { latestCategory: input.latestCategory, endDate: input.endDate ?? null, endReason: input.endReason ?? null, ...safetyValues(da, before, input) })
        if (!after) throw conflict('Someone else changed this plan since you opened it. Reload it to see their changes.', { before })
        await recordWrite(tx, actor, { action: 'cpPlan.update', entityType: 'cp_plan', entityId: id, childId: before.childId, before, after })
        return after
      })
    },

    /** The child's CIN/CP journey with each clock, for the child page and the overview page. */
    async overview(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const [all, open] = await Promise.all([repo.forChild(childId), repo.openEpisode(childId)])
      const today = clock.today()
      const referralDates = await repo.referralDates([...new Set(all.assessments.map((a) => a.referralId))])
      return {
        ...all,
        openEpisode: open?.episode ?? null,
        openPlan: all.plans.find((p) => !p.endDate) ?? null,
        assessments: all.assessments.map((a) => ({ ...a, clock: evaluate(ASSESSMENT_45WD, { start: referralDates.get(a.referralId)!, stop: a.authorisedOn }, calendar, today) })),
        s47s: all.s47s.map((e) => {
          const strategy = all.strategies.find((s) => s.id === e.strategyDiscussionId)!
          const icpc = all.conferences.find((c) => c.s47EnquiryId === e.id)
          return { ...e, icpcOn: icpc?.heldOn ?? null, clock: evaluate(STRATEGY_TO_ICPC_15WD, { start: strategy.heldOn, stop: icpc?.heldOn ?? null }, calendar, today) }
        }),
      }
    },
  }
}

export type CpPlanService = ReturnType<typeof cpPlanService>
