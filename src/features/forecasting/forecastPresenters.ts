/** View models for the forecast pages: GOV.UK tables with captions, a one-line summary per measure, and the chart. */
import { describe } from '../../domain/codeLists/codeList.js'
import { placementTypes } from '../../domain/codeLists/ssda903.js'
import { formatDate } from '../../domain/format.js'
import { MIN_MONTHS, monthLabel, valueOf, type Backtest, type Forecast } from '../../domain/forecasting/index.js'
import { forecastChart } from './forecastChart.js'
import type { ForecastService, MeasureForecast } from './forecastService.js'

type Result = Awaited<ReturnType<ForecastService['forecast']>>
type Cell = { text: string; format?: 'numeric' } | { html: string; format?: 'numeric' }

const whole = (x: number) => Math.round(x).toLocaleString('en-GB')
const num = (x: number | null): Cell => ({ text: x === null ? 'Not available' : whole(x), format: 'numeric' })
const range = (lo: number, hi: number): Cell => ({ text: `${whole(lo)} to ${whole(hi)}`, format: 'numeric' })
const pounds = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`
const pct = (x: number | null, signed = false) => (x === null ? 'Not available' : `${signed && x > 0 ? '+' : ''}${x.toFixed(1)}%`)
const one = (x: number | null) => (x === null ? 'Not available' : x.toFixed(1))

/** "+9.5%" growth from now to a forecast. */
const change = (from: number, to: number) => (from > 0 ? ` (${pct(((to - from) / from) * 100, true)} on now)` : '')

/** The one-line text summary under each measure's heading. */
export function summaryOf(m: MeasureForecast): string {
  const f = m.forecast
  if (!f) return `${m.title}: not enough history to forecast. At least ${MIN_MONTHS} months of records are needed.`
  const end = f.points.at(-1)!
  const now = m.kind === 'flow' ? `${whole(f.lastValue)} in ${monthLabel(f.lastMonth)}` : `${whole(f.lastValue)} at the end of ${monthLabel(f.lastMonth)}`
  const unit = m.kind === 'flow' ? ` ${m.unit}` : ''
  return `${m.title}: ${now}. Forecast ${whole(end.central)}${unit} by ${monthLabel(end.month)}${change(f.lastValue, end.central)}; 80% likely between ${whole(end.lo80)} and ${whole(end.hi80)}, 95% between ${whole(end.lo95)} and ${whole(end.hi95)}.`
}

/** How the forecast was made, in words, for the details under the table. */
export function methodOf(f: Forecast | null): string {
  if (!f) return ''
  const e = f.entries
  const exits = f.exitRate === null ? '' : ` Exits: ${(f.exitRate * 100).toFixed(1)}% of the stock each month (the last two years' rate); stock rolled forward as stock + entries − exits.`
  return `Entries: damped trend (α ${e.alpha.toFixed(2)}, β ${e.beta.toFixed(3)}, φ ${e.phi.toFixed(2)}) fitted to the last 3 years at most; monthly error ${e.sigma.toFixed(1)}.${exits}`
}

export function forecastTable(m: MeasureForecast) {
  const f = m.forecast
  if (!f) return null
  return {
    caption: `${m.title}: forecast by month${m.kind === 'flow' ? ` (${m.unit})` : ' (at the month end)'}`,
    head: [{ text: 'Month' }, { text: 'Central forecast', format: 'numeric' }, { text: '80% range', format: 'numeric' }, { text: '95% range', format: 'numeric' }],
    rows: [
      [{ text: `${monthLabel(f.lastMonth)} (actual)` }, num(f.lastValue), { text: '' }, { text: '' }],
      ...f.points.map((p) => [{ text: monthLabel(p.month) }, num(p.central), range(p.lo80, p.hi80), range(p.lo95, p.hi95)]),
    ],
  }
}

/** The chart over the last two years of history and the forecast, labelled with the summary. */
export function chartOf(m: MeasureForecast): string {
  if (!m.forecast) return ''
  const history = m.history.slice(-24).map((h) => ({ month: h.month, value: valueOf(m.kind, h) }))
  return forecastChart(`Chart: ${summaryOf(m)}`, history, m.forecast.points)
}

export function staffingTable(rows: Result['staffing']) {
  const when = (months: number, month: string | null) => (months === 0 ? 'Now' : `In ${months} months${month ? ` (${monthLabel(month)})` : ''}`)
  return {
    caption: 'Caseload and staffing: workers needed at the caseload threshold',
    head: [{ text: 'Measure' }, { text: 'When' }, { text: 'Children (central)', format: 'numeric' }, { text: 'Children (95% upper)', format: 'numeric' }, { text: 'Workers needed', format: 'numeric' }, { text: 'Workers needed (95% upper)', format: 'numeric' }, { text: 'FTE in post', format: 'numeric' }, { text: 'Difference (needed − in post)', format: 'numeric' }],
    rows: rows.flatMap((s) => {
      const name = `${s.measure.title} (threshold ${one(s.threshold)}; ${s.teams === 0 ? 'no team of this kind, default threshold' : `${s.teams} team${s.teams === 1 ? '' : 's'}${s.funded === null ? '' : `, funded ${one(s.funded)} FTE`}`})`
      const gap = (w: number | null) => ({ text: w === null ? 'Not available' : `${w - s.fte > 0 ? '+' : ''}${(w - s.fte).toFixed(1)}`, format: 'numeric' as const })
      return [
        [{ text: name }, { text: when(0, null) }, num(s.now.children), num(s.now.children), { text: one(s.now.workers), format: 'numeric' }, { text: one(s.now.workers), format: 'numeric' }, { text: one(s.fte), format: 'numeric' }, gap(s.now.workers)],
        ...s.ahead.map((a) => [{ text: name }, { text: when(a.months, a.month) }, num(a.children), num(a.upper), { text: one(a.workers), format: 'numeric' }, { text: one(a.workersUpper), format: 'numeric' }, { text: one(s.fte), format: 'numeric' }, gap(a.workers)]),
      ]
    }),
  }
}

export function costTables(cost: Result['cost']) {
  const total = Object.values(cost.mix).reduce((s, n) => s + n, 0)
  const mix = {
    caption: 'Children looked after now, by placement type',
    head: [{ text: 'Placement type' }, { text: 'Children', format: 'numeric' }, { text: 'Share', format: 'numeric' }],
    rows: Object.entries(cost.mix).sort((a, b) => b[1] - a[1]).map(([code, n]) => [{ text: `${code}: ${describe(placementTypes, code)}` }, num(n), { text: pct(total ? (n / total) * 100 : 0), format: 'numeric' }]),
  }
  const projection = {
    caption: 'Placement cost at the current mix and the weekly costs entered',
    head: [{ text: 'When' }, { text: 'Children looked after', format: 'numeric' }, { text: 'Weekly cost', format: 'numeric' }, { text: 'Annual cost', format: 'numeric' }, { text: 'Annual cost at the 95% upper', format: 'numeric' }, { text: 'Children with no cost entered', format: 'numeric' }],
    rows: cost.lines.map((l) => [
      { text: l.months === 0 ? `Now (${monthLabel(l.month)})` : `In ${l.months} months (${monthLabel(l.month)})` }, num(l.children),
      { text: pounds(l.central.weekly), format: 'numeric' }, { text: pounds(l.central.annual), format: 'numeric' }, { text: pounds(l.high.annual), format: 'numeric' },
      { text: pct(l.central.uncostedShare * 100), format: 'numeric' },
    ]),
  }
  return { mix, projection }
}

export function backtestTable(measures: readonly MeasureForecast[]) {
  const row = (m: MeasureForecast, b: Backtest | null, k: number) =>
    b
      ? [{ text: m.title }, { text: `${monthLabel(b.cutOff)} (${k} months back)` }, { text: String(b.months.length), format: 'numeric' as const }, { text: pct(b.mape), format: 'numeric' as const }, { text: pct(b.errorAt12, true), format: 'numeric' as const }, { text: `${b.inside80} of ${b.months.length}`, format: 'numeric' as const }]
      : [{ text: m.title }, { text: `${k} months back` }, { text: 'Not enough history', format: 'numeric' as const }, { text: '' }, { text: '' }, { text: '' }]
  return {
    caption: 'Backtest: what the model would have said, against what happened',
    head: [{ text: 'Measure' }, { text: 'Fitted up to' }, { text: 'Months compared', format: 'numeric' }, { text: 'Mean absolute % error', format: 'numeric' }, { text: 'Error at 12 months', format: 'numeric' }, { text: 'Inside the 80% band', format: 'numeric' }],
    rows: measures.flatMap((m) => m.backtests.map((b, i) => row(m, b, [12, 24][i]!))),
  }
}

export function costRows(rows: Awaited<ReturnType<import('./placementCostService.js').PlacementCostService['list']>>) {
  return rows.map((r) => [{ text: `${r.placementType}: ${describe(placementTypes, r.placementType)}` }, { text: formatDate(r.effectiveFrom) }, { text: `£${Number(r.weeklyCost).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`, format: 'numeric' as const }])
}

export const horizonItems = (chosen: number) => [12, 24, 36].map((h) => ({ value: String(h), text: `${h} months`, checked: h === chosen }))
