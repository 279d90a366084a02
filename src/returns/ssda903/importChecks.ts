/**
 * The structural checks of an SSDA903 import (import.ts), by table, row and column, run before
 * anything is written. They stop what cannot be stored faithfully: dates that are not real
 * DD/MM/YYYY dates, cells a spreadsheet would run as formulas (OWASP "CSV injection"; no 903 value
 * is negative, so a leading '-' is never data), a CHILD that is blank, too long or has no Header row,
 * and values our tables' constraints refuse. The DfE rules (validate.ts) are not run here: a loaded
 * return keeps what it was given, and the rules report it (README.md).
 */
import { codesOf, ethnicities, upnUnknownReasons } from '../../domain/codeLists/index.js'
import type { ImportProblem, ParsedReturn } from './parseCsv.js'
import { ssda903Columns, tablesCollected, type Ssda903TableName } from './tables.js'

/** The years whose tables we know: from 2013-14 to 2026-27 (DoLo, the latest table, came in 2026-27). */
export const firstYear = 2014
export const lastYear = 2027
export const isKnownYear = (y: number) => Number.isInteger(y) && y >= firstYear && y <= lastYear

/** DD/MM/YYYY → YYYY-MM-DD when it is a real calendar date, else null. */
export function isoOf(value: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value)
  if (!m) return null
  const [, d, mo, y] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : null
}

/** The date columns of each table; `required` ones must be given (our tables need them). */
const dateColumns: Partial<Record<Ssda903TableName, { cols: readonly string[]; required: readonly string[] }>> = {
  Header: { cols: ['DOB', 'MC_DOB'], required: ['DOB'] },
  Episodes: { cols: ['DECOM', 'DEC'], required: ['DECOM'] },
  Reviews: { cols: ['DOB', 'REVIEW'], required: ['REVIEW'] },
  UASC: { cols: ['DOB', 'DUC'], required: [] },
  OC2: { cols: ['DOB'], required: [] },
  OC3: { cols: ['DOB'], required: [] },
  AD1: { cols: ['DOB', 'DATE_INT', 'DATE_MATCH'], required: [] },
  PlacedAdoption: { cols: ['DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED'], required: ['DATE_PLACED'] },
  PrevPerm: { cols: ['DOB'], required: [] },
  Missing: { cols: ['DOB', 'MIS_START', 'MIS_END'], required: ['MIS_START'] },
  SWEpisodes: { cols: ['DOB', 'SW_DECOM', 'SW_DEC'], required: [] },
  DoLo: { cols: ['DOB', 'DOLO_START', 'DOLO_END'], required: ['DOLO_START'] },
}

/**
 * DATE_PERM may be partly unknown: the 903 guidance lets the day, or the day and month, be given
 * as 'zz' ("zz/zz/2014"), as the DfE validator's rule 165/166 checks accept.
 */
export function isDatePerm(value: string): boolean {
  const m = /^(\d{2}|zz)\/(\d{2}|zz)\/(\d{4})$/i.exec(value)
  if (!m) return false
  if (!/zz/i.test(value)) return isoOf(value) !== null
  const [, d, mo] = m
  if (/^zz$/i.test(mo!) && !/^zz$/i.test(d!)) return false
  return /^zz$/i.test(mo!) || (Number(mo) >= 1 && Number(mo) <= 12)
}

/** Cells a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return). */
export const looksLikeFormula = (value: string) => /^[=+\-@\t\r]/.test(value)

/** SEX as 903 gives it (1/2 to 2023-24, M/F/U from 2024-25) → Cairn's M/F/U. */
export const sexOf = (value: string): string | null => ({ '1': 'M', '2': 'F', M: 'M', F: 'F', U: 'U' })[value.toUpperCase()] ?? null

const ethnicCodes = new Set<string>(codesOf(ethnicities))
export const upnUnknownCodes = new Set<string>(codesOf(upnUnknownReasons))
const childPattern = /^[A-Za-z0-9]{1,10}$/
/** Tables with at most one row per child in a return (and a unique key per child and year where stored). */
const onePerChild: readonly Ssda903TableName[] = ['UASC', 'OC2', 'OC3', 'PrevPerm']

/** Every structural problem in the parsed return for the year; empty when it may be loaded. */
export function structuralProblems(parsed: ParsedReturn, yearEnding: number): ImportProblem[] {
  const out: ImportProblem[] = []
  const { data, sources } = parsed
  const collected = new Set(tablesCollected(yearEnding))
  const header = new Map<string, Record<string, string>>()
  data.Header.forEach((r, i) => {
    if (header.has(r.CHILD)) out.push({ ...sources.Header[i]!, column: 'CHILD', message: `CHILD ${r.CHILD} has a second Header row: a child has one.` })
    else header.set(r.CHILD, r)
  })
  for (const table of Object.keys(ssda903Columns) as Ssda903TableName[]) {
    const rows = data[table] as readonly Record<string, string>[]
    if (rows.length && !collected.has(table))
      out.push({ file: sources[table][0]!.file, row: null, column: null, message: `The ${table} table is not collected in the ${yearEnding - 1}-${String(yearEnding % 100).padStart(2, '0')} return, so its rows cannot be loaded for that year.` })
    const dates = dateColumns[table]
    const perChild = new Set<string>()
    rows.forEach((row, i) => {
      const at = sources[table][i]!
      const problem = (column: string | null, message: string) => out.push({ file: at.file, row: at.row, column, message })
      for (const [column, value] of Object.entries(row)) if (looksLikeFormula(value)) problem(column, `${column} '${value}' starts with ${JSON.stringify(value[0])}, which a spreadsheet would run as a formula; no 903 value does.`)
      const child = row.CHILD ?? ''
      if (child === '') problem('CHILD', 'CHILD is blank.')
      else if (!childPattern.test(child)) problem('CHILD', `CHILD '${child}' must be 1 to 10 letters or digits.`)
      else if (table !== 'Header' && !header.has(child)) problem('CHILD', `CHILD ${child} has no Header row: a row for a child with no Header row cannot be loaded.`)
      for (const column of dates?.cols ?? []) {
        const value = row[column] ?? ''
        if (value === '') {
          if (dates?.required.includes(column)) problem(column, `${column} is blank; it is needed to store the row.`)
        } else if (!looksLikeFormula(value) && isoOf(value) === null) problem(column, `${column} '${value}' is not a real date written DD/MM/YYYY.`)
      }
      const head = header.get(child)
      if (table !== 'Header' && head && 'DOB' in row && row.DOB !== head.DOB) problem('DOB', `DOB '${row.DOB}' differs from the child's Header DOB '${head.DOB}'; Cairn keeps one date of birth per child.`)
      if (table === 'UASC' && head && row.SEX !== head.SEX) problem('SEX', `SEX '${row.SEX}' differs from the child's Header SEX '${head.SEX}'.`)
      if (onePerChild.includes(table)) {
        if (perChild.has(child)) problem('CHILD', `CHILD ${child} has a second ${table} row: the return has one per child.`)
        perChild.add(child)
      }
    })
  }
  data.Header.forEach((r, i) => {
    const at = sources.Header[i]!
    const problem = (column: string, message: string) => out.push({ file: at.file, row: at.row, column, message })
    if (sexOf(r.SEX) === null) problem('SEX', `SEX '${r.SEX}' is not 1, 2, M, F or U.`)
    if (!ethnicCodes.has(r.ETHNIC)) problem('ETHNIC', `ETHNIC '${r.ETHNIC}' is not an ethnicity code we hold.`)
    if (/^UN/i.test(r.UPN) && !upnUnknownCodes.has(r.UPN)) problem('UPN', `UPN '${r.UPN}' is not a UPN or an unknown-UPN code UN1 to UN7.`)
  })
  data.PrevPerm.forEach((r, i) => {
    if (r.DATE_PERM !== '' && !looksLikeFormula(r.DATE_PERM) && !isDatePerm(r.DATE_PERM))
      out.push({ ...sources.PrevPerm[i]!, column: 'DATE_PERM', message: `DATE_PERM '${r.DATE_PERM}' is not DD/MM/YYYY (the day, or day and month, may be zz when unknown).` })
  })
  out.push(...episodeProblems(parsed))
  return out
}

/** Two episodes of a child cannot start on the same day (care_episodes is unique on child and DECOM), and DEC is not before DECOM. */
function episodeProblems({ data, sources }: ParsedReturn): ImportProblem[] {
  const out: ImportProblem[] = []
  const starts = new Set<string>()
  data.Episodes.forEach((r, i) => {
    const at = sources.Episodes[i]!
    const start = isoOf(r.DECOM)
    const end = isoOf(r.DEC)
    if (start === null) return
    const key = `${r.CHILD}|${start}`
    if (starts.has(key)) out.push({ ...at, column: 'DECOM', message: `CHILD ${r.CHILD} has two episodes starting ${r.DECOM}.` })
    starts.add(key)
    if (end !== null && end < start) out.push({ ...at, column: 'DEC', message: `DEC ${r.DEC} is before DECOM ${r.DECOM}.` })
  })
  return out
}
