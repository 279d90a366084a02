import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { type Executor, withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { closureRepository } from './closureRepository.js'
import { cpRepository } from './cpRepository.js'
import type { ClosureInput } from './cpSchemas.js'

const pendingMessage = 'A request to close this episode is already waiting for a manager’s sign-off: the manager signs it off or sends it back first'
const stale = 'Someone else changed this closure request since you opened it. Reload it to see their changes.'
const isUniqueViolation = (e: unknown) => [(e as { code?: string })?.code, (e as { cause?: { code?: string } })?.cause?.code].includes('23505')

/**
 * The rules a closure must meet, when it is asked for and again when it is signed off: an open
 * episode, no open CP or CIN plan (CIN rules 4001 and 8565: no plan runs on past the closure),
 * a closure date on or after the episode's start (CIN rule 8630), and a reason (CIN rules 8805 and
 * 8810, required by the form).
 */
async function closable(tx: Executor, childId: string, closedOn: string) {
  const r = cpRepository(tx)
  const open = await r.openEpisode(childId)
  if (!open) throw ruleBroken('This child has no open child-in-need episode to close')
  if (await r.openPlan(childId)) throw ruleBroken('The episode cannot close while a child protection plan is open: end the plan first')
  if (await r.openCinPlan(childId)) throw ruleBroken('The episode cannot close while a child in need plan is open: end the plan first')
  if (closedOn < open.episode.startDate) throw validationFailed({ closedOn: 'The episode cannot close before it started' })
  return open.episode
}

/**
 * Closing a CIN episode in two steps: the worker asks, with the date, the CIN census reason
 * (RC1–RC9) and a rationale; a manager other than the worker signs it off or sends it back
 * (Working Together 2023 ch.2: decisions to close are made with management oversight).
 */
export function closureService(db: AppDb, clock: Clock, children: ChildrenService) {
  const repo = closureRepository(db)

  async function load(actor: Actor, id: string) {
    const request = await repo.request(id)
    if (!request) throw notFound('Closure request')
    await children.requireAccessible(actor, request.childId)
    const [requestedBy, decidedBy] = await Promise.all([cpRepository(db).userName(request.requestedBy), cpRepository(db).userName(request.decidedBy)])
    return { request, requestedBy, decidedBy }
  }

  async function pending(actor: Actor, id: string) {
    const loaded = await load(actor, id)
    if (loaded.request.decision) throw ruleBroken('This closure request has already been decided')
    return loaded
  }

  return {
    get: load,

    /** The child's closure requests, newest first. */
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      return repo.forChild(childId)
    },

    /** Step 1: the worker asks a manager to close the open episode. */
    async request(actor: Actor, childId: string, input: ClosureInput) {
      await children.requireAccessible(actor, childId)
      try {
        return await withTransaction(db, async (tx) => {
          const episode = await closable(tx, childId, input.closedOn)
          if (await closureRepository(tx).pendingFor(episode.id)) throw ruleBroken(pendingMessage)
          const row = await closureRepository(tx).insert({ ...input, childId, cinEpisodeId: episode.id, requestedBy: actor.id, requestedAt: clock.now() })
          await recordWrite(tx, actor, { action: 'closureRequest.create', entityType: 'cin_closure_request', entityId: row.id, childId, after: row })
          return row
        })
      } catch (e) {
        // Two requests at once: the partial unique index keeps one pending per episode.
        if (isUniqueViolation(e)) throw ruleBroken(pendingMessage)
        throw e
      }
    },

    /** Step 2: a manager signs off; the episode closes and the closure is recorded, in one transaction. */
    async signOff(actor: Actor, id: string, version: number) {
      const { request } = await pending(actor, id)
      if (request.requestedBy === actor.id) throw ruleBroken('You asked for this closure, so another manager must sign it off')
      return withTransaction(db, async (tx) => {
        const before = await closable(tx, request.childId, request.closedOn)
        if (before.id !== request.cinEpisodeId) throw ruleBroken('This request is for an episode that is no longer open')
        const after = await closureRepository(tx).decide(id, version, { decision: 'SIGNED_OFF', decidedBy: actor.id, decidedAt: clock.now(), sendBackReason: null })
        if (!after) throw conflict(stale, { before: request })
        const r = cpRepository(tx)
        const episode = await r.closeEpisode(before.id, before.version, request.closedOn, request.reason)
        if (!episode) throw conflict('Someone else changed this episode since you opened it.')
        const closure = await r.insertClosure({ childId: request.childId, cinEpisodeId: episode.id, closedOn: request.closedOn, reason: request.reason, note: request.note, signedOffBy: actor.id })
        await recordWrite(tx, actor, { action: 'closureRequest.signOff', entityType: 'cin_closure_request', entityId: id, childId: request.childId, before: request, after })
        await recordWrite(tx, actor, { action: 'cinEpisode.close', entityType: 'cin_episode', entityId: episode.id, childId: request.childId, before, after: episode, detail: { closureId: closure.id, closureRequestId: id } })
        return { request: after, closure, episode }
      })
    },

    /** Or the manager sends it back with a reason; the episode stays open and the worker may ask again. */
    async sendBack(actor: Actor, id: string, version: number, sendBackReason: string) {
      const { request } = await pending(actor, id)
      if (request.requestedBy === actor.id) throw ruleBroken('You asked for this closure, so another manager must decide on it')
      return withTransaction(db, async (tx) => {
        const after = await closureRepository(tx).decide(id, version, { decision: 'SENT_BACK', decidedBy: actor.id, decidedAt: clock.now(), sendBackReason })
        if (!after) throw conflict(stale, { before: request })
        await recordWrite(tx, actor, { action: 'closureRequest.sendBack', entityType: 'cin_closure_request', entityId: id, childId: request.childId, before: request, after })
        return after
      })
    },
  }
}

export type ClosureService = ReturnType<typeof closureService>
