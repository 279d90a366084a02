/**
 * The scorecard and its drill-downs (issue 7 part 3). Viewing the named children behind a KPI is an
 * access event, like a child search, and the CSV is an export: both are audited (ARCHITECTURE.md §6.6).
 */
import type { Actor } from '../../access/actor.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { cohorts, kpiById, kpiCatalogue, kpiRag, kpiValue, monthOf, periodOf, type Kpi, type KpiCount, type KpiRag, type Period } from '../../domain/kpis/index.js'
import type { WorkingDayCalendar } from '../../domain/timescales/index.js'
import { badRequest, notFound } from '../../errors.js'
import { effectiveKpis } from '../kpi-settings/effectiveKpis.js'
import { calendarTable } from './calendarTable.js'
import { kpiEngine, type Breakdown, type Group, type GroupFilter, type KpiListRow } from './kpiEngine.js'
import type { PerformanceQuery } from './performanceSchemas.js'

/** Children per drill-down page: a table a screen reader can still take in, and a short query. */
export const DRILL_DOWN_PAGE_SIZE = 100

export type ScoredGroup = { group: Group; count: KpiCount; value: number | null; rag: KpiRag | null }
export type ScorecardLine = { kpi: Kpi; groups: ScoredGroup[] }

export function performanceService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, population: number | null) {
  const engine = kpiEngine(db)
  const calendarDays = calendarTable(db, calendar)

  const periodFor = (q: PerformanceQuery) => periodOf(q.period, q.ending, clock.today())
  const score = (kpi: Kpi, period: Period, count: KpiCount) => {
    const value = kpiValue(kpi, count, { population, flow: cohorts[kpi.cohort].kind === 'flow', periodDays: period.days })
    return { value, rag: kpiRag(kpi, value) }
  }
  const filterOf = (q: PerformanceQuery): GroupFilter | undefined => (q.worker ? { by: 'worker', id: q.worker } : q.team ? { by: 'team', id: q.team } : undefined)

  /** The KPI with the performance team's target and benchmarks, so the drill-down's RAG matches the scorecard's. */
  async function effectiveKpi(kpiId: string): Promise<Kpi> {
    const known = kpiById(kpiId)
    if (!known) throw notFound('KPI')
    const [kpi] = (await effectiveKpis(db, [known])) as [Kpi]
    return kpi
  }

  /** Viewing or downloading the named children behind a KPI is an access event (ARCHITECTURE.md §6.6). */
  const audited = (actor: Actor, action: 'kpi.drillDown' | 'kpi.export', kpi: Kpi, period: Period, filter: GroupFilter | undefined, detail: Record<string, string | number>) =>
    recordAccess(db, actor, {
      action,
      entityType: 'kpi',
      entityId: kpi.id,
      detail: { period: period.kind, from: period.from, to: period.to, ...(filter ? { [filter.by]: filter.id } : {}), ...detail },
    })

  /**
   * One page of the children behind a KPI, with the KPI's figure for all of them. A page past the
   * last is refused with a clear message rather than shown empty.
   */
  async function drillDown(actor: Actor, kpiId: string, q: PerformanceQuery) {
    const [kpi] = await Promise.all([effectiveKpi(kpiId), calendarDays.ensure()])
    const period = periodFor(q)
    const filter = filterOf(q)
    const page = q.page ?? 1
    const { rows, count } = await engine.page(kpi, period, actor, filter, DRILL_DOWN_PAGE_SIZE, (page - 1) * DRILL_DOWN_PAGE_SIZE)
    const pages = Math.max(1, Math.ceil(count.denominator / DRILL_DOWN_PAGE_SIZE))
    if (page > pages) throw badRequest(`There is no page ${page}: this list has ${pages} page${pages === 1 ? '' : 's'}`)
    await audited(actor, 'kpi.drillDown', kpi, period, filter, { children: rows.length, page })
    return { kpi, period, rows, count, ...score(kpi, period, count), filter, page, pages }
  }

  /** Every child behind a KPI, as a download. */
  async function exportRows(actor: Actor, kpiId: string, q: PerformanceQuery, format: 'csv' | 'xlsx') {
    const [kpi] = await Promise.all([effectiveKpi(kpiId), calendarDays.ensure()])
    const period = periodFor(q)
    const filter = filterOf(q)
    const rows = await engine.list(kpi, period, actor, filter)
    const count = summarise(kpi, rows)
    await audited(actor, 'kpi.export', kpi, period, filter, { children: rows.length, format })
    return { kpi, period, rows, count, ...score(kpi, period, count), filter }
  }

  /**
   * Every KPI for the period and breakdown, in catalogue order, each with the target and benchmarks
   * in force (the catalogue's, or the performance team's where they set them: kpi-settings).
   */
  async function scorecard(actor: Actor, q: PerformanceQuery, kpis: readonly Kpi[] = kpiCatalogue): Promise<{ period: Period; breakdown: Breakdown; lines: ScorecardLine[] }> {
    const period = periodFor(q)
    await calendarDays.ensure()
    // The counts do not depend on targets or benchmarks, so the settings are read alongside them.
    const [effective, counts] = await Promise.all([effectiveKpis(db, kpis), engine.count(kpis, period, actor, q.breakdown)])
    const lines = effective.map((kpi) => ({ kpi, groups: (counts.get(kpi.id) ?? []).map((g) => ({ ...g, ...score(kpi, period, g.count) })) }))
    return { period, breakdown: q.breakdown, lines }
  }

  return {
    currentMonth: () => monthOf(clock.today()),
    scorecard,

    /** The scorecard as a download: the same figures, audited as an export (ARCHITECTURE.md §6.6). */
    async scorecardExport(actor: Actor, q: PerformanceQuery, format: 'csv' | 'xlsx') {
      const card = await scorecard(actor, q)
      await recordAccess(db, actor, {
        action: 'kpi.scorecardExport',
        entityType: 'kpi_scorecard',
        detail: { format, period: card.period.kind, from: card.period.from, to: card.period.to, breakdown: q.breakdown, kpis: card.lines.length },
      })
      return card
    },

    drillDown,
    export: (actor: Actor, kpiId: string, q: PerformanceQuery, format: 'csv' | 'xlsx' = 'csv') => exportRows(actor, kpiId, q, format),
  }
}

/** The list's own totals: the same numbers the count query gives (kpis.test.ts proves it). */
export function summarise(kpi: Kpi, rows: readonly KpiListRow[]): KpiCount {
  const inNumerator = rows.filter((r) => r.inNumerator)
  const measured = inNumerator.map((r) => r.measure).filter((m): m is number => m !== null)
  let measure: number | null = null
  if (kpi.measure?.aggregate === 'avg' && measured.length) measure = measured.reduce((a, b) => a + b, 0) / measured.length
  if (kpi.measure?.aggregate === 'max' && measured.length) measure = Math.max(...measured)
  if (kpi.measure?.aggregate === 'per_worker' && inNumerator.length) {
    // As count(distinct worker_id) in SQL: rows with no worker count as children but not as workers.
    const workers = new Set(inNumerator.flatMap((r) => (r.workerId ? [r.workerId] : [])))
    measure = workers.size ? inNumerator.length / workers.size : null
  }
  return { denominator: rows.length, numerator: inNumerator.length, measure }
}

export type PerformanceService = ReturnType<typeof performanceService>
