import { beforeAll, describe, expect, it } from 'vitest'
import { createWorkingDayCalendar } from '../domain/timescales/index.js'
import { daysFrom } from './days.js'
import { generate } from './generate.js'
import type { SynthRows } from './rows.js'

const today = '2026-11-25'

/** The care passes (care.ts, careRecords.ts, careLeavers.ts, careOutcomes.ts) on the demo council. */
describe('synthetic children in care (demo size)', () => {
  let rows: SynthRows
  beforeAll(() => {
    rows = generate({ size: 'demo', seed: 1, today, calendar: createWorkingDayCalendar({ from: 2010, to: 2040 }) }).rows
  })

  it('holds about 67 per 10,000 children in care, each with one open period at most', () => {
    const open = rows.carePeriods.filter((p) => !p.endedOn)
    expect(open.length).toBeGreaterThanOrEqual(60)
    expect(open.length).toBeLessThanOrEqual(75)
    expect(new Set(open.map((p) => p.childId)).size).toBe(open.length)
    for (const p of rows.carePeriods) {
      if (p.endedOn) expect(p.endedOn >= p.startedOn && !!p.reasonCeased).toBe(true)
      expect(p.startedOn < today).toBe(true)
    }
  })

  it('starts each period with a START change and keeps changes inside it, one a day, with the reason each placement ended', () => {
    const periods = new Map(rows.carePeriods.map((p) => [p.id, p]))
    const seen = new Set<string>()
    const byPeriod = new Map<string, typeof rows.careEpisodes>()
    for (const e of rows.careEpisodes) {
      const key = `${e.childId}|${e.startsOn}`
      expect(seen.has(key)).toBe(false) // care_episodes_child_start_idx
      seen.add(key)
      byPeriod.set(e.periodId, [...(byPeriod.get(e.periodId) ?? []), e])
    }
    for (const [id, list] of byPeriod) {
      const period = periods.get(id)!
      list.sort((a, b) => a.startsOn.localeCompare(b.startsOn))
      expect(list[0]!.change).toBe('START')
      expect(list[0]!.startsOn).toBe(period.startedOn)
      list.forEach((e, i) => {
        if (period.endedOn) expect(e.startsOn < period.endedOn).toBe(true)
        const next = list[i + 1]
        if (next && next.change !== 'LEGAL_STATUS') expect(e.placementEndReason).toBeTruthy()
      })
    }
  })

  it('reviews children in care with participation by age, and visits them in placement', () => {
    const dob = new Map(rows.children.map((c) => [c.id, c.dateOfBirth]))
    expect(rows.claReviews.length).toBeGreaterThan(100)
    for (const r of rows.claReviews) {
      const age = daysFrom(dob.get(r.childId)!, r.heldOn) / 365.25
      if (age < 4) expect(r.participation).toBe('PN0')
      else expect(r.participation).not.toBe('PN0')
    }
    const cla = rows.visits.filter((v) => v.kind === 'CLA')
    expect(cla.length).toBeGreaterThan(200)
    for (const v of cla) expect(!v.seenAlone || v.childSeen).toBe(true)
  })

  it('gives care leavers a personal adviser and a pathway plan, and OC3 only after leaving care', () => {
    expect(rows.careLeavers.length).toBeGreaterThan(10)
    const pas = new Set(rows.paAllocations.map((a) => a.childId))
    for (const l of rows.careLeavers) expect(pas.has(l.childId)).toBe(true)
    expect(rows.plans.filter((p) => p.kind === 'PATHWAY').length).toBe(rows.careLeavers.length)
    const ended = new Map(rows.carePeriods.map((p) => [p.childId, p.endedOn]))
    for (const o of rows.careLeaverOutcomes) expect(ended.get(o.childId)).toBeTruthy()
  })

  it('offers most return home interviews after the child is back, some late (planted)', () => {
    const episodes = new Map(rows.missingEpisodes.map((e) => [e.id, e]))
    expect(rows.missingEpisodes.length).toBeGreaterThan(10)
    for (const r of rows.returnInterviews) expect(r.offeredAt >= episodes.get(r.missingEpisodeId)!.endedAt!).toBe(true)
    expect(rows.returnInterviews.length).toBeLessThan(rows.missingEpisodes.length + 1)
  })

  it('keeps private fostering to a small cohort, visited', () => {
    expect(rows.privateFosteringArrangements.length).toBeGreaterThanOrEqual(3)
    expect(rows.privateFosteringArrangements.length).toBeLessThanOrEqual(9)
    expect(rows.privateFosteringVisits.length).toBeGreaterThan(0)
  })
})
