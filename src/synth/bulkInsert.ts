/**
 * Fast bulk insert for seeding. drizzle's `insert().values()` builds one bind parameter per value,
 * which for the Leicester council (~600,000 rows) costs tens of seconds in query building alone.
 * Instead each column travels as ONE parameter, a PostgreSQL array literal, and the server unpacks
 * the columns with unnest() (PostgreSQL manual, "Array Functions": unnest with several arguments
 * expands arrays in parallel into rows). The SQL still goes through drizzle, so it works unchanged
 * on node-postgres and PGlite, and every value is a bound parameter, never spliced into the SQL.
 * Statements are pipelined: the next batch is built while the server inserts the previous one.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from '../db/executor.js'

/** Rows per statement: large enough to amortise round trips, small enough to keep strings modest. */
const ROWS_PER_STATEMENT = 5_000

/** One element of an array literal: quoted, with backslash and double quote escaped (manual §8.15.6). */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  // Instants travel as epoch milliseconds (cheaper than toISOString) and become timestamptz in SQL.
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === 'boolean') return value ? 't' : 'f'
  // An array value (a text[] column) travels as the text of its own array literal, cast back in SQL:
  // unnest() would flatten a two-dimensional array.
  let text = Array.isArray(value) ? `{${value.map((v) => element(v)).join(',')}}` : String(value)
  if (text.includes('"') || text.includes('\\')) text = text.replace(/[\\"]/g, '\\$&')
  return `"${text}"`
}

function arrayLiteral(rows: readonly Record<string, unknown>[], key: string): string {
  const parts = new Array<string>(rows.length)
  for (let i = 0; i < rows.length; i++) parts[i] = element((rows[i] as Record<string, unknown>)[key])
  return `{${parts.join(',')}}`
}

/** Keeps a few statements in flight on the one transaction connection, in submission order. */
export function createPipeline(depth = 2) {
  const inFlight: Promise<unknown>[] = []
  return {
    async push(statement: Promise<unknown>): Promise<void> {
      statement.catch(() => undefined) // awaited below; this only stops an early "unhandled" warning
      inFlight.push(statement)
      while (inFlight.length >= depth) await inFlight.shift()
    },
    async drain(): Promise<void> {
      while (inFlight.length > 0) await inFlight.shift()
    },
  }
}

export type Pipeline = ReturnType<typeof createPipeline>

/**
 * Inserts rows (objects keyed by drizzle property names, all with the keys of the first row) into
 * `table`. Columns a row leaves out take their database defaults. Call `pipeline.drain()` at the end.
 */
export async function bulkInsert(
  tx: Executor,
  pipeline: Pipeline,
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
  const isInstant = (c: PgColumn) => c.getSQLType().startsWith('timestamp')
  const isArray = (c: PgColumn) => c.getSQLType().endsWith('[]')
  const isJson = (c: PgColumn) => c.getSQLType().startsWith('json')
  const names = sql.join(
    targets.map((c) => sql.identifier(c.name)),
    sql`, `,
  )
  const aliases = targets.map((_, k) => sql.identifier(`c${k}`))
  const select = sql.join(
    targets.map((c, k) =>
      isInstant(c)
        ? sql`to_timestamp(${aliases[k]} / 1000.0)`
        : isArray(c)
          ? sql`${aliases[k]}::${sql.raw(c.getSQLType())}`
          : sql`${aliases[k]}`,
    ),
    sql`, `,
  )
  const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT)
    const arrays: SQL[] = targets.map((c, k) => {
      const type = isInstant(c) ? 'float8' : isArray(c) ? 'text' : c.getSQLType()
      const key = keys[k] as string
      // A json column's value travels as its JSON text: an object has no array-literal form.
      const values = isJson(c) ? batch.map((r) => ({ [key]: r[key] == null ? null : JSON.stringify(r[key]) })) : batch
      return sql`${arrayLiteral(values, key)}::${sql.raw(type)}[]`
    })
    const statement = sql`insert into ${table} (${names}) select ${select} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(aliases, sql`, `)})${conflict}`
    await pipeline.push(tx.execute(statement).then(() => undefined))
  }
}
