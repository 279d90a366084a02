/**
 * The SSDA903 rule shape (mirrors the CIN census rules, src/returns/cin-census/rules/define.ts).
 * Each DfE 903 validation rule is a data object that looks at the whole return for the year (and,
 * for the rules that need it, last year's return) and reports the rows that fail it. Rule codes,
 * messages and fields follow the DfE catalogue for the year
 * (../shared/standards/generated/ssda903_rules_by_ruleset.csv); the code is our own.
 */
import type { Ssda903Return, Ssda903TableName } from '../tables.js'

export type RuleType = 'ERROR' | 'QUERY'

/** A failing row: the table, its 0-based index in that table, the child, and the fields in error. */
export type Hit = { readonly table: Ssda903TableName; readonly row: number; readonly child: string; readonly fields: readonly string[] }

export type RuleContext = {
  /** The year ending 31 March: 2026 is the 2025-26 return (ruleset lac2025_26). */
  readonly yearEnding: number
  /** The collection period as ISO dates: 1 April to 31 March. */
  readonly collectionStart: string
  readonly collectionEnd: string
  readonly current: Ssda903Return
  /** Last year's return, when the council supplied it; rules that need it report nothing without it. */
  readonly previous: Ssda903Return | null
  /** The rows of a table for one child, with their indexes, built once per validation. */
  rowsOf<T extends Ssda903TableName>(table: T, child: string): readonly { readonly index: number; readonly row: Ssda903Return[T][number] }[]
}

export type Rule = {
  readonly code: string
  readonly type: RuleType
  readonly message: string
  /** The 903 tables the DfE reports the rule against. */
  readonly tables: readonly Ssda903TableName[]
  readonly fields: readonly string[]
  /** Collection years (ending) the rule applies to, inclusive; open-ended when absent. */
  readonly fromYear?: number
  readonly toYear?: number
  /** True when the rule compares with last year's return. */
  readonly needsPrevious?: boolean
  check(ctx: RuleContext): Hit[]
}

export function defineRule(rule: Rule): Rule {
  if (rule.type === 'QUERY' && !/q$/i.test(rule.code)) throw new Error(`Query rule ${rule.code} must end in Q or q`)
  if (rule.tables.length === 0 || rule.fields.length === 0) throw new Error(`Rule ${rule.code} needs its tables and fields`)
  return rule
}

// ---- small helpers shared by the rules -------------------------------------------------------

const parsedDates = new Map<string, string | null>()

/**
 * A 903 date (DD/MM/YYYY) as an ISO date, or null when blank or not a real date. Every rule reads
 * dates and a return repeats the same few thousand, so each text is checked once (memory capped).
 */
export function isoOf(value: string): string | null {
  let iso = parsedDates.get(value)
  if (iso === undefined) {
    if (parsedDates.size > 200_000) parsedDates.clear()
    iso = checkedIso(value)
    parsedDates.set(value, iso)
  }
  return iso
}

function checkedIso(value: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim())
  if (!m) return null
  const iso = `${m[3]}-${m[2]}-${m[1]}`
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null
}

export const blank = (value: string | undefined): boolean => value === undefined || value.trim() === ''

/** Every row of a table that fails `failing`, as hits on `fields`. */
export function rowsWhere<T extends Ssda903TableName>(ctx: RuleContext, table: T, fields: readonly string[], failing: (row: Ssda903Return[T][number], index: number) => boolean): Hit[] {
  const hits: Hit[] = []
  ctx.current[table].forEach((row, index) => {
    if (failing(row, index)) hits.push({ table, row: index, child: (row as { CHILD: string }).CHILD, fields })
  })
  return hits
}
