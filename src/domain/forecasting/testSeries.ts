/** Synthetic monthly series for the model's tests: a seeded random source, so every run is the same. */
import type { MonthlyFlow } from './model.js'
import { monthRange } from './months.js'

/** mulberry32: a small seeded generator (uniform on [0, 1)). */
export function seeded(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A Poisson draw by inversion (fine for the means of tens these tests use). */
export function poisson(random: () => number, mean: number) {
  let k = 0
  let p = Math.exp(-mean)
  let cdf = p
  const u = random()
  while (u > cdf && k < 10_000) {
    k++
    p *= mean / k
    cdf += p
  }
  return k
}

/**
 * Children in care growing `growth` a year from `start`, each leaving with chance `rate` a month:
 * entries are Poisson around what keeps the growth going, exits binomial. Returns the months and the
 * expected stock, so a test can compare a forecast with the truth behind the noise.
 */
export function growingStock(opts: { first: string; months: number; start: number; growth: number; rate: number; seed: number }) {
  const random = seeded(opts.seed)
  const expected = (t: number) => opts.start * (1 + opts.growth) ** (t / 12)
  const months = monthRange(opts.first, '9999-12').slice(0, opts.months)
  let stock = Math.round(expected(-1))
  const history: MonthlyFlow[] = months.map((month, t) => {
    const entries = poisson(random, expected(t) - expected(t - 1) * (1 - opts.rate))
    let exits = 0
    for (let i = 0; i < stock; i++) if (random() < opts.rate) exits++
    stock = stock + entries - exits
    return { month, entries, exits, stock }
  })
  return { history, expected }
}
