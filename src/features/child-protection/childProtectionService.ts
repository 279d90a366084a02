import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { dueOn, STRATEGY_TO_ICPC_15WD, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { cpRepository, type CpRepository } from './cpRepository.js'
import type { ConferenceInput, StrategyInput } from './cpSchemas.js'
import { refuseAfterNfa } from './nfaGuard.js'

/** Saturday or Sunday, from the ISO date alone (a calendar date has no time zone). */
export const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())

/** Strategy discussions, s47 enquiries and conferences (Working Together 2023 ch.2; Children Act 1989 s47). */
export function childProtectionService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = cpRepository(db)

  async function openEpisode(r: CpRepository, childId: string) {
    const open = await r.openEpisode(childId)
    if (!open) throw ruleBroken('This child has no open child-in-need episode: record a referral first')
    return open
  }

  async function loadStrategy(actor: Actor, id: string) {
    const strategy = await repo.strategy(id)
    if (!strategy) throw notFound('Strategy discussion')
    await children.requireAccessible(actor, strategy.childId)
    return { strategy, s47: await repo.s47ForStrategy(id) }
  }

  async function loadS47(actor: Actor, id: string) {
    const s47 = await repo.s47(id)
    if (!s47) throw notFound('Section 47 enquiry')
    await children.requireAccessible(actor, s47.childId)
    const [strategy, icpc, requestedBy, authorisedBy] = await Promise.all([repo.strategy(s47.strategyDiscussionId), repo.icpcForS47(id), repo.userName(s47.notConvenedRequestedBy), repo.userName(s47.notConvenedAuthorisedBy)])
    return { s47, strategy: strategy!, icpc, requestedBy, authorisedBy }
  }

  /** One step of the s47 record, under optimistic concurrency, with its audit row. */
  async function changeS47(actor: Actor, id: string, version: number, action: string, values: Parameters<CpRepository['updateS47']>[2]) {
    const { s47: before } = await loadS47(actor, id)
    return withTransaction(db, async (tx) => {
      const after = await cpRepository(tx).updateS47(id, version, values)
      if (!after) throw conflict('Someone else changed this enquiry since you opened it. Reload it to see their changes.', { before })
      await recordWrite(tx, actor, { action, entityType: 's47_enquiry', entityId: id, childId: before.childId, before, after })
      return after
    })
  }

  return {
    strategy: loadStrategy,
    s47: loadS47,
    chairs: () => repo.chairs(),

    async recordStrategy(actor: Actor, childId: string, input: StrategyInput) {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const open = await openEpisode(cpRepository(tx), childId)
        if (input.heldOn < open.episode.startDate) throw validationFailed({ heldOn: 'The strategy discussion cannot be before the referral' })
        await refuseAfterNfa(tx, open.episode.id, input.heldOn, 'heldOn')
        const row = await cpRepository(tx).insertStrategy({ ...input, childId, cinEpisodeId: open.episode.id, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'strategy.create', entityType: 'strategy_discussion', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** The ICPC target is 15 working days from the strategy discussion (Working Together 2023 ch.2). */
    async startS47(actor: Actor, strategyId: string, startDate: string) {
      const { strategy, s47 } = await loadStrategy(actor, strategyId)
      if (strategy.decision !== 'S47') throw ruleBroken('The strategy discussion decided against a section 47 enquiry')
      if (s47) throw ruleBroken('A section 47 enquiry has already started from this strategy discussion')
      if (startDate < strategy.heldOn) throw validationFailed({ startDate: 'The enquiry cannot start before the strategy discussion' })
      return withTransaction(db, async (tx) => {
        await refuseAfterNfa(tx, strategy.cinEpisodeId, startDate, 'startDate')
        const icpcTargetOn = dueOn(STRATEGY_TO_ICPC_15WD, strategy.heldOn, calendar)
        const row = await cpRepository(tx).insertS47({ childId: strategy.childId, cinEpisodeId: strategy.cinEpisodeId, strategyDiscussionId: strategyId, startDate, icpcTargetOn, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 's47.create', entityType: 's47_enquiry', entityId: row.id, childId: row.childId, after: row })
        return row
      })
    },

    async recordS47Outcome(actor: Actor, id: string, version: number, outcome: string) {
      const { s47, icpc } = await loadS47(actor, id)
      if (icpc || s47.notConvenedAuthorisedAt) throw ruleBroken('The outcome cannot change once the conference decision has been made')
      return changeS47(actor, id, version, 's47.outcome', { outcome })
    },

    /** Step 1: the worker records why no ICPC will follow substantiated concerns (Leicestershire 2016). */
    async requestNotConvened(actor: Actor, id: string, version: number, reason: string) {
      const { s47, icpc } = await loadS47(actor, id)
      if (s47.outcome !== 'SUBSTANTIATED') throw ruleBroken('A decision not to convene is only needed when the enquiry substantiated concerns')
      if (icpc) throw ruleBroken('An initial conference has already been held')
      if (s47.notConvenedAuthorisedAt) throw ruleBroken('The decision not to convene has already been authorised')
      return changeS47(actor, id, version, 's47.notConvened.request', { notConvenedReason: reason, notConvenedRequestedBy: actor.id, notConvenedRequestedAt: clock.now() })
    },

    /** Step 2: a manager authorises it; until then it shows as awaiting authorisation. */
    async authoriseNotConvened(actor: Actor, id: string, version: number) {
      const { s47 } = await loadS47(actor, id)
      if (!s47.notConvenedReason) throw ruleBroken('No request not to convene an initial conference is waiting for authorisation')
      if (s47.notConvenedAuthorisedAt) throw ruleBroken('The decision not to convene has already been authorised')
      return changeS47(actor, id, version, 's47.notConvened.authorise', { notConvenedAuthorisedBy: actor.id, notConvenedAuthorisedAt: clock.now() })
    },

    async recordConference(actor: Actor, childId: string, input: ConferenceInput) {
      await children.requireAccessible(actor, childId)
      // CIN rule 8875: the date of an initial child protection conference cannot be a weekend.
      if (input.kind === 'ICPC' && isWeekend(input.heldOn)) throw validationFailed({ heldOn: 'An initial child protection conference cannot be held on a Saturday or Sunday (CIN rule 8875)' })
      if (calendar.isBankHoliday(input.heldOn) && !input.confirmBankHoliday)
        throw validationFailed({ confirmBankHoliday: 'This date is a bank holiday: confirm the conference was held on it' })
      if (!(await repo.chairs()).some((c) => c.id === input.chairId)) throw validationFailed({ chairId: 'Select an independent chair' })
      return withTransaction(db, async (tx) => {
        const r = cpRepository(tx)
        const open = await openEpisode(r, childId)
        await refuseAfterNfa(tx, open.episode.id, input.heldOn, 'heldOn')
        const s47Id = input.kind === 'ICPC' ? await icpcEnquiry(r, childId, input.heldOn) : await rcpcCheck(r, childId, input.heldOn)
        const { confirmBankHoliday, ...values } = input
        const row = await r.insertConference({ ...values, bankHolidayConfirmed: confirmBankHoliday, s47EnquiryId: s47Id, childId, cinEpisodeId: open.episode.id, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'conference.create', entityType: 'cp_conference', entityId: row.id, childId, after: row })
        return row
      })
    },
  }
}

/** An ICPC follows an s47 enquiry that substantiated concerns, and not before it started. */
async function icpcEnquiry(r: CpRepository, childId: string, heldOn: string): Promise<string> {
  const { s47s, conferences } = await r.forChild(childId)
  const waiting = s47s.find((e) => e.outcome === 'SUBSTANTIATED' && !e.notConvenedAuthorisedAt && !conferences.some((c) => c.s47EnquiryId === e.id))
  if (!waiting) throw ruleBroken('An initial conference follows a section 47 enquiry that substantiated concerns: record the enquiry’s outcome first')
  if (heldOn < waiting.startDate) throw validationFailed({ heldOn: 'The initial conference cannot be before the section 47 enquiry started' })
  return waiting.id
}

/** A review conference reviews an open child protection plan. */
async function rcpcCheck(r: CpRepository, childId: string, heldOn: string): Promise<null> {
  const plan = await r.openPlan(childId)
  if (!plan) throw ruleBroken('A review conference needs an open child protection plan')
  if (heldOn <= plan.startDate) throw validationFailed({ heldOn: 'The review conference must be after the plan started' })
  return null
}

export type ChildProtectionService = ReturnType<typeof childProtectionService>
