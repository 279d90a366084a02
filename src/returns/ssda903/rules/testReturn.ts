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

/** A complete AD1 row (matched for adoption) for child c1, born 1 January 2020 unless `row` says otherwise. */
export const ad1Row = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DOB: '01/01/2020',
  DATE_INT: '01/02/2025',
  DATE_MATCH: '01/03/2025',
  FOSTER_CARE: '0',
  NB_ADOPTR: '1',
  SEX_ADOPTR: 'F1',
  LS_ADOPTR: 'L0',
  ...row,
})
