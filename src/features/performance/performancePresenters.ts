/** View models for the scorecard, the drill-down and its CSV. Every figure shows its cohort size. */
import { childListLabel } from '../../access/index.js'
import { cohorts, formatKpiValue, kpiAreas, periodKindNames, periodKinds, type Kpi, type KpiRag, type Period } from '../../domain/kpis/index.js'
import { formatDate } from '../../domain/format.js'
import { addMonths } from '../../domain/timescales/index.js'
import type { Breakdown, KpiListRow } from './kpiEngine.js'
import type { PerformanceQuery } from './performanceSchemas.js'
import type { ScorecardLine, ScoredGroup } from './performanceService.js'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const ragText: Record<KpiRag, { text: string; classes: string }> = {
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

function benchmarkText(kpi: Kpi): string {
  const england = kpi.benchmarks.find((b) => b.name === 'England')
  return england?.value == null ? 'Not published' : `${formatKpiValue(kpi, england.value)} (${england.year})`
}

function cohortText(kpi: Kpi, g: ScoredGroup): string {
  if (kpi.unit === 'percent') return `${g.count.numerator} of ${g.count.denominator}`
  return `${g.count.denominator} in cohort`
}

/** One table per area: a row per KPI (or per KPI and team or worker). */
export function scorecardTables(lines: ScorecardLine[], q: PerformanceQuery) {
  return (Object.keys(kpiAreas) as (keyof typeof kpiAreas)[]).flatMap((area) => {
    const rows = lines
      .filter((l) => l.kpi.area === area)
      .flatMap(({ kpi, groups }) =>
        (groups.length ? groups : [null]).map((g) => {
          const filter = g?.group.id && q.breakdown !== 'authority' ? { [q.breakdown]: g.group.id } : {}
          const title = `<a class="govuk-link" href="/performance/${kpi.id}${escape(linkQuery(q, filter))}">${escape(kpi.title)}</a>`
          const groupCell = q.breakdown === 'authority' ? [] : [{ text: g ? (g.group.name ?? (q.breakdown === 'team' ? 'No team' : 'Not allocated')) + (g.group.team ? ` (${g.group.team})` : '') : 'No records' }]
          return [
            { html: title },
            ...groupCell,
            { text: g ? formatKpiValue(kpi, g.value) : 'No data', format: 'numeric' },
            { text: g ? cohortText(kpi, g) : '0 in cohort', format: 'numeric' },
            { text: kpi.target === null ? '—' : formatKpiValue(kpi, kpi.target), format: 'numeric' },
            { html: ragTag(g?.rag ?? null) },
            { text: benchmarkText(kpi) },
          ]
        }),
      )
    if (rows.length === 0) return []
    const head = [{ text: 'KPI' }, ...(q.breakdown === 'authority' ? [] : [{ text: q.breakdown === 'team' ? 'Team' : 'Worker' }]), { text: 'Value', format: 'numeric' }, { text: 'Cohort', format: 'numeric' }, { text: 'Target', format: 'numeric' }, { text: 'RAG' }, { text: 'England' }]
    return [{ caption: kpiAreas[area], head, rows }]
  })
}

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
