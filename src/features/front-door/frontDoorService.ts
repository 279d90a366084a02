import type { Actor } from '../../access/actor.js'
import { scopeOfRole } from '../../access/roles.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { londonDateOf, type Clock } from '../../domain/clock.js'
import { contactDecisions, decisionsThatRefer, describe } from '../../domain/codeLists/index.js'
import { addMonths, CONTACT_DECISION_1WD, dueOn, evaluate, ragOf, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { frontDoorRepository } from './frontDoorRepository.js'
import type { ContactInput, DecisionInput } from './frontDoorSchemas.js'

/** Recording later than this after receipt is flagged (Ofsted: front-door recording was late). */
export const lateRecordingHours = 24

export function frontDoorService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = frontDoorRepository(db)

  const decisionClock = (c: { receivedAt: Date; decidedAt: Date | null }) =>
    evaluate(CONTACT_DECISION_1WD, { start: c.receivedAt.toISOString(), stop: c.decidedAt?.toISOString() ?? null }, calendar, clock.today())

  async function requireContact(actor: Actor, id: string) {
    const row = await repo.contactForActor(actor, id)
    if (!row) throw notFound('Contact')
    await children.requireAccessible(actor, row.childId)
    return row
  }

  async function loadReferral(actor: Actor, id: string) {
    const row = await repo.referralForActor(actor, id)
    if (!row) throw notFound('Referral')
    await children.requireAccessible(actor, row.childId)
    const [live, workers] = await Promise.all([repo.liveAllocation(row.childId), repo.allocatableWorkers(scopeOfRole(actor.role) === 'team' ? actor.teamId : null)])
    return { ...row, liveAllocation: live, workers }
  }

  return {
    decisionClock,

    /** Working Together 2023 ch.2: a decision is due within one working day of receipt. */
    async recordContact(actor: Actor, input: ContactInput & { receivedAtInstant: Date }) {
      const now = clock.now()
      if (input.receivedAtInstant > now) throw validationFailed({ receivedAt: 'The time the contact was received must be in the past' })
      await children.requireAccessible(actor, input.childId)
      return withTransaction(db, async (tx) => {
        const { receivedAtInstant, receivedAt: _typed, ...rest } = input
        const contact = await frontDoorRepository(tx).insertContact({
          ...rest,
          receivedAt: receivedAtInstant,
          recordedAt: now,
          screeningWorkerId: actor.id,
          decisionDueOn: dueOn(CONTACT_DECISION_1WD, londonDateOf(receivedAtInstant), calendar),
        })
        await recordWrite(tx, actor, { action: 'contact.create', entityType: 'contact', entityId: contact.id, childId: contact.childId, after: contact })
        return contact
      })
    },

    async contact(actor: Actor, id: string) {
      const row = await requireContact(actor, id)
      return { ...row, clock: decisionClock(row.contact), recordingDelayHours: recordingDelayHours(row.contact) }
    },

    /** A referral or strategy decision opens a CIN episode and a referral in the same transaction. */
    async decide(actor: Actor, id: string, input: DecisionInput) {
      const { contact, childId } = await requireContact(actor, id)
      if (contact.decision) throw ruleBroken('A decision has already been recorded on this contact')
      return withTransaction(db, async (tx) => {
        const r = frontDoorRepository(tx)
        const now = clock.now()
        const updated = await r.updateContactIfVersion(id, input.version, { decision: input.decision, decisionReason: input.decisionReason, decidedAt: now, decidedBy: actor.id })
        if (!updated) throw conflict('Someone else recorded a decision on this contact since you opened it.')
        await recordWrite(tx, actor, { action: 'contact.decide', entityType: 'contact', entityId: id, childId, before: contact, after: updated })
        if (!(decisionsThatRefer as readonly string[]).includes(input.decision)) return { contact: updated, referral: null }
        if (await r.openEpisode(childId)) throw ruleBroken('This child already has an open child-in-need episode. Record the concern on the open case instead of a new referral.')
        const referralDate = londonDateOf(now)
        const episode = await r.insertEpisode({ childId, startDate: referralDate })
        const isReReferral = await r.hasReferralSince(childId, addMonths(referralDate, -12), referralDate)
        const referral = await r.insertReferral({ childId, contactId: id, cinEpisodeId: episode.id, referralDate, source: contact.source, primaryNeed: input.primaryNeed ?? null, isReReferral })
        await recordWrite(tx, actor, { action: 'referral.create', entityType: 'referral', entityId: referral.id, childId, after: { ...referral, cinEpisodeStart: episode.startDate } })
        return { contact: updated, referral }
      })
    },

    async recordOversight(actor: Actor, id: string, note: string) {
      const { contact, childId } = await requireContact(actor, id)
      if (!contact.decision) throw ruleBroken('Record the decision before management oversight')
      return withTransaction(db, async (tx) => {
        const updated = await frontDoorRepository(tx).updateContactIfVersion(id, contact.version, { oversightNote: note, oversightBy: actor.id, oversightAt: clock.now() })
        if (!updated) throw conflict('Someone else changed this contact since you opened it.')
        await recordWrite(tx, actor, { action: 'contact.oversee', entityType: 'contact', entityId: id, childId, before: contact, after: updated })
        return updated
      })
    },

    referral: loadReferral,

    /** Allocation to a named worker; the previous allocation ends, so the history is kept. */
    async allocate(actor: Actor, referralId: string, workerId: string, reason: string) {
      const { referral, childId, episodeEnd } = await loadReferral(actor, referralId)
      if (episodeEnd) throw ruleBroken('This referral’s episode is closed, so it cannot be allocated')
      const worker = await repo.worker(workerId)
      if (!worker || !worker.teamId || !['social_worker', 'team_manager', 'personal_adviser'].includes(worker.role)) throw validationFailed({ workerId: 'Select an active case-holding worker' })
      if (scopeOfRole(actor.role) === 'team' && worker.teamId !== actor.teamId) throw validationFailed({ workerId: 'Select a worker in your team' })
      return withTransaction(db, async (tx) => {
        const r = frontDoorRepository(tx)
        const today = clock.today()
        // The same lock as the allocation queue's, so the two ways in never make a double allocation.
        await r.lockChild(childId)
        const live = await r.liveAllocation(childId)
        if (live?.workerId === workerId) throw ruleBroken('The child is already allocated to this worker')
        if (live) await recordWrite(tx, actor, { action: 'allocation.end', entityType: 'allocation', entityId: live.id, childId, before: live, after: await r.endAllocation(live.id, today) })
        const allocation = await r.insertAllocation({ childId, workerId, teamId: worker.teamId!, referralId: referral.id, startDate: today, reason, allocatedBy: actor.id })
        await recordWrite(tx, actor, { action: 'allocation.create', entityType: 'allocation', entityId: allocation.id, childId, after: allocation })
        return allocation
      })
    },

    async queue(actor: Actor) {
      const [open, oversight, unallocated] = await Promise.all([repo.openContacts(actor), repo.awaitingOversight(actor), repo.unallocatedReferrals(actor)])
      return {
        open: open.map((row) => ({ ...row, clock: decisionClock(row.contact), recordingDelayHours: recordingDelayHours(row.contact) })),
        oversight,
        unallocated: unallocated.map((row) => ({ ...row, daysWaiting: calendar.workingDaysBetween(row.referral.referralDate, clock.today()) })),
      }
    },

    async historyFor(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const [contacts, referrals] = await Promise.all([repo.contactsForChild(childId), repo.referralsForChild(childId)])
      return {
        contacts: contacts.map((c) => {
          const clock = decisionClock(c)
          return { ...c, clock, rag: ragOf(clock.status), decisionText: c.decision ? describe(contactDecisions, c.decision) : 'Awaiting decision' }
        }),
        referrals,
      }
    },
  }
}

/** Hours between receipt and recording, to one decimal place. */
export function recordingDelayHours(c: { receivedAt: Date; recordedAt: Date }): number {
  return Math.round((c.recordedAt.getTime() - c.receivedAt.getTime()) / 360_000) / 10
}

export type FrontDoorService = ReturnType<typeof frontDoorService>
