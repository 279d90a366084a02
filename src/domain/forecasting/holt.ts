/**
 * Damped-trend exponential smoothing, ETS(A,Ad,N) (Gardner and McKenzie 1985; Hyndman and
 * Athanasopoulos, Forecasting: Principles and Practice, 3rd edn, §8.2 and §8.7), fitted to
 * monthly counts by least squares over a fixed grid of parameters, so a fit is deterministic.
 *
 * Why damped: an undamped linear trend carried 36 months ahead overshoots badly when a recent rise
 * flattens, which is the usual shape of care demand; damping (φ < 1) lets the trend fade. φ is
 * capped at 0.98, as Hyndman advises, so the model never becomes a straight line to infinity.
 * Why no seasonal term: monthly social care demand shows school-term dips, but a seasonal model
 * needs at least two full years per fit and would fit noise on a council's small monthly counts;
 * the residual bands carry that variation instead.
 */

export type HoltFit = {
  readonly alpha: number
  readonly beta: number
  readonly phi: number
  readonly level: number
  readonly trend: number
  /** One-step-ahead errors over the fitted months. */
  readonly residuals: readonly number[]
  /** Residual standard deviation, corrected for the parameters fitted. */
  readonly sigma: number
}

const ALPHAS = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
const BETA_SHARES = [0, 0.05, 0.1, 0.2, 0.4] // β as a share of α (β ≤ α keeps the model stable)
const PHIS = [0.8, 0.85, 0.9, 0.95, 0.98]
/** α, β, φ, the initial level and the initial trend. */
const PARAMETERS = 5

type State = { level: number; trend: number }

function run(y: readonly number[], alpha: number, beta: number, phi: number, start: State) {
  let { level, trend } = start
  const residuals: number[] = []
  let sse = 0
  for (const value of y) {
    const e = value - (level + phi * trend)
    residuals.push(e)
    sse += e * e
    level = level + phi * trend + alpha * e
    trend = phi * trend + beta * e
  }
  return { level, trend, residuals, sse }
}

/**
 * The initial level and trend that minimise the squared errors for given α, β, φ. The recursions
 * are linear in the initial state, so each error is e0 − l·dl − b·db: three runs give e0, dl and db,
 * and the least-squares state is the solution of a 2×2 system (as ETS estimates its initial states).
 */
function bestStart(y: readonly number[], alpha: number, beta: number, phi: number): State {
  const base = run(y, alpha, beta, phi, { level: 0, trend: 0 }).residuals
  const dl = run(y, alpha, beta, phi, { level: 1, trend: 0 }).residuals.map((e, i) => base[i]! - e)
  const db = run(y, alpha, beta, phi, { level: 0, trend: 1 }).residuals.map((e, i) => base[i]! - e)
  let [a11, a12, a22, r1, r2] = [0, 0, 0, 0, 0]
  for (let i = 0; i < y.length; i++) {
    a11 += dl[i]! * dl[i]!
    a12 += dl[i]! * db[i]!
    a22 += db[i]! * db[i]!
    r1 += dl[i]! * base[i]!
    r2 += db[i]! * base[i]!
  }
  const det = a11 * a22 - a12 * a12
  if (Math.abs(det) < 1e-9 * Math.max(1, a11 * a22)) return { level: a11 > 0 ? r1 / a11 : y[0]!, trend: 0 }
  return { level: (r1 * a22 - r2 * a12) / det, trend: (a11 * r2 - a12 * r1) / det }
}

/** Fits the model; needs at least 3 months. */
export function fitHolt(y: readonly number[]): HoltFit {
  if (y.length < 3) throw new RangeError('At least 3 months are needed to fit a trend')
  let best: (ReturnType<typeof run> & { alpha: number; beta: number; phi: number }) | undefined
  for (const alpha of ALPHAS)
    for (const share of BETA_SHARES)
      for (const phi of PHIS) {
        const beta = alpha * share
        const r = run(y, alpha, beta, phi, bestStart(y, alpha, beta, phi))
        // Ties go to the first (smoothest) parameters, so a flat series stays flat.
        if (!best || r.sse < best.sse - 1e-9) best = { ...r, alpha, beta, phi }
      }
  const b = best!
  const sigma = Math.sqrt(b.sse / Math.max(1, y.length - PARAMETERS))
  return { alpha: b.alpha, beta: b.beta, phi: b.phi, level: b.level, trend: b.trend, residuals: b.residuals, sigma }
}

/** φ + φ² + … + φ^h */
export const dampedSum = (phi: number, h: number) => {
  let s = 0
  for (let j = 1, p = phi; j <= h; j++, p *= phi) s += p
  return s
}

/** The central forecast 1..h months ahead. */
export const holtForecast = (fit: HoltFit, h: number) => Array.from({ length: h }, (_, i) => fit.level + dampedSum(fit.phi, i + 1) * fit.trend)

/**
 * The weights c_j of past errors in a j-step forecast error: y(n+h) − ŷ = ε(n+h) + Σ c_j ε(n+h−j),
 * with c_0 = 1 and c_j = α + β(φ + … + φ^j) for ETS(A,Ad,N) (FPP3 §8.7, Table 8.8).
 */
export const errorWeights = (fit: HoltFit, h: number) => Array.from({ length: h }, (_, j) => (j === 0 ? 1 : fit.alpha + fit.beta * dampedSum(fit.phi, j)))
