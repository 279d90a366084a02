/**
 * Demand, staffing and placement cost forecasts (issue 7 part 5). The flows come from the
 * repository; the model is pure (src/domain/forecasting). Only authority-wide roles hold
 * forecast.view, and the page shows counts, never a child, so no access audit row is written.
 */
import type { Clock } from '../../domain/clock.js'
import {
  addMonths, backtest, forecastMeasure, monthBounds, projectCost, workersNeeded,
  type Backtest, type Forecast, type MeasureKind, type MonthlyFlow, type PlacementCost,
} from '../../domain/forecasting/index.js'
import type { AppDb } from '../../db/client.js'
import { forecastRepository, type MeasureId } from './forecastRepository.js'

export const horizons = [12, 24, 36] as const
export type Horizon = (typeof horizons)[number]

/** Five years of months: three to fit on, and two more so a 24-month backtest still fits on three. */
export const HISTORY_MONTHS = 60
/** The teams table's default caseload threshold, used where the council has no team of the kind. */
export const DEFAULT_THRESHOLD = 18
export const BACKTEST_MONTHS = [12, 24] as const

export type Measure = { readonly id: MeasureId; readonly title: string; readonly kind: MeasureKind; readonly unit: string; readonly service?: string }
export const measures: readonly Measure[] = [
  { id: 'contacts', title: 'Contacts', kind: 'flow', unit: 'contacts a month' },
  { id: 'referrals', title: 'Referrals', kind: 'flow', unit: 'referrals a month' },
  { id: 'cp', title: 'Children on a child protection plan', kind: 'stock', unit: 'children', service: 'child_protection' },
  { id: 'cla', title: 'Children looked after', kind: 'stock', unit: 'children', service: 'looked_after' },
  { id: 'careLeavers', title: 'Care leavers', kind: 'stock', unit: 'young people', service: 'care_leavers' },
]

export type MeasureForecast = Measure & { readonly history: readonly MonthlyFlow[]; readonly forecast: Forecast | null; readonly backtests: readonly (Backtest | null)[] }

export function forecastService(db: AppDb, clock: Clock) {
  const repo = forecastRepository(db)
  /** The last whole month: the current month is still being recorded. */
  const lastMonth = () => addMonths(clock.today().slice(0, 7), -1)

  async function staffing(results: readonly MeasureForecast[], marks: readonly number[]) {
    const stocks = results.filter((m) => m.service)
    const teams = new Map((await repo.staffing(stocks.map((m) => m.service!))).map((t) => [t.service, t]))
    return stocks.map((m) => {
      const team = teams.get(m.service!)
      const threshold = team?.threshold ?? DEFAULT_THRESHOLD
      const now = m.forecast?.lastValue ?? m.history.at(-1)?.stock ?? 0
      return {
        measure: m, threshold, teams: team?.teams ?? 0, fte: team?.fte ?? 0, funded: team?.funded ?? null,
        now: { children: now, workers: workersNeeded(now, threshold) },
        ahead: marks.map((h) => {
          const p = m.forecast?.points[h - 1]
          return { months: h, month: p?.month ?? null, children: p?.central ?? null, upper: p?.hi95 ?? null, workers: p ? workersNeeded(p.central, threshold) : null, workersUpper: p ? workersNeeded(p.hi95, threshold) : null }
        }),
      }
    })
  }

  async function cost(cla: MeasureForecast | undefined, marks: readonly number[], asAt: string) {
    const [mix, rows] = await Promise.all([repo.placementMix(asAt), repo.costs()])
    const costs: PlacementCost[] = rows.map((r) => ({ placementType: r.placementType, weeklyCost: Number(r.weeklyCost), effectiveFrom: r.effectiveFrom }))
    const now = cla?.forecast?.lastValue ?? 0
    const line = (months: number, month: string, children: number, upper: number) => ({ months, month, children, upper, central: projectCost(children, mix, costs, monthBounds(month).to), high: projectCost(upper, mix, costs, monthBounds(month).to) })
    const lines = [line(0, lastMonth(), now, now)]
    for (const h of marks) {
      const p = cla?.forecast?.points[h - 1]
      if (p) lines.push(line(h, p.month, p.central, p.hi95))
    }
    return { mix, costsEntered: rows.length, lines }
  }

  return {
    lastMonth,

    /** Every measure's history, forecast and backtests, with the staffing and cost they imply. */
    async forecast(horizon: Horizon) {
      const to = monthBounds(lastMonth()).to
      const from = `${addMonths(lastMonth(), -(HISTORY_MONTHS - 1))}-01`
      const flows = await Promise.all(measures.map((m) => repo.flows(m.id, from, to)))
      const results: MeasureForecast[] = measures.map((m, i) => ({
        ...m, history: flows[i]!, forecast: forecastMeasure(m.kind, flows[i]!, horizon), backtests: BACKTEST_MONTHS.map((k) => backtest(m.kind, flows[i]!, k)),
      }))
      const marks = horizons.filter((h) => h <= horizon)
      const [staff, costs] = await Promise.all([staffing(results, marks), cost(results.find((m) => m.id === 'cla'), marks, to)])
      return { lastMonth: lastMonth(), horizon, measures: results, staffing: staff, cost: costs }
    },
  }
}

export type ForecastService = ReturnType<typeof forecastService>
