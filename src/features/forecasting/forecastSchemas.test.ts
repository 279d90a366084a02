import { describe, expect, it } from 'vitest'
import { fieldErrorsOf } from '../../http/forms.js'
import { costPlacementTypes, costSchema, forecastQuery } from './forecastSchemas.js'

const today = '2026-11-25'
const ok = { placementType: 'U6', weeklyCost: '850.50', effectiveFrom: '2027-04-01' }
const errorsOf = (input: Record<string, unknown>) => {
  const r = costSchema(today).safeParse(input)
  // The first message per field, as the form shows it.
  return r.success ? {} : fieldErrorsOf(r.error)
}

describe('forecast inputs', () => {
  it('reads the horizon as 12, 24 or 36 months, 12 when blank', () => {
    expect(forecastQuery.parse({})).toEqual({ horizon: 12 })
    expect(forecastQuery.parse({ horizon: '' })).toEqual({ horizon: 12 })
    expect(forecastQuery.parse({ horizon: '36' })).toEqual({ horizon: 36 })
    for (const bad of ['0', '18', '-12', '12 ', 'twelve', '1e1']) expect(forecastQuery.safeParse({ horizon: bad }).success, bad).toBe(false)
  })

  it('accepts a cost in pounds with or without the sign and commas', () => {
    expect(costSchema(today).parse(ok)).toEqual({ placementType: 'U6', weeklyCost: 850.5, effectiveFrom: '2027-04-01' })
    expect(costSchema(today).parse({ ...ok, weeklyCost: '£1,250' }).weeklyCost).toBe(1250)
    expect(costSchema(today).parse({ ...ok, weeklyCost: '0' }).weeklyCost).toBe(0)
    expect(costSchema(today).parse({ ...ok, weeklyCost: '99999999.99' }).weeklyCost).toBe(99_999_999.99)
  })

  it('refuses bad costs, types and dates with a clear message each', () => {
    expect(errorsOf({ ...ok, weeklyCost: '-5' }).weeklyCost).toBe('Enter the weekly cost in pounds, like 850 or 850.50')
    expect(errorsOf({ ...ok, weeklyCost: '1.234' }).weeklyCost).toBe('Enter the weekly cost in pounds, like 850 or 850.50')
    expect(errorsOf({ ...ok, weeklyCost: '100000000' }).weeklyCost).toBe('The weekly cost must be £99,999,999.99 or less')
    expect(errorsOf({ ...ok, weeklyCost: '=1+1' }).weeklyCost).toBeDefined()
    expect(errorsOf({ ...ok, placementType: '' }).placementType).toBe('Choose the placement type')
    expect(errorsOf({ ...ok, placementType: 'Z1' }).placementType).toBe('Choose the placement type from the list') // retired after 2024-25
    expect(errorsOf({ ...ok, effectiveFrom: '2027-02-29' }).effectiveFrom).toBe('The date the cost takes effect must be a real date')
    expect(errorsOf({ ...ok, effectiveFrom: '2031-11-26' }).effectiveFrom).toBe('The date the cost takes effect must be within the next 5 years')
    expect(errorsOf({ ...ok, effectiveFrom: '1999-12-31' }).effectiveFrom).toBe('The date the cost takes effect must be in 2000 or later')
  })

  it('offers the placement types valid in this collection year or the last', () => {
    const codes = costPlacementTypes(today).map((t) => t.code)
    expect(codes).toContain('U6')
    expect(codes).toContain('Z11') // from 2025-26
    expect(codes).not.toContain('Z1') // last valid in 2024-25
    expect(costPlacementTypes('2025-11-25').map((t) => t.code)).toContain('Z1')
  })
})
