import { beforeAll, describe, expect, it } from 'vitest'
import { caseNoteKinds, codesOf } from '../domain/codeLists/index.js'
import { createWorkingDayCalendar, dueOn, FIRST_CORE_GROUP_10WD } from '../domain/timescales/index.js'
import { generate } from './generate.js'
import type { SynthRows } from './rows.js'

const today = '2027-03-31'
const yesterday = '2027-03-30'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })
const HOUR = 3_600_000

describe('synthetic core groups, emergency powers and case notes (demo size)', () => {
  let rows: SynthRows
  beforeAll(() => {
    rows = generate({ size: 'demo', seed: 7, today, calendar }).rows
  })

  it('holds the first core group within 10 working days of the ICPC for most plans, late for some', () => {
    const byPlan = new Map<string, string[]>()
    for (const m of rows.coreGroupMeetings)
      byPlan.set(m.cpPlanId, [...(byPlan.get(m.cpPlanId) ?? []), m.heldOn])
    let onTime = 0
    let late = 0
    for (const plan of rows.cpPlans) {
      const first = (byPlan.get(plan.id) ?? []).sort()[0]
      if (!first) continue
      if (first <= dueOn(FIRST_CORE_GROUP_10WD, plan.startDate, calendar)) onTime++
      else late++
    }
    expect(onTime + late).toBeGreaterThan(rows.cpPlans.length * 0.8)
    expect(late).toBeGreaterThan(0)
    expect(onTime / (onTime + late)).toBeGreaterThan(0.75)
    expect(onTime / (onTime + late)).toBeLessThan(0.95)
  })

  it('keeps every core group inside its plan, on a working day, by the allocated worker or plan author', () => {
    const plans = new Map(rows.cpPlans.map((p) => [p.id, p]))
    const workers = new Set(rows.users.map((u) => u.id))
    for (const m of rows.coreGroupMeetings) {
      const plan = plans.get(m.cpPlanId)!
      expect(m.childId).toBe(plan.childId)
      expect(m.heldOn > plan.startDate, m.id).toBe(true)
      expect(m.heldOn <= (plan.endDate ?? yesterday) && m.heldOn <= yesterday, m.id).toBe(true)
      expect(calendar.isWorkingDay(m.heldOn)).toBe(true)
      expect(workers.has(m.createdBy)).toBe(true)
      expect(m.attendance && m.summary).toBeTruthy()
    }
    // About every 6 weeks after the first: a plan open for a year has several.
    const long = rows.cpPlans.filter(
      (p) => (p.endDate ?? yesterday) >= calendar.addWorkingDays(p.startDate, 250),
    )
    const counts = long.map((p) => rows.coreGroupMeetings.filter((m) => m.cpPlanId === p.id).length)
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(6)
  })

  it('gives a few children police protection or an EPO shortly before the strategy discussion, within the statutory maximum', () => {
    const orders = rows.protectiveOrders
    expect(orders.length).toBeGreaterThan(0)
    expect(orders.length).toBeLessThan(rows.strategyDiscussions.length * 0.15)
    expect(orders.every((o) => o.kind === 'EPO' || o.kind === 'POLICE_PROTECTION')).toBe(true)
    const strategies = new Map<string, string[]>()
    for (const s of rows.strategyDiscussions)
      strategies.set(s.childId, [...(strategies.get(s.childId) ?? []), s.heldOn])
    const now = Date.parse(`${today}T00:00:00Z`)
    for (const o of orders) {
      // s46(6): police protection at most 72 hours; s45(1): an EPO at most 8 days.
      const max = (o.kind === 'EPO' ? 8 * 24 : 72) * HOUR
      const start = o.startedAt.getTime()
      if (o.endedAt) expect(o.endedAt.getTime() - start, o.id).toBeLessThanOrEqual(max)
      if (o.endedAt) expect(o.endedAt.getTime()).toBeGreaterThanOrEqual(start)
      else expect(now - start).toBeLessThan(max + 2 * HOUR)
      const day = o.startedAt.toISOString().slice(0, 10)
      expect(strategies.get(o.childId)!.some((d) => d >= day && Date.parse(d) - start < 4 * 24 * HOUR)).toBe(
        true,
      )
      expect(o.reference && o.reason).toBeTruthy()
    }
    expect(new Set(orders.map((o) => o.childId)).size).toBe(orders.length)
  })

  it('writes a home visit note for every statutory visit, with the seen flags of the visit', () => {
    const kinds = new Set<string>(codesOf(caseNoteKinds))
    for (const n of rows.caseNotes) {
      expect(kinds.has(n.kind)).toBe(true)
      expect(!n.seenAlone || n.childSeen).toBe(true) // case_notes_seen_alone_check
      expect(n.createdAt >= n.occurredAt).toBe(true)
      expect(n.occurredAt < new Date(`${today}T00:00:00Z`)).toBe(true)
    }
    const homeVisits = new Map<string, (typeof rows.caseNotes)[number][]>()
    for (const n of rows.caseNotes.filter((n) => n.kind === 'HOME_VISIT')) {
      const key = `${n.childId}|${n.occurredAt.toISOString().slice(0, 10)}`
      homeVisits.set(key, [...(homeVisits.get(key) ?? []), n])
    }
    // Visits to children in care are recorded on the care record (careRecords.ts), not as case notes.
    const planVisits = rows.visits.filter((v) => v.kind !== 'CLA')
    expect(rows.caseNotes.filter((n) => n.kind === 'HOME_VISIT').length).toBe(planVisits.length)
    for (const v of planVisits) {
      const notes = homeVisits.get(`${v.childId}|${v.visitedOn}`) ?? []
      expect(
        notes.some(
          (n) => n.childSeen === v.childSeen && n.seenAlone === v.seenAlone && n.createdBy === v.createdBy,
        ),
        v.id,
      ).toBe(true)
    }
    const others = rows.caseNotes.filter((n) => n.kind !== 'HOME_VISIT')
    expect(new Set(others.map((n) => n.kind))).toEqual(new Set(['PHONE', 'MEETING', 'DIRECT_WORK']))
    const open = new Set(rows.cinEpisodes.filter((e) => !e.endDate).map((e) => e.childId))
    expect(others.every((n) => open.has(n.childId))).toBe(true)
    const significant = rows.caseNotes.filter((n) => n.significant).length / rows.caseNotes.length
    expect(significant).toBeGreaterThan(0)
    expect(significant).toBeLessThan(0.1)
  })

  it('is deterministic: the same seed gives the same rows', () => {
    const again = generate({ size: 'demo', seed: 7, today, calendar }).rows
    expect(again.coreGroupMeetings).toEqual(rows.coreGroupMeetings)
    expect(again.protectiveOrders).toEqual(rows.protectiveOrders)
    expect(again.caseNotes).toEqual(rows.caseNotes)
  })
})
