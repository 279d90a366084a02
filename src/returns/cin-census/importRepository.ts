/**
 * Set-based reads and writes for the CIN census import (import.ts). The reads load everything the
 * file's children already have, a few queries per table, so the import compares in memory; the
 * writes insert each table's new rows in multi-row statements and apply only the updates planned
 * (importPlan.ts). Key lists and rows are sent in chunks, to stay well under PostgreSQL's limit of
 * 65,535 parameters in one statement.
 */
import { eq, inArray } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import { systemActor } from '../../access/actor.js'
import type { Executor } from '../../db/executor.js'
import {
  assessments,
  children,
  cinEpisodes,
  cpConferences,
  cpPlans,
  referrals,
  s47Enquiries,
  strategyDiscussions,
  users,
} from '../../db/schema/index.js'
import type { Inserts, Update, UpdatedTable } from './importWrites.js'

/** The user that imported rows name as author, chair and authoriser: the system actor, which cannot sign in. */
export const importUserId = systemActor.id

/** Keys per read, and rows per insert (the widest table has about 20 columns). */
const keyChunk = 5_000
const rowChunk = 1_000

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** Parents before children: the foreign keys are checked as each statement runs. */
export const insertOrder = [
  'children',
  'cin_episodes',
  'referrals',
  'strategy_discussions',
  's47_enquiries',
  'cp_conferences',
  'assessments',
  'cp_plans',
] as const satisfies readonly (keyof Inserts)[]

const tables = {
  children,
  cin_episodes: cinEpisodes,
  referrals,
  strategy_discussions: strategyDiscussions,
  s47_enquiries: s47Enquiries,
  cp_conferences: cpConferences,
  assessments,
  cp_plans: cpPlans,
} satisfies Record<keyof Inserts, PgTable>

export function importRepository(db: Executor) {
  /** One read per chunk of keys, one after another: a transaction is one connection. */
  async function byKeys<T extends PgTable>(
    table: T,
    column: PgColumn,
    keys: readonly string[],
  ): Promise<T['$inferSelect'][]> {
    const out: T['$inferSelect'][] = []
    for (const part of chunks(keys, keyChunk))
      out.push(
        ...((await db
          .select()
          .from(table as PgTable)
          .where(inArray(column, part))) as T['$inferSelect'][]),
      )
    return out
  }

  return {
    /** The system actor as a user row (no usable password, inactive), so imported rows have an author. */
    async ensureImportUser(): Promise<void> {
      await db
        .insert(users)
        .values({
          id: importUserId,
          email: 'census-import@system.invalid',
          displayName: 'Cairn system (census import)',
          role: 'admin',
          passwordHash: '!',
          active: false,
        })
        .onConflictDoNothing()
    },

    /** Everything the file's children (by LAchildID) already hold, in the tables the census fills. */
    async loadExisting(refs: readonly string[]) {
      const kids = await byKeys(children, children.childRef, refs)
      const ids = kids.map((k) => k.id)
      return {
        kids,
        episodes: await byKeys(cinEpisodes, cinEpisodes.childId, ids),
        referrals: await byKeys(referrals, referrals.childId, ids),
        assessments: await byKeys(assessments, assessments.childId, ids),
        section47s: await byKeys(s47Enquiries, s47Enquiries.childId, ids),
        conferences: await byKeys(cpConferences, cpConferences.childId, ids),
        cpPlans: await byKeys(cpPlans, cpPlans.childId, ids),
      }
    },

    /** Every planned new row, table by table in `insertOrder`, in multi-row statements. */
    async insertAll(inserts: Inserts): Promise<void> {
      for (const name of insertOrder) {
        const table: PgTable = tables[name]
        for (const part of chunks<Record<string, unknown>>(inserts[name], rowChunk))
          await db.insert(table).values(part)
      }
    },

    /** One statement per changed row (rare: only what differs from the file), bumping its version. */
    async update({ table, id, set, version }: Update): Promise<void> {
      const target: Record<UpdatedTable, PgTable & { id: PgColumn }> = tables
      const extra = table === 'children' ? { updatedAt: new Date() } : {}
      await db
        .update(target[table])
        .set({ ...set, ...extra, version: version + 1 })
        .where(eq(target[table].id, id))
    },
  }
}

export type ImportRepository = ReturnType<typeof importRepository>
export type ExistingRows = Awaited<ReturnType<ImportRepository['loadExisting']>>
