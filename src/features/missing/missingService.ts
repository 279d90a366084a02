import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { londonDateOf, type Clock } from '../../domain/clock.js'
import { formatDateTime } from '../../domain/format.js'
import { evaluate, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { RHI_OFFERED_72H } from '../../domain/timescales/rules/missing.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { missingRepository, type EpisodeRow, type InterviewRow, type ScreeningRow } from './missingRepository.js'
import type { EpisodeInput, InterviewInput, ReturnInput, ScreeningInput } from './missingSchemas.js'

/**
 * Local practice standard (no national figure): repeat missing episodes are a known indicator of
 * exploitation (DfE 2014 missing guidance; Working Together 2023 ch.1 on exploitation), so a child
 * with at least `episodes` missing or absent episodes starting within the last `withinDays` days,
 * and no CSE or CCE screening since the first of them, is due a screening.
 */
export const REPEAT_MISSING_SCREENING = { episodes: 3, withinDays: 90 } as const

/** The return home interview clock: 72 clock hours from the return to the offer, judged against the current instant. */
export function rhiClock(e: Pick<EpisodeRow, 'endedAt'>, interview: Pick<InterviewRow, 'offeredAt'> | null | undefined, clock: Clock, calendar: WorkingDayCalendar) {
  if (!e.endedAt) return null
  return evaluate(RHI_OFFERED_72H, { start: e.endedAt.toISOString(), stop: interview?.offeredAt.toISOString() ?? null }, calendar, clock.now().toISOString())
}

/** Whether the repeat-missing prompt applies: enough recent episodes and no screening since the first. */
export function screeningDue(starts: Date[], lastScreenedOn: string | null, now: Date) {
  const from = now.getTime() - REPEAT_MISSING_SCREENING.withinDays * 86_400_000
  const recent = starts.filter((s) => s.getTime() >= from && s <= now).sort((a, b) => a.getTime() - b.getTime())
  if (recent.length < REPEAT_MISSING_SCREENING.episodes) return null
  const since = screeningDueSince(recent[0]!, lastScreenedOn)
  return since ? { episodes: recent.length, since } : null
}

/** The London date of the first recent episode, unless a screening (CSE or CCE) has been done on or since it. */
export function screeningDueSince(firstStart: Date, lastScreenedOn: string | null): string | null {
  const since = londonDateOf(firstStart)
  return lastScreenedOn && lastScreenedOn >= since ? null : since
}

export function missingService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = missingRepository(db)

  async function loadEpisode(actor: Actor, childId: string, episodeId: string) {
    await children.requireAccessible(actor, childId)
    const episode = await repo.episode(episodeId)
    if (!episode || episode.childId !== childId) throw notFound('Missing episode')
    return episode
  }

  /** Missing episode guidance: one child cannot be missing twice at once (and the 903 Missing table needs distinct episodes). */
  async function refuseOverlap(ex: ReturnType<typeof missingRepository>, childId: string, start: Date, end: Date | null, field: string, exceptId?: string) {
    const other = await ex.overlapping(childId, start, end, exceptId)
    if (other) throw validationFailed({ [field]: `This overlaps another missing or absent episode for this child, from ${formatDateTime(other.startedAt)}${other.endedAt ? ` to ${formatDateTime(other.endedAt)}` : ' (not yet returned)'}` })
  }

  return {
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const [rows, screenings] = await Promise.all([repo.forChild(childId), repo.screenings(childId)])
      const episodes = rows.map(({ episode, interview }) => ({ ...episode, interview, clock: rhiClock(episode, interview, clock, calendar) }))
      const due = screeningDue(episodes.map((e) => e.startedAt), screenings[0]?.screenedOn ?? null, clock.now())
      return { episodes, screenings, screeningDue: due }
    },

    async episode(actor: Actor, childId: string, episodeId: string) {
      const episode = await loadEpisode(actor, childId, episodeId)
      const interview = (await repo.interviewFor(episodeId)) ?? null
      return { ...episode, interview, clock: rhiClock(episode, interview, clock, calendar) }
    },

    async recordEpisode(actor: Actor, childId: string, input: EpisodeInput) {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const r = missingRepository(tx)
        await refuseOverlap(r, childId, input.startedAt, input.endedAt ?? null, 'startedAt')
        const row = await r.insertEpisode({ kind: input.kind, startedAt: input.startedAt, endedAt: input.endedAt ?? null, whereFound: input.whereFound ?? null, childId, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'missing.episode.create', entityType: 'missing_episode', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** Records (or corrects) the return; a stale version is a conflict with nothing overwritten. */
    async recordReturn(actor: Actor, childId: string, input: ReturnInput) {
      const before = await loadEpisode(actor, childId, input.episodeId)
      if (input.endedAt < before.startedAt) throw validationFailed({ endedAt: `The return cannot be before the child went missing (${formatDateTime(before.startedAt)})` })
      return withTransaction(db, async (tx) => {
        const r = missingRepository(tx)
        await refuseOverlap(r, childId, before.startedAt, input.endedAt, 'endedAt', before.id)
        const interview = await r.interviewFor(before.id)
        if (interview && interview.offeredAt < input.endedAt) throw validationFailed({ endedAt: `The return home interview was offered at ${formatDateTime(interview.offeredAt)}, so the child had returned by then` })
        const after = await r.updateEpisode(before.id, input.version, { endedAt: input.endedAt, whereFound: input.whereFound ?? null })
        if (!after) throw conflict('Someone else changed this episode since you opened it. Reload it to see their changes.', { current: before })
        await recordWrite(tx, actor, { action: 'missing.episode.return', entityType: 'missing_episode', entityId: before.id, childId, before, after })
        return after
      })
    },

    /** The return home interview offer and its outcome (DfE 2014 para 46). */
    async recordInterview(actor: Actor, childId: string, input: InterviewInput) {
      const episode = await loadEpisode(actor, childId, input.episodeId)
      if (!episode.endedAt) throw ruleBroken('Record the child’s return before the return home interview: it is offered after the return')
      if (input.offeredAt < episode.endedAt) throw validationFailed({ offeredAt: `An RHI cannot be offered before the child’s return (${formatDateTime(episode.endedAt)})` })
      if (input.heldOn && input.heldOn < londonDateOf(input.offeredAt)) throw validationFailed({ heldOn: 'The interview cannot have been held before it was offered' })
      const values = { offeredAt: input.offeredAt, response: input.response, heldOn: input.heldOn ?? null, findings: input.findings ?? null }
      return withTransaction(db, async (tx) => {
        const r = missingRepository(tx)
        const before = await r.interviewFor(episode.id)
        if (!before) {
          const row = await r.insertInterview({ ...values, missingEpisodeId: episode.id, childId, createdBy: actor.id })
          await recordWrite(tx, actor, { action: 'missing.interview.create', entityType: 'return_interview', entityId: row.id, childId, after: row })
          return row
        }
        const after = input.version ? await r.updateInterview(before.id, input.version, values) : undefined
        if (!after) throw conflict('Someone else recorded or changed this return home interview since you opened it. Reload it to see their changes.', { current: before })
        await recordWrite(tx, actor, { action: 'missing.interview.update', entityType: 'return_interview', entityId: before.id, childId, before, after })
        return after
      })
    },

    async recordScreening(actor: Actor, childId: string, input: ScreeningInput): Promise<ScreeningRow> {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const row = await missingRepository(tx).insertScreening({
          kind: input.screeningKind, screenedOn: input.screenedOn, riskLevel: input.riskLevel, prompt: input.prompt ?? null,
          meetingReferredOn: input.meetingReferredOn ?? null, meetingOutcome: input.meetingOutcome ?? null, notes: input.notes ?? null, childId, createdBy: actor.id,
        })
        await recordWrite(tx, actor, { action: 'missing.screening.create', entityType: 'exploitation_screening', entityId: row.id, childId, after: row })
        return row
      })
    },
  }
}

export type MissingService = ReturnType<typeof missingService>
