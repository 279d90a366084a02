/**
 * Backtests (issue 7 part 5: "show what the model would have said"): fit on the months up to a
 * cut-off some months before the end of the data, forecast to the end, and compare with what
 * happened. The errors reported are the mean absolute percentage error (MAPE) over the months
 * compared, and the signed percentage error 12 months after the cut-off.
 */
import { forecastMeasure, trimLeading, valueOf, type MeasureKind, type MonthlyFlow } from './model.js'
import type { Month } from './months.js'

export type BacktestMonth = { readonly month: Month; readonly actual: number; readonly forecast: number; readonly lo80: number; readonly hi80: number }
export type Backtest = {
  readonly monthsBack: number
  readonly cutOff: Month
  readonly months: readonly BacktestMonth[]
  /** Mean of |forecast − actual| ÷ actual × 100 over the months with a non-zero actual; null when none. */
  readonly mape: number | null
  /** (forecast − actual) ÷ actual × 100, 12 months after the cut-off; null when the actual was 0. */
  readonly errorAt12: number | null
  /** How many of the months compared fell inside the 80% band. */
  readonly inside80: number
}

export const percentError = (forecast: number, actual: number) => (actual === 0 ? null : ((forecast - actual) / actual) * 100)

/** Scores a forecast against what happened. */
export function score(months: readonly BacktestMonth[]): Pick<Backtest, 'mape' | 'errorAt12' | 'inside80'> {
  const errors = months.map((m) => percentError(m.forecast, m.actual)).filter((e): e is number => e !== null).map(Math.abs)
  const at12 = months[11]
  return {
    mape: errors.length ? errors.reduce((s, e) => s + e, 0) / errors.length : null,
    errorAt12: at12 ? percentError(at12.forecast, at12.actual) : null,
    inside80: months.filter((m) => m.actual >= m.lo80 && m.actual <= m.hi80).length,
  }
}

/** Fits on all but the last `monthsBack` months and forecasts them; null with too little history. */
export function backtest(kind: MeasureKind, history: readonly MonthlyFlow[], monthsBack: number): Backtest | null {
  const h = trimLeading(history)
  if (monthsBack < 1 || h.length <= monthsBack) return null
  const fitted = h.slice(0, h.length - monthsBack)
  const forecast = forecastMeasure(kind, fitted, monthsBack)
  if (!forecast) return null
  const months = h.slice(-monthsBack).map((actual, i) => {
    const p = forecast.points[i]!
    return { month: actual.month, actual: valueOf(kind, actual), forecast: p.central, lo80: p.lo80, hi80: p.hi80 }
  })
  return { monthsBack, cutOff: fitted.at(-1)!.month, months, ...score(months) }
}
