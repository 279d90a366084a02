/**
 * Writes each 903 table as the DfE CSV file: the exact column names in the DfE order
 * (tables.ts, ssda903Columns), one row per line, RFC 4180 quoting (a field holding a comma, a
 * double quote or a line break is quoted, quotes doubled). Lines end in LF, as the DfE's fake data
 * set and the reference validator's test files do (only its sw_episodes.csv has CRLF; the validator
 * reads both).
 *
 * Spreadsheet formula injection: a cell beginning with =, +, -, @, tab or carriage return is
 * written with a leading apostrophe, so a spreadsheet opening the file shows text rather than
 * running a formula (OWASP, "CSV Injection"). No valid 903 value begins with any of these (codes,
 * DD/MM/YYYY dates, postcodes, URNs, SW ids, 0-40 SDQ scores), so the guard never changes a valid
 * return; and the import refuses formula-looking cells, so an import followed by an export still
 * reproduces every cell.
 */
import { ssda903Columns, ssda903FileNames, tablesCollected, type Ssda903Return, type Ssda903TableName } from './tables.js'

const formulaStart = /^[=+\-@\t\r]/

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One table as CSV text, header line first; an empty table is the header line alone. */
export function tableCsv(table: Ssda903TableName, rows: Ssda903Return[Ssda903TableName]): string {
  const columns = ssda903Columns[table] as readonly string[]
  const lines = [columns.join(',')]
  for (const row of rows as readonly Record<string, string>[]) lines.push(columns.map((c) => csvCell(row[c] ?? '')).join(','))
  return `${lines.join('\n')}\n`
}

/** Every table the year collects, as { file name, CSV text }, in the DfE table order. */
export function returnCsvFiles(ret: Ssda903Return, yearEnding: number): { table: Ssda903TableName; filename: string; csv: string }[] {
  return tablesCollected(yearEnding).map((table) => ({ table, filename: ssda903FileNames[table], csv: tableCsv(table, ret[table]) }))
}
