/**
 * A KPI's value from its counts, and its RAG against the target. Pure, so the scorecard, the
 * CSV and the tests agree on the arithmetic.
 */
import type { Kpi, KpiUnit } from './define.js'

/** What the engine counts for one KPI and one breakdown group. */
export type KpiCount = {
  /** Rows in the cohort that meet the denominator predicate: the cohort size shown beside a rate. */
  readonly denominator: number
  readonly numerator: number
  /** The measure's aggregate over the numerator rows (days and number KPIs); null when none. */
  readonly measure: number | null
}

export type ValueContext = {
  /** Children aged under 18 in the council (CHILD_POPULATION); null when not configured. */
  readonly population: number | null
  /** A flow rate is scaled to a year; a stock (plans open at the period end) is not. */
  readonly flow: boolean
  readonly periodDays: number
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places

export function kpiValue(kpi: Kpi, count: KpiCount, ctx: ValueContext): number | null {
  switch (kpi.unit) {
    case 'percent':
      return count.denominator === 0 ? null : round((100 * count.numerator) / count.denominator, 1)
    case 'count':
      return count.numerator
    case 'days':
    case 'number':
      return count.measure === null ? null : round(count.measure, kpi.unit === 'days' ? 2 : 1)
    case 'rate_per_10k': {
      if (!ctx.population) return null
      const perYear = ctx.flow ? 365 / ctx.periodDays : 1
      return round((count.numerator * 10_000 * perYear) / ctx.population, 1)
    }
  }
}

export type KpiRag = 'green' | 'amber' | 'red'

/**
 * Green on or beyond the target, amber within a tolerance of it (5 percentage points, or a tenth
 * of the target for other units), red beyond that. Volumes and KPIs without a target have no RAG.
 */
export function kpiRag(kpi: Kpi, value: number | null): KpiRag | null {
  if (value === null || kpi.target === null || kpi.polarity === 'neutral') return null
  const tolerance = kpi.unit === 'percent' ? 5 : kpi.target / 10
  const shortfall = kpi.polarity === 'higher_is_better' ? kpi.target - value : value - kpi.target
  if (shortfall <= 0) return 'green'
  return shortfall <= tolerance ? 'amber' : 'red'
}

const unitSuffix: Record<KpiUnit, string> = { percent: '%', count: '', days: ' days', number: '', rate_per_10k: ' per 10,000' }

/** The value as text, or why there is none. */
export function formatKpiValue(kpi: Kpi, value: number | null): string {
  if (value === null) return kpi.unit === 'rate_per_10k' ? 'Not available (child population not set)' : 'No data'
  return `${value.toLocaleString('en-GB')}${unitSuffix[kpi.unit]}`
}
