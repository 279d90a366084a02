/**
 * Validates a parsed CIN census against our implementation of the DfE validation rules for the
 * collection year (research/standards.md §1, §6.1). One engine; the rules are data (rules/*.ts).
 */
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../domain/timescales/calendar.js'
import { addDays, addMonths, isIsoDate } from '../../domain/timescales/dates.js'
import { implementedRuleCodes, rulesForYear } from './rules/index.js'
import type { Rule, RuleContext, RuleType } from './rules/define.js'
import type { Census } from './types.js'

export { implementedRuleCodes }

export type CollectionYear = '2024-25' | '2025-26' | '2026-27'

export type Finding = {
  readonly code: string
  readonly type: RuleType
  /** null for a return-level (LA level) finding. */
  readonly laChildId: string | null
  /** 1-based position of the child in the file; null for a return-level finding. */
  readonly childPosition: number | null
  readonly module: string
  readonly field: string
  readonly message: string
  /** Where in the child's record, e.g. CINdetails[2]/Section47[1]. */
  readonly at: string | null
}

export type ValidateOptions = {
  readonly collectionYear: CollectionYear
  /**
   * The census reference date. Defaults to the file's header ReferenceDate (as the DfE tool and
   * the reference validator do), else 31 March at the end of the collection year.
   */
  readonly referenceDate?: string
  /** Defaults to the collection year's rule set (rulesForYear). */
  readonly rules?: readonly Rule[]
}

let calendar: WorkingDayCalendar | undefined
const workingCalendar = () => (calendar ??= createWorkingDayCalendar({ from: 1990, to: 2060 }))

/**
 * The validator's working-day offset (pandas CustomBusinessDay over England's bank holidays): a
 * non-working day rolls forward to the next working day, then n working days are counted back.
 */
function workingDaysBefore(date: string, n: number): string {
  const cal = workingCalendar()
  let d = date
  try {
    while (!cal.isWorkingDay(d)) d = addDays(d, 1)
    for (let k = 0; k < n; k++) {
      d = addDays(d, -1)
      while (!cal.isWorkingDay(d)) d = addDays(d, -1)
    }
  } catch {
    return addDays(date, -Math.ceil((n * 7) / 5)) // outside the calendar: an approximation, weekends only
  }
  return d
}

export function referenceDateFor(census: Census, options: ValidateOptions): string {
  if (options.referenceDate !== undefined) return options.referenceDate
  const fromHeader = census.header.referenceDate
  if (fromHeader !== null && isIsoDate(fromHeader)) return fromHeader
  return `${options.collectionYear.slice(0, 2)}${options.collectionYear.slice(5, 7)}-03-31`
}

function countBy(values: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1)
  return counts
}

export function validateCensus(census: Census, options: ValidateOptions): Finding[] {
  const referenceDate = referenceDateFor(census, options)
  if (!isIsoDate(referenceDate))
    throw new RangeError(`Reference date must be YYYY-MM-DD (got ${referenceDate})`)
  const ctx: RuleContext = {
    collectionYear: options.collectionYear,
    referenceDate,
    collectionStart: addDays(addMonths(referenceDate, -12), 1),
    header: census.header,
    census,
    laChildIdCounts: countBy(census.children.map((c) => c.laChildId)),
    upnCounts: countBy(census.children.map((c) => c.upn)),
    workingDaysBefore,
  }
  const findings: Finding[] = []
  for (const rule of options.rules ?? rulesForYear(options.collectionYear)) {
    const base = { code: rule.code, type: rule.type, module: rule.module, message: rule.message }
    if (rule.scope === 'return') {
      for (const hit of rule.check(census, ctx))
        findings.push({ ...base, laChildId: null, childPosition: null, field: hit.field, at: hit.at ?? null })
      continue
    }
    for (const child of census.children)
      for (const hit of rule.check(child, ctx))
        findings.push({
          ...base,
          laChildId: child.laChildId,
          childPosition: child.position,
          field: hit.field,
          at: hit.at ?? null,
        })
  }
  return findings
}
