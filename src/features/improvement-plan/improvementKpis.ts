import type { Actor } from '../../access/actor.js'
import { kpiById, type Kpi, type KpiRag } from '../../domain/kpis/index.js'
import { addMonths } from '../../domain/timescales/index.js'
import type { PerformanceService } from '../performance/performanceService.js'

/** Months in a KPI's trend on the board report. */
export const TREND_MONTHS = 6

export type KpiPoint = { value: number | null; rag: KpiRag | null }
export type KpiTrendLine = { kpi: Kpi; now: KpiPoint; trend: KpiPoint[] }

/**
 * The KPIs the plan's actions link to (Leicestershire 2016: leaders did not know the quality of
 * practice), each with its value for the year to date and for each of the last six months. There are
 * no monthly snapshots yet, so each month is counted by the KPI engine: one scorecard call a month,
 * for the children the actor may see.
 */
export async function kpiTrends(performance: PerformanceService, actor: Actor, kpiIds: readonly string[]) {
  const kpis = [...new Set(kpiIds)].flatMap((id) => kpiById(id) ?? [])
  const current = performance.currentMonth()
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => addMonths(`${current}-01`, i - TREND_MONTHS + 1).slice(0, 7))
  if (!kpis.length) return { months: [] as string[], yearToDate: '', lines: [] as KpiTrendLine[] }
  const pointsFor = async (period: 'ytd' | 'month', ending: string) => {
    const card = await performance.scorecard(actor, { period, ending, breakdown: 'authority' }, kpis)
    return { label: card.period.label, points: new Map(card.lines.map((l) => [l.kpi.id, { value: l.groups[0]?.value ?? null, rag: l.groups[0]?.rag ?? null }])) }
  }
  const now = await pointsFor('ytd', current)
  const monthly: Awaited<ReturnType<typeof pointsFor>>[] = []
  for (const m of months) monthly.push(await pointsFor('month', m)) // one at a time: the pool is small
  const none: KpiPoint = { value: null, rag: null }
  return {
    months: monthly.map((p) => p.label),
    yearToDate: now.label,
    lines: kpis.map((kpi): KpiTrendLine => ({ kpi, now: now.points.get(kpi.id) ?? none, trend: monthly.map((p) => p.points.get(kpi.id) ?? none) })),
  }
}

export type KpiTrends = Awaited<ReturnType<typeof kpiTrends>>
