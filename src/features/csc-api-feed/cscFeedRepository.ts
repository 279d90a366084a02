/** Reads and writes of the feed's own tables: batches, rows and each child's last accepted hash. */
import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { childInScope, type Actor } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import type { Executor } from '../../db/executor.js'
import { children, cscApiBatches, cscApiChildState, cscApiRows } from '../../db/schema/index.js'

export type NewRow = { childId: string; payloadHash: string; purge: boolean }

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
     * Records the endpoint's answer on the batch and each row. Where the endpoint answered with one
     * item per record (the DfE receiver returns a list of receipts), each row keeps its own.
     */
    async settleBatch(tx: Executor, batchId: string, rowIds: readonly string[], outcome: { ok: boolean; attempts: number; status: number | null; body: string; rowResponses: readonly string[] | null; at: Date }) {
      const status = outcome.ok ? 'sent' : 'failed'
      await tx
        .update(cscApiBatches)
        .set({ status, attempts: outcome.attempts, responseStatus: outcome.status, responseBody: outcome.body, sentAt: outcome.ok ? outcome.at : null })
        .where(eq(cscApiBatches.id, batchId))
      if (outcome.rowResponses) {
        // One statement for the whole batch: each row's receipt travels as a JSON list.
        const receipts = JSON.stringify(rowIds.map((id, i) => ({ id, response: outcome.rowResponses![i] ?? '' })))
        await tx.execute(sql`update csc_api_rows set status = ${status}, response = v.response
          from jsonb_to_recordset(${receipts}::jsonb) as v(id uuid, response text) where csc_api_rows.id = v.id`)
      } else {
        const response = outcome.status === null ? outcome.body : `${outcome.status}: ${outcome.body}`
        await tx.update(cscApiRows).set({ status, response }).where(eq(cscApiRows.batchId, batchId))
      }
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
