/**
 * The fast path for the `england` size (about 1,000,000 children, for reporting benchmarks only:
 * issue 7 part 7). Generating a million children row by row in Node would take about 20 minutes and
 * several GB of memory, so a generated council is copied inside PostgreSQL, set-based, one
 * INSERT … SELECT per table for all the copies at once.
 *
 * How a copy is made:
 * - every uuid column (keys and foreign keys alike) goes through the same deterministic function,
 *   md5(copy || ':' || id)::uuid, so references inside a copy still meet and copies never collide;
 * - text columns in a unique index with no uuid column (a child's reference, a user's email) get
 *   the suffix "R<copy>" (letters and digits, as children_ref_check allows); every other column is
 *   copied as it is, dates included;
 * - each copy has its own teams and workers, so caseloads and team breakdowns keep their shape.
 *
 * Limits (why this is for benchmarks only):
 * - only the tables the KPI scorecard and its scope rules read are copied (KPI_TABLES); case notes,
 *   addresses, key people, documents, audits and the rest stay those of the original council only,
 *   and a copied row that points at such a table points at nothing;
 * - foreign-key triggers are off while copying (session_replication_role = replica, which needs a
 *   superuser): the copies are consistent by construction, and the secondary indexes, dropped
 *   before and rebuilt after, check every unique rule again;
 * - each copy is the same council: figures that are rates or shares are unchanged, counts are
 *   multiplied, and nothing here is realistic at the level of a single child;
 * - PostgreSQL only: PGlite has no superuser switch for the triggers, and a million children is
 *   beyond what it is for.
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../db/client.js'

/** Every table a KPI cohort, the scorecard's joins or childInScope reads (src/features/performance/cohorts). */
export const KPI_TABLES = [
  'teams', 'users', 'children',
  'contacts', 'cin_episodes', 'referrals', 'allocations', 'assessments',
  'strategy_discussions', 's47_enquiries', 'cp_conferences', 'cp_plans', 'core_group_meetings', 'step_downs',
  'plans', 'plan_actions', 'plan_reviews', 'visits',
  'pre_proceedings', 'care_proceedings',
  'care_periods', 'care_episodes', 'cla_reviews', 'missing_episodes', 'return_interviews',
  'care_leaver_outcomes', 'pa_allocations', 'private_fostering_arrangements', 'private_fostering_visits', 'adoptions',
] as const

type Column = { name: string; type: string }
const q = (name: string) => `"${name.replace(/"/g, '""')}"`

export type ReplicateResult = { copies: number; rowsAdded: number; ms: number }

/** Adds `copies` copies of every KPI table's rows (so the data becomes 1 + copies times as large). */
/**
 * Leaves freshly loaded tables as PostgreSQL's autovacuum soon would: with planner statistics (without
 * them the first queries can pick poor plans) and, on PostgreSQL, a visibility map, so the KPI
 * cohorts' index-only probes (migration 0016) need not visit the table. PGlite only analyses: its
 * cold start seeds the demo council and every second of it counts (issue 3: ready in 15 s).
 */
export async function settle(database: Database): Promise<void> {
  await database.db.execute(database.engine === 'postgres' ? sql`vacuum (analyze)` : sql`analyze`)
}

export async function replicate(database: Database, copies: number, progress?: (table: string, ms: number) => void): Promise<ReplicateResult> {
  if (database.engine !== 'postgres') throw new Error('Replicating a council needs PostgreSQL')
  if (!Number.isInteger(copies) || copies < 1) throw new RangeError('copies must be a whole number ≥ 1')
  const db = database.db
  const started = performance.now()
  const rowsOf = async (text: string) => (await db.execute(sql.raw(text))).rows as Record<string, unknown>[]
  let rowsAdded = 0

  for (const table of KPI_TABLES) {
    const tableStarted = performance.now()
    const columns = (await rowsOf(`select column_name as name, data_type as type from information_schema.columns
      where table_schema = 'public' and table_name = '${table}' and is_generated = 'NEVER' and coalesce(column_default, '') not like 'nextval%' order by ordinal_position`)) as Column[]
    // Unique indexes with no uuid column: their text columns must differ between copies.
    const uniques = (await rowsOf(`select array_agg(a.attname::text) as cols, bool_or(t.typname = 'uuid') as has_uuid
      from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) join pg_type t on t.oid = a.atttypid
      where i.indrelid = 'public.${table}'::regclass and i.indisunique group by i.indexrelid`)) as { cols: string[]; has_uuid: boolean }[]
    const suffixed = new Set(uniques.filter((u) => !u.has_uuid).flatMap((u) => u.cols))
    const exprs = columns.map((c) => {
      if (c.type === 'uuid') return `md5(k.n::text || ':' || t.${q(c.name)}::text)::uuid`
      if (suffixed.has(c.name)) {
        if (c.type !== 'text' && c.type !== 'character varying') throw new Error(`${table}.${c.name} is unique and cannot be suffixed`)
        return `t.${q(c.name)} || 'R' || k.n::text`
      }
      return `t.${q(c.name)}`
    })
    // Secondary indexes that back no constraint are rebuilt once at the end instead of row by row.
    const indexes = (await rowsOf(`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
      where i.indrelid = 'public.${table}'::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`)) as { name: string; def: string }[]
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`)
      await tx.execute(sql`set local maintenance_work_mem = '256MB'`)
      for (const ix of indexes) await tx.execute(sql.raw(`drop index ${ix.name}`))
      const result = await tx.execute(sql.raw(`insert into ${q(table)} (${columns.map((c) => q(c.name)).join(', ')})
        select ${exprs.join(', ')} from ${q(table)} t cross join generate_series(1, ${copies}) k(n)`))
      rowsAdded += Number(result.rowCount ?? 0)
      for (const ix of indexes) await tx.execute(sql.raw(ix.def))
    })
    progress?.(table, performance.now() - tableStarted)
  }
  await settle(database)
  return { copies, rowsAdded, ms: Math.round(performance.now() - started) }
}
