/**
 * The daily DfE children's social care API feed (issue 7 §6; research/standards.md §5).
 *
 * A run builds every cohort child's payload set-based, hashes each (SHA-256 of canonical JSON), and
 * compares it with the hash the endpoint last accepted (csc_api_child_state):
 * - the first run, or a run asked to be full, sends every cohort child ('full');
 * - later runs send only children that are new, changed, or back after a purge ('delta'); a child
 *   whose last batch failed still differs from the accepted hash, so it is sent again next time;
 * - a child accepted before who has left the cohort (no open or recent involvement in the window,
 *   or now over 25) is sent with `purge: true`, so the DfE deletes what it holds (the spec's purge
 *   flag). Cairn never deletes a child's record, so leaving the cohort is the only cause here.
 * Rows go in batches of 100. Each payload is first checked against the API's field constraints
 * (cscPayloadChecks.ts): a child that fails stays in its batch as a failed row with the reason, and
 * is not sent; the rest of the batch goes. The answer is read record by record (cscResponse.ts), and
 * a child's state moves on only when the endpoint accepted that child's record.
 */
import { randomUUID } from 'node:crypto'
import type { Actor } from '../../access/actor.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { withTransaction } from '../../db/executor.js'
import { notFound } from '../../errors.js'
import type { Progress } from '../returns/jobRunner.js'
import { batchSize, feedSettings, feedWindow } from './cscFeedConfig.js'
import { cscFeedRepository, type BatchOutcome, type NewRow, type RowOutcome } from './cscFeedRepository.js'
import { assemblePayloads, canonicalJson, payloadHash, purgePayload, type CscChildPayload, type PurgePayload } from './cscPayload.js'
import { notSentMessage, payloadProblems } from './cscPayloadChecks.js'
import { cscPayloadRepository, type ChildSet, type PayloadRows } from './cscPayloadRepository.js'
import { recordOutcomes } from './cscResponse.js'
import { cscSender, type CscSender, type SendOptions } from './cscSender.js'
import type { Config } from '../../config.js'

export type RunSummary = {
  readonly runId: string | null
  readonly kind: 'full' | 'delta'
  readonly cohort: number
  readonly unchanged: number
  readonly batches: number
  readonly batchesFailed: number
  readonly rowsSent: number
  readonly rowsFailed: number
  /** Of the failed rows, those stopped by the field checks and never sent. */
  readonly rowsNotSent: number
  readonly purged: number
}

type Outgoing = NewRow & { body: CscChildPayload | PurgePayload; problems: string[] }
type StoredBatch = { batchId: string; rowIds: string[]; rows: Outgoing[] }
type SettledRow = RowOutcome & { row: Outgoing; sent: boolean }

export type CscFeedOptions = SendOptions

export function cscFeedService(deps: { db: AppDb; clock: Clock; config: Config }, options: CscFeedOptions = {}) {
  const { db, clock } = deps
  const settings = feedSettings(deps.config)
  const payloadRepo = cscPayloadRepository(db)
  const repo = cscFeedRepository(db)
  const sender = settings.endpoint ? cscSender(settings.endpoint, { now: () => clock.now().getTime(), ...options }) : null

  async function readRows(set: ChildSet): Promise<PayloadRows> {
    // Sequential on purpose: PGlite runs one query at a time anyway, and PostgreSQL holds one connection.
    return {
      children: await payloadRepo.children(set),
      episodes: await payloadRepo.episodes(set),
      referrals: await payloadRepo.referrals(set),
      icpcs: await payloadRepo.icpcs(set),
      assessments: await payloadRepo.assessments(set),
      section47s: await payloadRepo.section47s(set),
      cpPlans: await payloadRepo.cpPlans(set),
      cinPlans: await payloadRepo.cinPlans(set),
      allocations: await payloadRepo.allocations(set),
      carePeriods: await payloadRepo.carePeriods(set),
      careEpisodes: await payloadRepo.careEpisodes(set),
      adoptions: await payloadRepo.adoptions(set),
      careLeavers: await payloadRepo.careLeavers(set),
      sdqs: await payloadRepo.sdqs(set),
    }
  }

  /** Every cohort child's payload (fourteen queries, whatever the number of children). */
  async function cohortPayloads(): Promise<Map<string, CscChildPayload>> {
    const today = clock.today()
    return assemblePayloads(await readRows({ kind: 'cohort', window: feedWindow(today) }), today)
  }

  /** What this run must send: changed or new children, then purges. */
  async function plan(full: boolean) {
    const payloads = await cohortPayloads()
    const states = await repo.states()
    const kind: 'full' | 'delta' = full || states.length === 0 ? 'full' : 'delta'
    const stateOf = new Map(states.map((s) => [s.childId, s]))
    const outgoing: Outgoing[] = []
    let unchanged = 0
    for (const [childId, body] of payloads) {
      const hash = payloadHash(body)
      const state = stateOf.get(childId)
      if (kind === 'delta' && state && !state.purged && state.lastHash === hash) unchanged++
      else outgoing.push({ childId, payloadHash: hash, purge: false, body, problems: payloadProblems(body) })
    }
    for (const s of states) {
      if (s.purged || payloads.has(s.childId)) continue
      const body = purgePayload(s.childRef, s.childId)
      outgoing.push({ childId: s.childId, payloadHash: payloadHash(body), purge: true, body, problems: payloadProblems(body) })
    }
    return { kind, outgoing, cohort: payloads.size, unchanged }
  }

  /**
   * Sends the batch's rows that pass the field checks and reads the answer record by record; rows
   * that fail the checks are settled as failed without being sent. A batch with nothing to send is
   * failed with no attempt.
   */
  async function sendBatch(send: CscSender['send'], b: StoredBatch): Promise<{ batch: Omit<BatchOutcome, 'at'>; rows: SettledRow[] }> {
    const rows = b.rows.map((row, i) => ({ row, rowId: b.rowIds[i]! }))
    const sendable = rows.filter((r) => r.row.problems.length === 0)
    const stopped: SettledRow[] = rows.filter((r) => r.row.problems.length > 0).map((r) => ({ ...r, sent: false, accepted: false, response: notSentMessage(r.row.problems) }))
    if (sendable.length === 0) return { batch: { ok: false, attempts: 0, status: null, body: 'Not sent: no record in this batch passed the DfE API field checks' }, rows: stopped }
    const result = await send(JSON.stringify(sendable.map((r) => JSON.parse(canonicalJson(r.row.body)) as unknown)))
    const outcomes = recordOutcomes(result, sendable.length)
    return { batch: result, rows: [...sendable.map((r, i) => ({ ...r, sent: true, ...outcomes[i]! })), ...stopped] }
  }

  let running: Promise<RunSummary> | null = null

  async function runOnce(actor: Actor, full: boolean, progress: Progress): Promise<RunSummary> {
    if (!sender) throw new Error('The DfE feed is not configured')
    progress('Building the payloads')
    const { kind, outgoing, cohort, unchanged } = await plan(full)
    const runId = randomUUID()
    const batches: Outgoing[][] = []
    for (let i = 0; i < outgoing.length; i += batchSize) batches.push(outgoing.slice(i, i + batchSize))
    const summary = { runId: batches.length ? runId : null, kind, cohort, unchanged, batches: batches.length, batchesFailed: 0, rowsSent: 0, rowsFailed: 0, rowsNotSent: 0, purged: 0 }
    const stored = await withTransaction(db, async (tx) => {
      const out = []
      for (const b of batches) out.push({ ...(await repo.insertBatch(tx, runId, kind, b)), rows: b })
      await recordWrite(tx, actor, { action: 'cscFeed.run', entityType: 'csc_api_run', entityId: runId, detail: { kind, cohort, unchanged, rows: outgoing.length, purges: outgoing.filter((o) => o.purge).length, failingChecks: outgoing.filter((o) => o.problems.length > 0).length, batches: batches.length } })
      return out
    })
    for (const [i, b] of stored.entries()) {
      progress(`Sending batch ${i + 1} of ${stored.length}`)
      const settled = await sendBatch(sender.send, b)
      const at = clock.now()
      const accepted = settled.rows.filter((r) => r.accepted)
      await withTransaction(db, async (tx) => {
        await repo.settleBatch(tx, b.batchId, { ...settled.batch, at }, settled.rows)
        await repo.accept(tx, accepted.map((r) => r.row), at)
      })
      if (!settled.batch.ok) summary.batchesFailed++
      summary.rowsSent += accepted.filter((r) => !r.row.purge).length
      summary.purged += accepted.filter((r) => r.row.purge).length
      summary.rowsFailed += settled.rows.length - accepted.length
      summary.rowsNotSent += settled.rows.filter((r) => !r.sent).length
    }
    return summary
  }

  return {
    settings,
    /** Runs the feed now; a second call while one runs waits for the first rather than sending twice. */
    run(actor: Actor, opts: { full?: boolean; progress?: Progress } = {}): Promise<RunSummary> {
      if (running) return running
      running = runOnce(actor, opts.full ?? false, opts.progress ?? (() => undefined)).finally(() => {
        running = null
      })
      return running
    },
    /** Recent runs with their counts and batches, newest first. */
    recentRuns: async (limit = 10) => {
      const runs = await repo.runs(limit)
      const batches = await repo.batchesOfRuns(runs.map((r) => r.runId))
      return runs.map((r) => ({ ...r, startedAt: new Date(r.startedAt), batchList: batches.filter((b) => b.runId === r.runId) }))
    },
    async batch(actor: Actor, batchId: string) {
      const batch = await repo.batch(batchId)
      if (!batch) throw notFound('Batch')
      const rows = await repo.rowsOfBatch(actor, batchId)
      await recordAccess(db, actor, { action: 'cscFeed.batch', entityType: 'csc_api_batch', entityId: batchId, detail: { rows: rows.length } })
      return { batch, rows }
    },
    /** One child's payload as it would be sent today, for the analyst; 404 outside the actor's scope. */
    async preview(actor: Actor, childRef: string) {
      const child = await repo.childInScopeByRef(actor, childRef)
      if (!child) throw notFound('Child')
      const today = clock.today()
      const window = feedWindow(today)
      const payload = assemblePayloads(await readRows({ kind: 'child', childId: child.id, window }), today).get(child.id)!
      const inCohort = await payloadRepo.isInCohort(child.id, window)
      await recordAccess(db, actor, { action: 'cscFeed.preview', entityType: 'child', entityId: child.id, childId: child.id })
      return { childRef: child.childRef, payload, hash: payloadHash(payload), problems: payloadProblems(payload), inCohort, window }
    },
  }
}

export type CscFeedService = ReturnType<typeof cscFeedService>
