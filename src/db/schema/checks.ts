import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

/**
 * A CHECK constraint that mirrors a code list (ARCHITECTURE.md §6.7). Codes are plain
 * alphanumerics from our own lists, so inlining them as literals is safe.
 */
export function inList(column: AnyPgColumn, codes: readonly string[]): SQL {
  const literals = codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ')
  return sql`${column} in (${sql.raw(literals)})`
}

/** A CHECK that every element of a text[] column is in a code list (`<@` is "is contained by"). */
export function allInList(column: AnyPgColumn, codes: readonly string[]): SQL {
  const literals = codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ')
  return sql`${column} <@ array[${sql.raw(literals)}]::text[]`
}
