/** What an Annex A cell shows for a query row's field (src/domain/annexA/lists.ts holds the columns). */
import { labelOf, no, yes } from './codes.js'
import type { AnnexAColumn } from './columns.js'
import type { AnnexARow } from './lists.js'

/** The value a cell shows: a label for a code, a/b for yes/no, the date or number as it is. */
export function cellValue(column: AnnexAColumn, row: AnnexARow): string | number | null {
  const v = row[column.field]
  if (v === null || v === undefined || v === '') return null
  if (column.yesNo) return v === true || v === 'Y' ? yes : v === false || v === 'N' ? no : String(v)
  if (column.kind === 'int') return Number(v)
  if (column.labels) return labelOf(column.labels, String(v))
  return typeof v === 'boolean' ? (v ? yes : no) : v
}
