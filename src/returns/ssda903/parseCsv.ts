/**
 * Reads a set of SSDA903 CSV files into an Ssda903Return (tables.ts). Each file is told apart by
 * its exact set of column names, not its file name, as the DfE's validator does
 * (csc-validator-be-903 lac_validator/ingress.py; research/standards.md §2.1). Quoting follows
 * RFC 4180; a UTF-8 byte order mark is allowed (spreadsheets add one). Values are kept as the file
 * gives them (trimmed), so an import followed by an export reproduces every cell.
 */
import { emptyReturn, ssda903Columns, ssda903FileNames, type Ssda903Return, type Ssda903TableName } from './tables.js'

/** One problem, placed by file (or table), line and column so a person can find and fix it. */
export type ImportProblem = {
  readonly file: string
  /** The line in the file (1 is the column names), or the child's position in an XML file; null for the whole file. */
  readonly row: number | null
  readonly column: string | null
  readonly message: string
}

/** Where each table's rows came from, row by row (same order as the table), for the report. */
export type RowSources = { readonly [T in Ssda903TableName]: { readonly file: string; readonly row: number }[] }

export type ParsedReturn = { readonly data: Ssda903Return; readonly sources: RowSources; readonly problems: ImportProblem[] }

export type CsvFile = { readonly name: string; readonly content: string | Uint8Array }

export const emptySources = (): RowSources => Object.fromEntries(Object.keys(ssda903Columns).map((t) => [t, []])) as unknown as RowSources

/**
 * RFC 4180 records: fields separated by commas, records by CRLF or LF, a field in double quotes
 * may hold commas, line breaks and doubled quotes. Returns each record with the line it starts on,
 * or an error for an unclosed quote. Blank lines are skipped.
 */
export function readCsvRecords(text: string): { records: { line: number; fields: string[] }[]; error: string | null } {
  const records: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  let i = 0
  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
      i++
      continue
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      fields.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else field += ch
    i++
  }
  if (quoted) return { records, error: `a quoted value opened on line ${start} is never closed` }
  if (field !== '' || fields.length) endRecord()
  return { records, error: null }
}

const tableNames = Object.keys(ssda903Columns) as Ssda903TableName[]
const signature = (cols: readonly string[]) => [...cols].sort().join(',')
const bySignature = new Map(tableNames.map((t) => [signature(ssda903Columns[t]), t]))

/** The table whose exact column set the file has, if any. */
export function tableOfColumns(columns: readonly string[]): Ssda903TableName | null {
  if (new Set(columns).size !== columns.length) return null
  return bySignature.get(signature(columns)) ?? null
}

/** Parses a set of CSV files; every problem is reported (file, line, column), never thrown. */
export function parseCsvSet(files: readonly CsvFile[]): ParsedReturn {
  const data = emptyReturn() as unknown as Record<Ssda903TableName, Record<string, string>[]>
  const sources = emptySources() as unknown as Record<Ssda903TableName, { file: string; row: number }[]>
  const problems: ImportProblem[] = []
  const seen = new Map<Ssda903TableName, string>()
  for (const file of files) {
    const problem = (row: number | null, message: string, column: string | null = null) => problems.push({ file: file.name, row, column, message })
    let text = typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.includes('\uFFFD')) {
      problem(null, 'The file is not UTF-8 text. Save it from the spreadsheet as "CSV UTF-8" and try again.')
      continue
    }
    const { records, error } = readCsvRecords(text)
    if (error) {
      problem(null, `The file is not a valid CSV file: ${error}.`)
      continue
    }
    const head = records[0]
    if (!head) {
      problem(null, 'The file is empty: it has no row of column names.')
      continue
    }
    const columns = head.fields.map((c) => c.trim())
    const table = tableOfColumns(columns)
    if (table === null) {
      problem(1, `The columns (${columns.join(', ')}) match no SSDA903 table. Each file must have exactly the DfE's columns for one table, for example ${ssda903Columns.Reviews.join(', ')} for reviews.`)
      continue
    }
    const earlier = seen.get(table)
    if (earlier !== undefined) {
      problem(1, `This file has the ${table} columns, as ${earlier} does: give each table once.`)
      continue
    }
    seen.set(table, file.name)
    for (const record of records.slice(1)) {
      if (record.fields.length !== columns.length) {
        problem(record.line, `The row has ${record.fields.length} values; the ${table} table has ${columns.length} columns.`)
        continue
      }
      const row: Record<string, string> = {}
      columns.forEach((c, i) => (row[c] = record.fields[i]!.trim()))
      data[table].push(row)
      sources[table].push({ file: file.name, row: record.line })
    }
  }
  if (!seen.has('Header') && files.length > 0)
    problems.push({ file: ssda903FileNames.Header, row: null, column: null, message: 'No file has the Header columns (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB): every 903 return has a Header table.' })
  return { data: data as unknown as Ssda903Return, sources, problems }
}
