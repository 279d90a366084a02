/** View models for the scorecard, the drill-down and its CSV. Every figure shows its cohort size. */
import { childListLabel } from '../../access/index.js'
import { cohorts, formatKpiValue, kpiAreas, periodKindNames, periodKinds, type Benchmark, type Kpi, type KpiCount, type KpiRag, type Period } from '../../domain/kpis/index.js'
import { sparkline } from '../kpi-trends/sparkline.js'
import type { TrendPoint } from '../kpi-trends/trendTypes.js'
import { formatDate } from '../../domain/format.js'
import { addMonths } from '../../domain/timescales/index.js'
import type { Breakdown, KpiListRow } from './kpiEngine.js'
import type { PerformanceQuery } from './performanceSchemas.js'
import type { ScorecardLine, ScoredGroup } from './performanceService.js'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
export const ragText: Record<KpiRag, { text: string; classes: string }> = {
  green: { text: 'On target', classes: 'govuk-tag--green' },
  amber: { text: 'Near target', classes: 'govuk-tag--yellow' },
  red: { text: 'Off target', classes: 'govuk-tag--red' },
}
const breakdownNames: Record<Breakdown, string> = { authority: 'Whole authority', team: 'By team', worker: 'By worker' }

export const ragTag = (rag: KpiRag | null) => (rag ? `<strong class="govuk-tag ${ragText[rag].classes}">${ragText[rag].text}</strong>` : 'No target')

/** The query string for a link, keeping the chosen period and adding a team or worker filter. */
export function linkQuery(q: Pick<PerformanceQuery, 'period' | 'ending'>, extra: Record<string, string> = {}): string {
  return `?${new URLSearchParams({ period: q.period, ending: q.ending, ...extra }).toString()}`
}

/** A benchmark with its year, or "absent" where no figure was found (never guessed). */
export function benchmarkText(kpi: Kpi, name: Benchmark['name']): string {
  const b = kpi.benchmarks.find((x) => x.name === name)
  return b?.value == null ? 'absent' : `${formatKpiValue(kpi, b.value)} (${b.year})`
}

export const targetText = (kpi: Kpi) => (kpi.target === null ? 'No target' : formatKpiValue(kpi, kpi.target))

/** The cohort beside the figure: "89 of 125" for a rate, else the number of records counted. */
export function cohortText(kpi: Kpi, count: KpiCount): string {
  if (kpi.unit === 'percent') return `${count.numerator} of ${count.denominator}`
  return `${count.denominator} in cohort`
}

/** "71.2% (89 of 125)": every figure shows its cohort size, so a very small cohort is seen as one. */
export const valueWithCohort = (kpi: Kpi, g: Pick<ScoredGroup, 'value' | 'count'> | null) => (g ? `${formatKpiValue(kpi, g.value)} (${cohortText(kpi, g.count)})` : 'No data (0 in cohort)')

export type ScorecardExtras = { trends?: Map<string, TrendPoint[]>; pinned?: Set<string>; returnTo?: string }

/** One row per KPI (or per KPI and team or worker), rendered by the scorecard and dashboard templates. */
export function scorecardRows(lines: ScorecardLine[], q: PerformanceQuery, extras: ScorecardExtras = {}) {
  const authority = q.breakdown === 'authority'
  return lines.flatMap(({ kpi, groups }) =>
    (groups.length ? groups : [null]).map((g, i) => {
      const filter = g?.group.id && !authority ? { [q.breakdown]: g.group.id } : {}
      // The trend is the authority's monthly snapshots, so it is shown once per KPI, on the authority view.
      const line = authority ? sparkline(kpi, extras.trends?.get(kpi.id) ?? []) : null
      return {
        kpiId: kpi.id,
        title: kpi.title,
        href: `/performance/${kpi.id}${linkQuery(q, filter)}`,
        group: authority ? null : g ? (g.group.name ?? (q.breakdown === 'team' ? 'No team' : 'Not allocated')) + (g.group.team ? ` (${g.group.team})` : '') : 'No records',
        value: valueWithCohort(kpi, g),
        target: targetText(kpi),
        rag: g?.rag ? ragText[g.rag] : null,
        england: benchmarkText(kpi, 'England'),
        neighbours: benchmarkText(kpi, 'Statistical neighbours'),
        trend: line ? { svg: line.svg, summary: line.summary, href: `/performance/${kpi.id}/trend` } : null,
        pin: extras.pinned && i === 0 ? { pinned: extras.pinned.has(kpi.id), returnTo: extras.returnTo ?? '/performance' } : null,
      }
    }),
  )
}

/** One table per area, as on the scorecard. */
export function scorecardTables(lines: ScorecardLine[], q: PerformanceQuery, extras: ScorecardExtras = {}) {
  return (Object.keys(kpiAreas) as (keyof typeof kpiAreas)[]).flatMap((area) => {
    const rows = scorecardRows(lines.filter((l) => l.kpi.area === area), q, extras)
    return rows.length ? [{ caption: kpiAreas[area], rows }] : []
  })
}

export const groupHeading = (b: Breakdown) => (b === 'authority' ? null : b === 'team' ? 'Team' : 'Worker')

/** The GET form's choices: period kinds, the last 36 months, and breakdowns. */
export function filterForm(q: PerformanceQuery, currentMonth: string) {
  const months = Array.from({ length: 36 }, (_, i) => addMonths(`${currentMonth}-01`, -i).slice(0, 7))
  const monthName = (m: string) => formatDate(`${m}-01`).replace(/^1 /, '')
  return {
    periods: periodKinds.map((k) => ({ value: k, text: periodKindNames[k], selected: q.period === k })),
    months: (months.includes(q.ending) ? months : [q.ending, ...months]).map((m) => ({ value: m, text: monthName(m), selected: q.ending === m })),
    breakdowns: (Object.keys(breakdownNames) as Breakdown[]).map((b) => ({ value: b, text: breakdownNames[b], selected: q.breakdown === b })),
  }
}

const dateText = (d: string | null) => (d ? formatDate(d) : '—')

/** Drill-down table rows: the child (linked), worker, team, dates, days late and whether counted. */
export function drillDownRows(kpi: Kpi, rows: KpiListRow[]) {
  const labels = cohorts[kpi.cohort].labels as { event: string; due?: string; done?: string }
  const head = [
    { text: 'Child' }, { text: 'Worker' }, { text: 'Team' }, { text: labels.event },
    ...(labels.due ? [{ text: labels.due }] : []), ...(labels.done ? [{ text: labels.done }] : []),
    { text: 'Days late', format: 'numeric' }, { text: kpi.unit === 'percent' ? 'Counted as meeting the measure' : 'Counted' },
    ...(kpi.measure && kpi.measure.aggregate !== 'per_worker' ? [{ text: 'Value', format: 'numeric' }] : []),
  ]
  const body = rows.map((r) => [
    { html: `<a class="govuk-link" href="/children/${r.childId}">${escape(childListLabel(r))}</a>` },
    { text: r.workerName ?? 'Not allocated' },
    { text: r.teamName ?? '—' },
    { text: dateText(r.eventOn) },
    ...(labels.due ? [{ text: dateText(r.dueOn) }] : []),
    ...(labels.done ? [{ text: dateText(r.doneOn) }] : []),
    { text: String(r.daysLate), format: 'numeric' },
    { text: r.inNumerator ? 'Yes' : 'No' },
    ...(kpi.measure && kpi.measure.aggregate !== 'per_worker' ? [{ text: r.measure === null ? '—' : String(Math.round(r.measure * 100) / 100), format: 'numeric' }] : []),
  ])
  return { head, rows: body }
}

export const csvHeader = ['KPI', 'Period from', 'Period to', 'Child ID', 'Child', 'Worker', 'Team', 'Event date', 'Due date', 'Done date', 'Days late', 'In numerator', 'Value']

export function csvRows(kpi: Kpi, period: Period, rows: KpiListRow[]) {
  return rows.map((r) => [kpi.id, period.from, period.to, r.childRef, childListLabel(r), r.workerName ?? '', r.teamName ?? '', r.eventOn, r.dueOn ?? '', r.doneOn ?? '', r.daysLate, r.inNumerator ? 'yes' : 'no', r.measure ?? ''])
}

export const periodText = (p: Period) => p.label
