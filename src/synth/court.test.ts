import { beforeAll, describe, expect, it } from 'vitest'
import { createWorkingDayCalendar } from '../domain/timescales/index.js'
import { preProceedingsErrors } from '../features/court/preProceedingsChecks.js'
import { generate } from './generate.js'
import type { SynthRows } from './rows.js'

const today = '2027-03-31'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })

describe('synthetic pre-proceedings and care proceedings (demo size)', () => {
  let rows: SynthRows
  beforeAll(() => {
    rows = generate({ size: 'demo', seed: 7, today, calendar }).rows
  })

  it('puts some children on CP plans into pre-proceedings, and some of those into proceedings', () => {
    const onPlans = new Set(rows.cpPlans.map((p) => p.childId))
    expect(rows.preProceedings.length).toBeGreaterThan(5)
    expect(rows.preProceedings.every((p) => onPlans.has(p.childId))).toBe(true)
    expect(rows.careProceedings.length).toBeGreaterThan(0)
    expect(rows.careProceedings.length).toBeLessThan(rows.preProceedings.length)
  })

  it('keeps every step in the order the CIN census requires, and one open record of each kind per child', () => {
    for (const p of rows.preProceedings) expect(preProceedingsErrors(p), p.id).toEqual({})
    const open = (ids: string[]) => ids.length === new Set(ids).size
    expect(open(rows.preProceedings.filter((p) => !p.endDate).map((p) => p.childId))).toBe(true)
    expect(open(rows.careProceedings.filter((p) => !p.finalOrderOn).map((p) => p.childId))).toBe(true)
    for (const m of rows.preProceedingsMeetings) {
      const pp = rows.preProceedings.find((p) => p.id === m.preProceedingsId)!
      expect(m.heldOn >= pp.startDate && (!pp.endDate || m.heldOn <= pp.endDate)).toBe(true)
    }
    for (const c of rows.careProceedings) {
      const pp = rows.preProceedings.find((p) => p.id === c.preProceedingsId)!
      expect(c.issuedOn >= pp.courtApplicationOn!).toBe(true)
      expect(!c.finalOrderOn || c.finalOrderOn >= c.issuedOn).toBe(true)
    }
  })

  it('plants drift past 16 weeks and proceedings extended under s32(5)', () => {
    const weeks = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / (7 * 86_400_000)
    expect(rows.preProceedings.some((p) => weeks(p.startDate, p.endDate ?? today) > 16)).toBe(true)
    expect(
      rows.careProceedings
        .filter((c) => c.extensionWeeks > 0)
        .every((c) => c.extensionReason && c.extensionWeeks % 8 === 0),
    ).toBe(true)
  })
})
