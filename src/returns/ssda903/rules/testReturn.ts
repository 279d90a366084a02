/** Builds small SSDA903 returns for rule tests: every column not given is blank. */
import { emptyReturn, ssda903Columns, type Ssda903Return, type Ssda903Row, type Ssda903TableName } from '../tables.js'

export type PartialReturn = { readonly [T in Ssda903TableName]?: readonly Partial<Ssda903Row<T>>[] }

export function returnWith(tables: PartialReturn): Ssda903Return {
  const out = emptyReturn() as Record<Ssda903TableName, readonly unknown[]>
  for (const [table, rows] of Object.entries(tables) as [Ssda903TableName, readonly Record<string, string>[]][]) {
    out[table] = rows.map((row) => Object.fromEntries(ssda903Columns[table].map((c) => [c, row[c] ?? ''])))
  }
  return out as unknown as Ssda903Return
}
