/**
 * CSV for exports opened in spreadsheets. A cell starting with = + - @ tab or carriage return can run
 * as a formula when opened (CSV injection, OWASP "CSV Injection"), so it is prefixed with a single
 * quote and shown as text. Quoting follows RFC 4180.
 */
const formulaStart = /^[=+\-@\t\r]/

/** Text that a spreadsheet will show as text, never run as a formula (CSV and xlsx exports alike). */
export const formulaSafe = (text: string) => (formulaStart.test(text) ? `'${text}` : text)

export function csvCell(value: unknown): string {
  const text = formulaSafe(value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value))
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows to a CSV document, CRLF line ends as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
