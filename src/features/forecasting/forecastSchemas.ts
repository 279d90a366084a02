/**
 * The forecast page's query string and the placement cost form (zod at every input). A bad value
 * is refused with a clear message and a 400; nothing is read or written for it.
 */
import { z } from 'zod'
import { codesForYear, placementTypes } from '../../domain/codeLists/ssda903.js'
import { horizons } from './forecastService.js'

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const blankToUndefined = (v: unknown) => {
  const x = one(v)
  return typeof x === 'string' && x.trim() === '' ? undefined : x
}

export const forecastQuery = z.object({
  horizon: z.preprocess(
    blankToUndefined,
    z.enum(horizons.map(String) as ['12', '24', '36'], { message: 'Choose how far ahead to forecast: 12, 24 or 36 months' }).default('12').transform((h) => Number(h) as (typeof horizons)[number]),
  ),
})

/** The SSDA903 collection year (ending 31 March) a date falls in. */
const yearEnding = (day: string) => Number(day.slice(0, 4)) + (day.slice(5) >= '04-01' ? 1 : 0)

/** Placement types a cost may be entered for: those valid this collection year or the last (costs run on). */
export const costPlacementTypes = (today: string) => {
  const year = yearEnding(today)
  const valid = new Set([...codesForYear(placementTypes, year - 1), ...codesForYear(placementTypes, year)])
  return placementTypes.filter((t) => valid.has(t.code))
}

/** The largest weekly cost the column holds (numeric(10, 2)). */
const MAX_WEEKLY = 99_999_999.99

export function costSchema(today: string) {
  const codes = costPlacementTypes(today).map((t) => t.code)
  return z.object({
    placementType: z.preprocess(one, z.string({ message: 'Choose the placement type' }).min(1, 'Choose the placement type').refine((c) => codes.includes(c), 'Choose the placement type from the list')),
    weeklyCost: z.preprocess(
      (v) => String(one(v) ?? '').replace(/[£,\s]/g, ''),
      z
        .string()
        .min(1, 'Enter the weekly cost')
        .regex(/^\d+(\.\d{1,2})?$/, 'Enter the weekly cost in pounds, like 850 or 850.50')
        .transform(Number)
        .refine((n) => n <= MAX_WEEKLY, 'The weekly cost must be £99,999,999.99 or less'),
    ),
    effectiveFrom: z.preprocess(
      one,
      z
        .string({ message: 'Enter the date the cost takes effect' })
        .min(1, 'Enter the date the cost takes effect')
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'The date the cost takes effect must be a real date')
        .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, 'The date the cost takes effect must be a real date')
        .refine((d) => d >= '2000-01-01', 'The date the cost takes effect must be in 2000 or later')
        .refine((d) => d <= `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`, 'The date the cost takes effect must be within the next 5 years'),
    ),
  })
}

export type CostInput = z.infer<ReturnType<typeof costSchema>>
