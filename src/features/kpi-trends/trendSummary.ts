/**
 * The one-sentence summary of a KPI's trend (issue 7 part 3: "each with a data table and a text
 * summary"). The same sentence is a sparkline's accessible name, is printed beside it, and heads
 * the full chart, so what is heard and what is seen agree.
 */
import { formatKpiValue, type Kpi } from '../../domain/kpis/index.js'
import { monthName } from './months.js'
import type { TrendPoint } from './trendTypes.js'

export const NO_TREND = 'No trend yet: no monthly snapshots'

/** The points that have a value, oldest first. */
export const valued = (points: readonly TrendPoint[]): (TrendPoint & { value: number })[] =>
  points.filter((p): p is TrendPoint & { value: number } => p.value !== null)

/** e.g. "Up from 61.2% in December 2024 to 70.4% in November 2026; target 80%". */
export function trendSummary(kpi: Kpi, points: readonly TrendPoint[]): string {
  if (!points.length) return NO_TREND
  const target = kpi.target === null ? '' : `; target ${formatKpiValue(kpi, kpi.target)}`
  const withValue = valued(points)
  const first = withValue[0]
  const last = withValue[withValue.length - 1]
  if (!first || !last) return `No value in the ${points.length === 1 ? 'month' : `${points.length} months`} held${target}`
  const at = (p: TrendPoint & { value: number }) => `${formatKpiValue(kpi, p.value)} in ${monthName(p.month)}`
  if (first === last) return `${at(last)}${target}`
  const direction = last.value > first.value ? 'Up from' : last.value < first.value ? 'Down from' : 'Unchanged from'
  return `${direction} ${at(first)} to ${at(last)}${target}`
}
