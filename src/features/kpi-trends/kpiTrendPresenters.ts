/** View models for the trend and snapshot pages. */
import { formatDateTime } from '../../domain/format.js'
import { formatKpiValue, type Kpi } from '../../domain/kpis/index.js'
import { monthName } from './months.js'
import type { RebuildJob } from './kpiTrendServices.js'
import type { HeldMonth } from './snapshotService.js'
import type { TrendPoint } from './trendTypes.js'

const num = (n: number) => n.toLocaleString('en-GB')
const numeric = { format: 'numeric' }
const cell = (text: string) => ({ text })
const numCell = (text: string) => ({ text, ...numeric })

/** The chart's numbers as a GOV.UK table: month, value, numerator and cohort size. */
export function trendTable(kpi: Kpi, points: readonly TrendPoint[]) {
  return {
    head: [cell('Month'), numCell('Value'), numCell('Counted (numerator)'), numCell('Cohort size')],
    rows: points.map((p) => [cell(monthName(p.month)), numCell(p.value === null ? 'No data' : formatKpiValue(kpi, p.value)), numCell(num(p.numerator)), numCell(num(p.denominator))]),
  }
}

const sourceText: Record<string, string> = { scheduled: 'Taken by the monthly job', rebuilt: 'Rebuilt from the event history' }

/** The months held, newest first. */
export function heldTable(months: readonly HeldMonth[]) {
  return {
    head: [cell('Month'), cell('How'), cell('When'), numCell('Figures held')],
    rows: months.map((m) => [cell(monthName(m.month)), cell(sourceText[m.source] ?? m.source), cell(formatDateTime(m.takenAt)), numCell(num(m.rows))]),
  }
}

const statusTag: Record<string, { text: string; classes: string }> = {
  running: { text: 'Running', classes: 'govuk-tag--blue' },
  done: { text: 'Finished', classes: 'govuk-tag--green' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
}

export function jobView(job: RebuildJob) {
  return {
    id: job.id,
    range: `${monthName(job.detail.from)} to ${monthName(job.detail.to)}`,
    byName: job.detail.byName,
    startedAt: formatDateTime(job.startedAt),
    finishedAt: job.finishedAt ? formatDateTime(job.finishedAt) : '',
    running: job.status === 'running',
    done: job.status === 'done',
    error: job.error,
    tag: statusTag[job.status]!,
    step: job.step,
    stepsDone: job.stepsDone,
    stepsTotal: job.stepsTotal,
    months: job.result?.length ?? 0,
    rows: job.result?.reduce((n, t) => n + t.rows, 0) ?? 0,
  }
}
