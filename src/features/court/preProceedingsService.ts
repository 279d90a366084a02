import type { Actor } from '../../access/actor.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import type { WorkingDayCalendar } from '../../domain/timescales/index.js'
import { notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { preProceedingsClock } from './courtClocks.js'
import { courtRepository } from './courtRepository.js'
import { courtWriter } from './courtWrite.js'
import type { MeetingInput, PreProceedingsStart, PreProceedingsUpdate } from './courtSchemas.js'
import { preProceedingsErrors } from './preProceedingsChecks.js'

/**
 * Pre-proceedings under the Public Law Outline (PLO practice guidance 2023): the legal planning
 * decision, the letter before proceedings with its offer of a family group decision-making
 * meeting, the meetings, the decision to step up or down, and the outcome (CIN census 2026-27).
 */
export function preProceedingsService(
  db: AppDb,
  clock: Clock,
  calendar: WorkingDayCalendar,
  children: ChildrenService,
) {
  const repo = courtRepository(db)
  const write = courtWriter(db)

  async function load(actor: Actor, id: string) {
    const pp = await repo.preProceedings(id)
    if (!pp) throw notFound('Pre-proceedings')
    await children.requireAccessible(actor, pp.childId)
    const meetings = await repo.meetings(id)
    return {
      pp,
      meetings,
      reviewCount: meetings.filter((m) => m.kind === 'REVIEW').length,
      clock: preProceedingsClock(pp, calendar, clock.today()),
      proceedings: await repo.proceedingsFrom(id),
    }
  }

  return {
    get: load,

    /** Pre-proceedings follow child protection work, so they hang off the open CIN episode. */
    async start(actor: Actor, childId: string, input: PreProceedingsStart) {
      await children.requireAccessible(actor, childId)
      const episode = await repo.openEpisode(childId)
      if (!episode)
        throw ruleBroken('This child has no open child-in-need episode: pre-proceedings follow a referral')
      if (input.startDate < episode.startDate)
        throw validationFailed({ startDate: 'Pre-proceedings cannot start before the child-in-need episode' })
      if (await repo.openPreProceedings(childId))
        throw ruleBroken('This child is already in pre-proceedings: end those before starting again')
      return write(actor, 'preProceedings.create', 'pre_proceedings', childId, (r) =>
        r.insertPreProceedings({ ...input, childId, cinEpisodeId: episode.id, createdBy: actor.id }),
      )
    },

    /** Records the later steps; out-of-order dates are refused with the census rule they break. */
    async update(actor: Actor, id: string, input: PreProceedingsUpdate) {
      const { pp: before, meetings } = await load(actor, id)
      if (before.endDate)
        throw ruleBroken('These pre-proceedings have ended, so they can no longer be changed')
      const { version, ...fields } = input
      const values = {
        letterSentOn: fields.letterSentOn ?? null,
        fgdmOffered: fields.fgdmOffered ?? null,
        fgdmFacilitated: fields.fgdmFacilitated ?? null,
        stepDecisionOn: fields.stepDecisionOn ?? null,
        outcome: fields.outcome ?? null,
        courtApplicationOn: fields.courtApplicationOn ?? null,
        letterInitiatingProceedingsOn: fields.letterInitiatingProceedingsOn ?? null,
        endDate: fields.endDate ?? null,
      }
      const errors = preProceedingsErrors({ ...values, startDate: before.startDate })
      const lastMeeting = meetings.at(-1)?.heldOn ?? null
      if (!errors.endDate && values.endDate && lastMeeting && values.endDate < lastMeeting)
        errors.endDate = 'Pre-proceedings cannot end before a meeting already recorded on them'
      if (Object.keys(errors).length) throw validationFailed(errors)
      return write(
        actor,
        'preProceedings.update',
        'pre_proceedings',
        before.childId,
        (r) => r.updatePreProceedings(id, version, values),
        before,
      )
    },

    /** The first effective meeting (N00830), then reviews, which the census counts (N00831). */
    async addMeeting(actor: Actor, id: string, input: MeetingInput) {
      const { pp, meetings } = await load(actor, id)
      if (pp.endDate) throw ruleBroken('These pre-proceedings have ended, so no more meetings can be added')
      const initial = meetings.find((m) => m.kind === 'INITIAL')
      if (input.heldOn < pp.startDate)
        throw validationFailed({ heldOn: 'A meeting cannot be before the start of pre-proceedings' })
      if (input.kind === 'INITIAL' && initial)
        throw validationFailed({
          kind: 'The initial pre-proceedings meeting has already been recorded: record a review meeting',
        })
      if (input.kind === 'REVIEW' && !initial)
        throw validationFailed({ kind: 'Record the initial pre-proceedings meeting before a review meeting' })
      if (input.kind === 'REVIEW' && initial && input.heldOn < initial.heldOn)
        throw validationFailed({
          heldOn: 'A review meeting cannot be before the initial pre-proceedings meeting',
        })
      return write(actor, 'preProceedingsMeeting.create', 'pre_proceedings_meeting', pp.childId, (r) =>
        r.insertMeeting({ ...input, preProceedingsId: id, childId: pp.childId, createdBy: actor.id }),
      )
    },
  }
}

export type PreProceedingsService = ReturnType<typeof preProceedingsService>
