/**
 * Fast bulk insert for seeding. drizzle's `insert().values()` builds one bind parameter per value,
 * which for the Leicester council (~600,000 rows) costs tens of seconds in query building alone.
 * Instead each column travels as ONE parameter, a PostgreSQL array literal, and the server unpacks
 * the columns with unnest() (PostgreSQL manual, "Array Functions": unnest with several arguments
 * expands arrays in parallel into rows). The SQL still goes through drizzle, so it works unchanged
 * on node-postgres and PGlite, and every value is a bound parameter, never spliced into the SQL.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from '../db/executor.js'

/** Rows per statement: large enough to amortise round trips, small enough to keep strings modest. */
const ROWS_PER_STATEMENT = 10_000

/** One element of an array literal: quoted, with backslash and double quote escaped (manual §8.15.6). */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  let text: string
  if (value instanceof Date) text = value.toISOString()
  else if (typeof value === 'boolean') text = value ? 't' : 'f'
  else text = String(value)
  if (text.includes('"') || text.includes('\\')) text = text.replace(/[\\"]/g, '\\$&')
  return `"${text}"`
}

function arrayLiteral(rows: readonly Record<string, unknown>[], key: string): string {
  const parts = new Array<string>(rows.length)
  for (let i = 0; i < rows.length; i++) parts[i] = element((rows[i] as Record<string, unknown>)[key])
  return `{${parts.join(',')}}`
}

/**
 * Inserts rows (objects keyed by the drizzle property names, all with the same keys as the first row)
 * into `table`. Columns a row leaves out take their database defaults.
 */
export async function bulkInsert(
  tx: Executor,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<void> {
  const first = rows[0]
  if (!first) return
  const columns = getTableColumns(table) as Record<string, PgColumn>
  const keys = Object.keys(first).filter((k) => first[k] !== undefined)
  const targets = keys.map((key) => {
    const column = columns[key]
    if (!column) throw new Error(`Unknown column ${key}`)
    return column
  })
  const names = sql.join(
    targets.map((c) => sql.identifier(c.name)),
    sql`, `,
  )
  const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT)
    const arrays: SQL[] = keys.map((key, k) => sql`${arrayLiteral(batch, key)}::${sql.raw((targets[k] as PgColumn).getSQLType())}[]`)
    await tx.execute(sql`insert into ${table} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})${conflict}`)
  }
}
