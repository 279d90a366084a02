/** Reads and writes of the feed's own tables: batches, rows and each child's last accepted hash. */
import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { childInScope, type Actor } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import type { Executor } from '../../db/executor.js'
import { children, cscApiBatches, cscApiChildState, cscApiRows } from '../../db/schema/index.js'

export type NewRow = { childId: string; payloadHash: string; purge: boolean }

/** The endpoint's answer to the whole batch; `ok` is false for a batch never sent. */
export type BatchOutcome = { readonly ok: boolean; readonly attempts: number; readonly status: number | null; readonly body: string; readonly at: Date }
export type RowOutcome = { readonly rowId: string; readonly accepted: boolean; readonly response: string }

export function cscFeedRepository(db: AppDb) {
  return {
    /** Every child's state, with the child's LA id (for purge payloads). */
    states: () =>
      db
        .select({ childId: cscApiChildState.childId, lastHash: cscApiChildState.lastHash, purged: cscApiChildState.purged, childRef: children.childRef })
        .from(cscApiChildState)
        .innerJoin(children, eq(children.id, cscApiChildState.childId)),

    /** The batch and its rows, pending; the row ids come back in the order given (the payload's order). */
    async insertBatch(tx: Executor, runId: string, kind: 'full' | 'delta', rows: readonly NewRow[]): Promise<{ batchId: string; rowIds: string[] }> {
      const [batch] = await tx.insert(cscApiBatches).values({ runId, kind, status: 'pending' }).returning({ id: cscApiBatches.id })
      const ids = rows.map(() => randomUUID())
      await tx.insert(cscApiRows).values(rows.map((r, i) => ({ id: ids[i]!, batchId: batch!.id, childId: r.childId, payloadHash: r.payloadHash, purge: r.purge, status: 'pending' })))
      return { batchId: batch!.id, rowIds: ids }
    },

    /**
     * Records the endpoint's answer on the batch, and each row's own outcome: accepted ('sent') or
     * not ('failed'), with its receipt or message. One statement for all the rows.
     */
    async settleBatch(tx: Executor, batchId: string, batch: BatchOutcome, rows: readonly RowOutcome[]) {
      await tx
        .update(cscApiBatches)
        .set({ status: batch.ok ? 'sent' : 'failed', attempts: batch.attempts, responseStatus: batch.status, responseBody: batch.body, sentAt: batch.ok ? batch.at : null })
        .where(eq(cscApiBatches.id, batchId))
      if (rows.length === 0) return
      const outcomes = JSON.stringify(rows.map((r) => ({ id: r.rowId, status: r.accepted ? 'sent' : 'failed', response: r.response })))
      await tx.execute(sql`update csc_api_rows set status = v.status, response = v.response
        from jsonb_to_recordset(${outcomes}::jsonb) as v(id uuid, status text, response text) where csc_api_rows.id = v.id`)
    },

    /** Advances the children's state; the caller passes only rows of an accepted batch. */
    accept: (tx: Executor, rows: readonly NewRow[], at: Date) =>
      rows.length === 0
        ? Promise.resolve()
        : tx
            .insert(cscApiChildState)
            .values(rows.map((r) => ({ childId: r.childId, lastHash: r.payloadHash, lastSentAt: at, purged: r.purge })))
            .onConflictDoUpdate({ target: cscApiChildState.childId, set: { lastHash: sql`excluded.last_hash`, lastSentAt: sql`excluded.last_sent_at`, purged: sql`excluded.purged` } })
            .then(() => undefined),

    /** Recent runs with their counts, newest first. */
    runs: (limit: number) =>
      db
        .select({
          runId: cscApiBatches.runId,
          kind: sql<string>`min(${cscApiBatches.kind})`,
          startedAt: sql<Date>`min(${cscApiBatches.createdAt})`,
          batches: sql<number>`count(distinct ${cscApiBatches.id})::int`,
          batchesFailed: sql<number>`count(distinct ${cscApiBatches.id}) filter (where ${cscApiBatches.status} = 'failed')::int`,
          rowsSent: sql<number>`count(${cscApiRows.id}) filter (where ${cscApiRows.status} = 'sent' and not ${cscApiRows.purge})::int`,
          rowsFailed: sql<number>`count(${cscApiRows.id}) filter (where ${cscApiRows.status} = 'failed')::int`,
          rowsPending: sql<number>`count(${cscApiRows.id}) filter (where ${cscApiRows.status} = 'pending')::int`,
          purged: sql<number>`count(${cscApiRows.id}) filter (where ${cscApiRows.status} = 'sent' and ${cscApiRows.purge})::int`,
        })
        .from(cscApiBatches)
        .leftJoin(cscApiRows, eq(cscApiRows.batchId, cscApiBatches.id))
        .groupBy(cscApiBatches.runId)
        .orderBy(desc(sql`min(${cscApiBatches.createdAt})`))
        .limit(limit),

    batchesOfRuns: (runIds: string[]) =>
      runIds.length === 0
        ? Promise.resolve([])
        : db.select({ id: cscApiBatches.id, runId: cscApiBatches.runId, status: cscApiBatches.status, attempts: cscApiBatches.attempts, responseStatus: cscApiBatches.responseStatus, createdAt: cscApiBatches.createdAt })
            .from(cscApiBatches).where(inArray(cscApiBatches.runId, runIds)).orderBy(asc(cscApiBatches.createdAt), asc(cscApiBatches.id)),

    batch: async (batchId: string) => (await db.select().from(cscApiBatches).where(eq(cscApiBatches.id, batchId)))[0] ?? null,

    /** A batch's rows; the child's LA id only where the actor may see the child. */
    rowsOfBatch: (actor: Actor, batchId: string) =>
      db
        .select({
          id: cscApiRows.id,
          childId: cscApiRows.childId,
          childRef: sql<string | null>`case when ${childInScope(actor)} then ${children.childRef} else null end`,
          purge: cscApiRows.purge,
          status: cscApiRows.status,
          response: cscApiRows.response,
          payloadHash: cscApiRows.payloadHash,
        })
        .from(cscApiRows)
        .innerJoin(children, eq(children.id, cscApiRows.childId))
        .where(eq(cscApiRows.batchId, batchId))
        .orderBy(asc(children.childRef)),

    childInScopeByRef: async (actor: Actor, childRef: string) =>
      (await db.select({ id: children.id, childRef: children.childRef }).from(children).where(and(eq(children.childRef, childRef), childInScope(actor))))[0] ?? null,
  }
}

export type CscFeedRepository = ReturnType<typeof cscFeedRepository>
