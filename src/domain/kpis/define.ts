/**
 * The shape of a KPI and the checks every KPI passes at load (SHAPES.md §2), in the style of
 * defineTimescale (src/domain/timescales/define.ts). A KPI is data: its cohort, the predicate that
 * picks its numerator, its unit, polarity, source, target and benchmarks. The performance engine
 * builds both the count and the drill-down list from the same cohort and predicate, so the number
 * and its children cannot disagree.
 */
import { cohorts, standardColumns, type CohortName } from './cohorts.js'

export const kpiAreas = {
  front_door: 'Front door',
  assessment: 'Assessments',
  child_protection: 'Child protection',
  child_in_need: 'Children in need',
  thresholds: 'Thresholds',
  workforce: 'Workforce and practice',
  children_in_care: 'Children in care',
  care_leavers: 'Care leavers',
  adoption: 'Adoption',
  private_fostering: 'Private fostering',
} as const
export type KpiArea = keyof typeof kpiAreas

export const kpiUnits = ['percent', 'count', 'days', 'number', 'rate_per_10k'] as const
export type KpiUnit = (typeof kpiUnits)[number]
export const polarities = ['higher_is_better', 'lower_is_better', 'neutral'] as const
export type Polarity = (typeof polarities)[number]

/** The comparators every KPI carries; a figure we could not find is null ("absent"), never guessed. */
export const benchmarkNames = ['England', 'Statistical neighbours'] as const
export type Benchmark = {
  readonly name: (typeof benchmarkNames)[number] | 'East Midlands'
  /** The collection year the figure belongs to, e.g. '2024-25' or '2023'. */
  readonly year: string
  readonly value: number | null
  readonly source?: string
}

/**
 * A measured value rather than a share: the average or largest of an expression over the rows
 * in the numerator, or the rows per worker (a caseload).
 */
export type Measure = { readonly expr: string; readonly aggregate: 'avg' | 'max' | 'per_worker' }

export type KpiDefinition = {
  readonly id: string
  readonly title: string
  /** Plain English: what is counted, over which records, in which period. */
  readonly definition: string
  readonly area: KpiArea
  readonly cohort: CohortName
  /** SQL predicate over the cohort's columns that limits it to the denominator; the whole cohort when absent. */
  readonly denominator?: string
  /** SQL predicate over the cohort's columns: the rows counted in the numerator. 'true' counts them all. */
  readonly numerator: string
  readonly measure?: Measure
  readonly unit: KpiUnit
  readonly polarity: Polarity
  readonly source: string
  /** Default target; null where a target makes no sense (volumes). Editable by the performance team later. */
  readonly target: number | null
  readonly benchmarks: readonly Benchmark[]
}

export type Kpi = KpiDefinition

// Words a numerator may use besides cohort columns: enough for comparisons and null checks.
const sqlWords = new Set(['and', 'or', 'not', 'is', 'null', 'true', 'false', 'in', 'between', 'coalesce', 'case', 'when', 'then', 'else', 'end', 'distinct', 'from'])

/** The identifiers in a SQL fragment that are not keywords or inside string literals. */
export function columnsIn(expr: string): string[] {
  const words = expr.replace(/'[^']*'/g, "''").match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []
  return words.filter((w) => !sqlWords.has(w.toLowerCase()))
}

function checkExpr(id: string, what: string, expr: string, cohort: CohortName): void {
  if (expr.trim() === '') throw new TypeError(`${id}: ${what} is empty`)
  // A fragment is spliced into SQL (it is code in the catalogue, never user input); still refuse
  // anything that could end a statement or hide text.
  if (/;|--|\/\*/.test(expr)) throw new TypeError(`${id}: ${what} may not contain ; -- or /*`)
  const known = new Set<string>([...standardColumns, ...cohorts[cohort].columns])
  const unknown = columnsIn(expr).filter((c) => !known.has(c))
  if (unknown.length) throw new TypeError(`${id}: ${what} names ${unknown.join(', ')}, not columns of cohort ${cohort}`)
}

function check(kpi: KpiDefinition): Kpi {
  const { id } = kpi
  if (!/^[A-Z][A-Z0-9_]*$/.test(id)) throw new TypeError(`KPI id must be UPPER_SNAKE_CASE: ${id}`)
  for (const [k, v] of Object.entries({ title: kpi.title, definition: kpi.definition, source: kpi.source })) {
    if (v.trim() === '') throw new TypeError(`${id}: ${k} is required`)
  }
  if (!Object.hasOwn(kpiAreas, kpi.area)) throw new TypeError(`${id}: unknown area ${kpi.area}`)
  if (!Object.hasOwn(cohorts, kpi.cohort)) throw new TypeError(`${id}: unknown cohort ${kpi.cohort}`)
  if (!kpiUnits.includes(kpi.unit)) throw new TypeError(`${id}: unknown unit ${kpi.unit}`)
  if (!polarities.includes(kpi.polarity)) throw new TypeError(`${id}: unknown polarity ${kpi.polarity}`)
  checkExpr(id, 'numerator', kpi.numerator, kpi.cohort)
  if (kpi.denominator !== undefined) checkExpr(id, 'denominator', kpi.denominator, kpi.cohort)
  const measured = kpi.unit === 'days' || kpi.unit === 'number'
  if (measured !== (kpi.measure !== undefined)) throw new TypeError(`${id}: a measure is needed exactly when the unit is days or number`)
  if (kpi.measure) checkExpr(id, 'measure', kpi.measure.expr, kpi.cohort)
  if (kpi.unit === 'percent' && kpi.numerator.trim() === 'true') throw new TypeError(`${id}: a percentage needs a numerator narrower than its cohort`)
  if (kpi.target !== null && (!Number.isFinite(kpi.target) || kpi.target < 0)) throw new RangeError(`${id}: target must be a number of 0 or more, or null`)
  if (kpi.unit === 'percent' && kpi.target !== null && kpi.target > 100) throw new RangeError(`${id}: a percentage target cannot exceed 100`)
  for (const name of benchmarkNames) {
    if (!kpi.benchmarks.some((b) => b.name === name)) throw new TypeError(`${id}: needs a ${name} benchmark (null when absent)`)
  }
  for (const b of kpi.benchmarks) {
    if (!/^\d{4}(-\d{2})?$/.test(b.year)) throw new TypeError(`${id}: benchmark year must look like 2024-25 or 2023 (got ${b.year})`)
    if (b.value !== null && !Number.isFinite(b.value)) throw new RangeError(`${id}: benchmark value must be a number or null`)
    if (b.value !== null && !b.source) throw new TypeError(`${id}: a ${b.name} benchmark needs its source`)
  }
  return deepFreeze(kpi)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Checks and freezes a KPI, so a typo in the catalogue fails at start-up rather than on the scorecard. */
export function defineKpi(definition: KpiDefinition): Kpi {
  return check(structuredClone(definition))
}

/** Benchmarks not yet found: both comparators marked absent for the given year. */
export function absentBenchmarks(year = '2024-25'): Benchmark[] {
  return benchmarkNames.map((name) => ({ name, year, value: null }))
}

/** An England figure with its source, plus statistical neighbours marked absent. */
export function englandOnly(year: string, value: number, source: string, extra: Benchmark[] = []): Benchmark[] {
  return [{ name: 'England', year, value, source }, { name: 'Statistical neighbours', year, value: null }, ...extra]
}
