import { describe, expect, it } from 'vitest'
import { backtest, score } from './backtest.js'
import { fitHolt, holtForecast } from './holt.js'
import { exitRate, forecastMeasure, MIN_MONTHS, type MonthlyFlow } from './model.js'
import { addMonths, monthBounds, monthLabel, monthRange } from './months.js'
import { growingStock, poisson, seeded } from './testSeries.js'

const flat = (months: number, entries: number, exits = 0, stock = 0): MonthlyFlow[] => monthRange('2022-01', addMonths('2022-01', months - 1)).map((month) => ({ month, entries, exits, stock }))
const widths = (f: NonNullable<ReturnType<typeof forecastMeasure>>) => f.points.map((p) => [p.hi80 - p.lo80, p.hi95 - p.lo95] as const)

describe('months', () => {
  it('adds months across year ends and gives the bounds of February in a leap year', () => {
    expect(addMonths('2027-11', 3)).toBe('2028-02')
    expect(addMonths('2028-01', -1)).toBe('2027-12')
    expect(monthRange('2027-11', '2028-02')).toEqual(['2027-11', '2027-12', '2028-01', '2028-02'])
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthLabel('2027-03')).toBe('March 2027')
    expect(() => addMonths('2027-13', 1)).toThrow(RangeError)
  })
})

describe('damped trend', () => {
  it('follows a straight line closely, damping the trend ahead', () => {
    const fit = fitHolt(Array.from({ length: 24 }, (_, t) => 10 + 2 * t))
    // φ < 1 damps the trend inside the fit too, so a line is followed closely but not exactly.
    expect(fit.sigma).toBeLessThan(0.5)
    const ahead = holtForecast(fit, 3)
    expect(Math.abs(ahead[0]! - (10 + 2 * 24))).toBeLessThan(1)
    // Each step adds a little less than 2, as the trend is damped by φ < 1.
    expect(ahead[1]! - ahead[0]!).toBeLessThan(2)
    expect(ahead[1]! - ahead[0]!).toBeGreaterThan(1.5)
  })
})

describe('forecastMeasure', () => {
  it('makes no forecast from less than a year of history', () => {
    expect(forecastMeasure('flow', flat(MIN_MONTHS - 1, 5), 12)).toBeNull()
    // Leading months with nothing recorded are not history.
    expect(forecastMeasure('flow', [...flat(30, 0), ...flat(MIN_MONTHS - 1, 5)], 12)).toBeNull()
    expect(forecastMeasure('flow', flat(MIN_MONTHS, 5), 12)).not.toBeNull()
  })

  it('forecasts a flat flow flat, with no width when nothing ever varied', () => {
    const f = forecastMeasure('flow', flat(36, 40), 24)!
    expect(f.points).toHaveLength(24)
    for (const p of f.points) {
      expect(p.central).toBeCloseTo(40, 6)
      expect(p.hi95 - p.lo95).toBeCloseTo(0, 6)
    }
  })

  it('forecasts a flat stock flat: entries equal to exits at the observed rate', () => {
    const f = forecastMeasure('stock', flat(36, 10, 10, 200), 36)!
    expect(f.exitRate).toBeCloseTo(0.05, 10)
    for (const p of f.points) expect(p.central).toBeCloseTo(200, 4)
  })

  it('forecasts a noisy flat flow nearly flat, with bands that widen with the horizon', () => {
    const random = seeded(7)
    const history = monthRange('2022-01', '2025-12').map((month) => ({ month, entries: poisson(random, 120), exits: 0, stock: 0 }))
    const f = forecastMeasure('flow', history, 36)!
    for (const p of f.points) expect(Math.abs(p.central - 120)).toBeLessThan(12)
    const w = widths(f)
    for (let i = 1; i < w.length; i++) {
      expect(w[i]![0]).toBeGreaterThanOrEqual(w[i - 1]![0])
      expect(w[i]![1]).toBeGreaterThan(w[i]![0])
    }
    expect(w[35]![1]).toBeGreaterThan(w[0]![1])
  })

  it('widens the bands of a stock with the horizon', () => {
    const { history } = growingStock({ first: '2021-01', months: 48, start: 500, growth: 0.08, rate: 0.03, seed: 3 })
    const w = widths(forecastMeasure('stock', history, 36)!)
    for (let i = 1; i < w.length; i++) expect(w[i]![1]).toBeGreaterThan(w[i - 1]![1])
  })

  it('computes the exit rate as exits over the stock at the start of each month', () => {
    const h: MonthlyFlow[] = [
      { month: '2026-01', entries: 0, exits: 0, stock: 100 },
      { month: '2026-02', entries: 0, exits: 10, stock: 90 },
      { month: '2026-03', entries: 0, exits: 8, stock: 82 },
    ]
    expect(exitRate(h)).toBeCloseTo(18 / 190, 12)
  })
})

describe('children in care growing 8% a year (Leicestershire)', () => {
  // 40 seeded councils of 500 children in care, 3% leaving each month: fit on 5 years, forecast the 6th.
  const runs = Array.from({ length: 40 }, (_, i) => {
    const { history } = growingStock({ first: '2019-01', months: 72, start: 500, growth: 0.08, rate: 0.03, seed: i + 1 })
    const f = forecastMeasure('stock', history.slice(0, 60), 12)!
    return { growth: f.points[11]!.central / f.lastValue - 1, band: f.points[11]!, actual: history[71]!.stock }
  })

  it('projects roughly 8% growth over the next 12 months', () => {
    const mean = runs.reduce((s, r) => s + r.growth, 0) / runs.length
    expect(mean).toBeGreaterThan(0.06)
    expect(mean).toBeLessThan(0.1)
    for (const r of runs) expect(r.growth).toBeGreaterThan(0.02)
  })

  it('contains what happened 12 months on within its bands about as often as they claim', () => {
    const in95 = runs.filter((r) => r.actual >= r.band.lo95 && r.actual <= r.band.hi95).length
    const in80 = runs.filter((r) => r.actual >= r.band.lo80 && r.actual <= r.band.hi80).length
    expect(in95).toBeGreaterThanOrEqual(34) // 95% of 40 is 38; allow for chance
    expect(in80).toBeGreaterThanOrEqual(26) // 80% of 40 is 32
  })
})

describe('backtest', () => {
  it('scores a hand-built flow exactly: flat at 100, then 80 and 125 in the months compared', () => {
    const history = flat(36, 100)
    const actual = [80, 125, 100, 100, 100, 100, 100, 100, 100, 100, 100, 125]
    actual.forEach((v, i) => (history[24 + i] = { ...history[24 + i]!, entries: v }))
    const b = backtest('flow', history, 12)!
    expect(b.cutOff).toBe('2023-12')
    expect(b.months.map((m) => m.forecast).every((f) => Math.abs(f - 100) < 1e-6)).toBe(true)
    // |100−80|/80 = 25%, |100−125|/125 = 20% twice, 0 for the rest: (25 + 20 + 20) / 12.
    expect(b.mape).toBeCloseTo(65 / 12, 6)
    expect(b.errorAt12).toBeCloseTo(-20, 6)
    // The fit saw no variation, so the band has no width: only the 9 months at 100 are inside it.
    expect(b.inside80).toBe(9)
  })

  it('scores a stock against the month-end stock, and skips months with nothing to compare', () => {
    const history = flat(36, 10, 10, 200)
    history[35] = { ...history[35]!, stock: 250 }
    const b = backtest('stock', history, 12)!
    expect(b.errorAt12).toBeCloseTo(-20, 4) // (200 − 250) / 250
    expect(b.mape).toBeCloseTo(20 / 12, 4)
    expect(score([{ month: '2026-01', actual: 0, forecast: 3, lo80: 0, hi80: 5 }])).toEqual({ mape: null, errorAt12: null, inside80: 1 })
  })

  it('needs enough history before the cut-off', () => {
    expect(backtest('flow', flat(20, 5), 12)).toBeNull()
    expect(backtest('flow', flat(12, 5), 12)).toBeNull()
  })
})
