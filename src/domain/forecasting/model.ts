/**
 * Demand forecasts from monthly flows (issue 7 part 5). A flow measure (contacts, referrals) is a
 * monthly count, forecast directly. A stock measure (children on a CP plan, in care, care leavers)
 * is rolled forward month by month: stock + entries − exits, with entries forecast by damped
 * trend (holt.ts) and exits at the observed exit rate (exits ÷ the stock at the start of the month).
 *
 * The bands are prediction intervals from the residuals, not simulations, so a forecast is the
 * same each time it is drawn. For a stock, the error h months ahead is the entries' forecast errors
 * carried forward, each decaying at (1 − exit rate) per month, plus the exits' own month-to-month
 * noise (the residuals of exits about rate × stock) carried forward the same way. Both sums grow
 * with h, so the bands widen with the horizon.
 */
import { errorWeights, fitHolt, holtForecast, type HoltFit } from './holt.js'
import { addMonths, type Month } from './months.js'

export type MeasureKind = 'flow' | 'stock'
export type MonthlyFlow = { readonly month: Month; readonly entries: number; readonly exits: number; readonly stock: number }
export type ForecastPoint = { readonly month: Month; readonly central: number; readonly lo80: number; readonly hi80: number; readonly lo95: number; readonly hi95: number }
export type Forecast = {
  readonly kind: MeasureKind
  readonly lastMonth: Month
  /** The last observed value: the month's count for a flow, the month-end stock for a stock. */
  readonly lastValue: number
  readonly points: readonly ForecastPoint[]
  readonly entries: HoltFit
  /** Monthly exit rate (stock measures). */
  readonly exitRate: number | null
}

/** The normal quantiles of the two-sided 80% and 95% intervals. */
export const Z80 = 1.2815515655446004
export const Z95 = 1.959963984540054
/** Fewer months than this and no forecast is made: a trend from less than a year is not credible. */
export const MIN_MONTHS = 12
/** Entries are fitted to the most recent three years: the "recent level and trend". */
export const FIT_MONTHS = 36
/** The exit rate is the average over the most recent two years, so it follows current practice. */
const EXIT_RATE_MONTHS = 24

/** The months before the measure was first recorded (nothing in, nothing held) are not history. */
export function trimLeading(history: readonly MonthlyFlow[]): MonthlyFlow[] {
  const first = history.findIndex((h) => h.entries > 0 || h.exits > 0 || h.stock > 0)
  return first < 0 ? [] : history.slice(first)
}

export const valueOf = (kind: MeasureKind, h: MonthlyFlow) => (kind === 'flow' ? h.entries : h.stock)

/** Exits ÷ stock at the start of each month, over the recent months (0 when nothing was held). */
export function exitRate(history: readonly MonthlyFlow[]): number {
  const recent = history.slice(-EXIT_RATE_MONTHS - 1)
  let exits = 0
  let held = 0
  for (let i = 1; i < recent.length; i++) {
    exits += recent[i]!.exits
    held += recent[i - 1]!.stock
  }
  return held > 0 ? Math.min(1, exits / held) : 0
}

const point = (month: Month, central: number, sd: number): ForecastPoint => {
  const c = Math.max(0, central)
  return { month, central: c, lo80: Math.max(0, c - Z80 * sd), hi80: c + Z80 * sd, lo95: Math.max(0, c - Z95 * sd), hi95: c + Z95 * sd }
}

function flowForecast(history: readonly MonthlyFlow[], horizon: number, fit: HoltFit): ForecastPoint[] {
  const central = holtForecast(fit, horizon)
  const c = errorWeights(fit, horizon)
  let sumSq = 0
  return central.map((value, i) => {
    sumSq += c[i]! ** 2
    return point(addMonths(history.at(-1)!.month, i + 1), value, fit.sigma * Math.sqrt(sumSq))
  })
}

function stockForecast(history: readonly MonthlyFlow[], horizon: number, fit: HoltFit, rate: number): ForecastPoint[] {
  const entries = holtForecast(fit, horizon).map((e) => Math.max(0, e))
  const c = errorWeights(fit, horizon)
  // The exits' noise: how far each month's exits fell from rate × the stock at its start.
  const recent = history.slice(-EXIT_RATE_MONTHS - 1)
  const exitResiduals = recent.slice(1).map((x, i) => x.exits - rate * recent[i]!.stock)
  const exitVar = exitResiduals.length > 1 ? exitResiduals.reduce((s, e) => s + e * e, 0) / (exitResiduals.length - 1) : 0
  const keep = 1 - rate
  const points: ForecastPoint[] = []
  let stock = history.at(-1)!.stock
  for (let h = 1; h <= horizon; h++) {
    stock = stock * keep + entries[h - 1]!
    // Error of the stock h months ahead = Σ_j ε_j w_j, w_j = Σ_{k=j..h} keep^(h−k) c_(k−j).
    let entryVar = 0
    let exitPart = 0
    for (let j = 1; j <= h; j++) {
      let w = 0
      for (let k = j; k <= h; k++) w += keep ** (h - k) * c[k - j]!
      entryVar += w * w
      exitPart += keep ** (2 * (h - j))
    }
    points.push(point(addMonths(history.at(-1)!.month, h), stock, Math.sqrt(fit.sigma ** 2 * entryVar + exitVar * exitPart)))
  }
  return points
}

/** The forecast `horizon` months past the last month of `history`, or null with too little history. */
export function forecastMeasure(kind: MeasureKind, history: readonly MonthlyFlow[], horizon: number): Forecast | null {
  const h = trimLeading(history).slice(-FIT_MONTHS)
  if (h.length < MIN_MONTHS || horizon < 1) return null
  const fit = fitHolt(h.map((x) => x.entries))
  const last = h.at(-1)!
  if (kind === 'flow') return { kind, lastMonth: last.month, lastValue: last.entries, points: flowForecast(h, horizon, fit), entries: fit, exitRate: null }
  const rate = exitRate(h)
  return { kind, lastMonth: last.month, lastValue: last.stock, points: stockForecast(h, horizon, fit, rate), entries: fit, exitRate: rate }
}
