import { beforeAll, describe, expect, it } from 'vitest'
import { assessmentFactors, closureReasons, codesOf } from '../domain/codeLists/index.js'
import {
  addMonths,
  createWorkingDayCalendar,
  dueOn,
  STRATEGY_TO_ICPC_15WD,
} from '../domain/timescales/index.js'
import { DEMO_CIN_CASES, DEMO_CP_CASES } from './casework.js'
import { generate } from './generate.js'
import type { SynthRows } from './rows.js'
import { demoEmail } from './workforce.js'

const today = '2025-06-30'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })

describe('synthetic casework (demo size)', () => {
  let rows: SynthRows
  beforeAll(() => {
    rows = generate({ size: 'demo', seed: 7, today, calendar }).rows
  })
  const isWeekend = (d: string) => [0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay())

  it('gives every referral one assessment, mostly authorised, 15–20% late with a reason, recent ones unsigned', () => {
    expect(rows.assessments.length).toBe(rows.referrals.length)
    expect(new Set(rows.assessments.map((a) => a.referralId)).size).toBe(rows.referrals.length)
    const refDate = new Map(rows.referrals.map((r) => [r.id, r.referralDate]))
    const authorised = rows.assessments.filter((a) => a.authorisedOn)
    expect(authorised.length / rows.assessments.length).toBeGreaterThan(0.85)
    const factorCodes = new Set<string>(codesOf(assessmentFactors))
    let late = 0
    for (const a of authorised) {
      const due = calendar.addWorkingDays(refDate.get(a.referralId) as string, 45)
      expect(a.authorisedOn! >= a.startDate).toBe(true)
      expect(a.authorisedBy).toBeTruthy()
      expect(a.outcome).toBeTruthy()
      expect(a.factors.length).toBeGreaterThan(0)
      for (const f of a.factors) expect(factorCodes.has(f), f).toBe(true)
      if (a.factors.includes('21')) expect(a.factors).toEqual(['21'])
      if (a.authorisedOn! > due) {
        late++
        expect(a.lateReason).toBeTruthy()
      } else expect(a.lateReason).toBeNull()
    }
    expect(late / authorised.length).toBeGreaterThan(0.13)
    expect(late / authorised.length).toBeLessThan(0.22)
    const recent = calendar.addWorkingDays(today, -10)
    const unsigned = rows.assessments.filter((a) => !a.authorisedOn)
    expect(unsigned.some((a) => (refDate.get(a.referralId) as string) >= recent)).toBe(true)
    expect(
      unsigned.some((a) => (refDate.get(a.referralId) as string) < calendar.addWorkingDays(today, -45)),
    ).toBe(true)
  })

  it('runs strategy → s47 → ICPC → CP plan: about 12% of referrals, ICPCs never at a weekend, ~80% within 15 WD', () => {
    const share = rows.strategyDiscussions.length / rows.referrals.length
    expect(share).toBeGreaterThan(0.09)
    expect(share).toBeLessThan(0.18)
    const strategies = new Map(rows.strategyDiscussions.map((s) => [s.id, s]))
    const enquiries = new Map(rows.s47Enquiries.map((e) => [e.id, e]))
    for (const e of rows.s47Enquiries) {
      const s = strategies.get(e.strategyDiscussionId)!
      expect(s.decision).toBe('S47')
      expect(e.icpcTargetOn).toBe(dueOn(STRATEGY_TO_ICPC_15WD, s.heldOn, calendar))
      if (e.notConvenedAuthorisedAt) expect(e.notConvenedReason).toBeTruthy()
    }
    const icpcs = rows.cpConferences.filter((c) => c.kind === 'ICPC')
    let onTime = 0
    for (const c of icpcs) {
      expect(isWeekend(c.heldOn), c.heldOn).toBe(false)
      expect(calendar.isWorkingDay(c.heldOn)).toBe(true)
      const e = enquiries.get(c.s47EnquiryId!)!
      expect(e.outcome).toBe('SUBSTANTIATED')
      if (c.heldOn <= e.icpcTargetOn) onTime++
    }
    expect(onTime / icpcs.length).toBeGreaterThan(0.65)
    expect(onTime / icpcs.length).toBeLessThan(0.92)
    const chairs = new Set(rows.users.filter((u) => u.role === 'iro').map((u) => u.id))
    for (const c of rows.cpConferences) expect(chairs.has(c.chairId)).toBe(true)
    // Planted: ICPCs not convened, with and without a manager's authorisation.
    const notConvened = rows.s47Enquiries.filter((e) => e.notConvenedReason)
    expect(notConvened.length).toBeGreaterThan(0)
    expect(notConvened.some((e) => e.notConvenedAuthorisedBy) || notConvened.length < 3).toBe(true)
  })

  it('starts each CP plan on its ICPC date, at most one open CP plan per child, only in an open episode', () => {
    const conferences = new Map(rows.cpConferences.map((c) => [c.id, c]))
    const episodes = new Map(rows.cinEpisodes.map((e) => [e.id, e]))
    const open = new Set<string>()
    for (const p of rows.cpPlans) {
      const icpc = conferences.get(p.icpcId)!
      expect(icpc.kind).toBe('ICPC')
      expect(p.startDate).toBe(icpc.heldOn)
      expect(p.childId).toBe(icpc.childId)
      const e = episodes.get(p.cinEpisodeId)!
      expect(p.startDate >= e.startDate).toBe(true)
      if (p.endDate) {
        expect(p.endDate >= p.startDate).toBe(true)
        expect(p.endReason).toBeTruthy()
        if (e.endDate) expect(p.endDate <= e.endDate).toBe(true)
      } else {
        expect(e.endDate).toBeNull()
        expect(open.has(p.childId)).toBe(false)
        open.add(p.childId)
      }
    }
    expect(open.size).toBeGreaterThan(5)
  })

  it('keeps one open CIN plan per child, ~20% missing wishes or identity, and SMART actions with owners', () => {
    const open = new Set<string>()
    // Care, placement and pathway plans come from the care passes (care.test.ts).
    const cinPlans = rows.plans.filter((p) => p.kind === 'CIN')
    expect(cinPlans.length).toBeGreaterThan(50)
    for (const p of cinPlans) {
      if (p.endDate) expect(p.endDate >= p.startDate && !!p.endReason).toBe(true)
      else {
        expect(open.has(p.childId)).toBe(false)
        open.add(p.childId)
      }
    }
    const missing = cinPlans.filter((p) => !p.wishesAndFeelings || !p.identity).length / cinPlans.length
    expect(missing).toBeGreaterThan(0.12)
    expect(missing).toBeLessThan(0.3)
    for (const a of rows.planActions) expect(a.ownerUserId ?? a.ownerName).toBeTruthy()
  })

  it('visits children on open plans: seen alone implies seen, and some are not seen within the standard', () => {
    expect(rows.visits.length).toBeGreaterThan(100)
    for (const v of rows.visits) {
      if (v.seenAlone) expect(v.childSeen).toBe(true)
      expect(v.visitedOn < today).toBe(true)
    }
    const last = new Map<string, string>()
    for (const v of rows.visits.filter((x) => x.kind === 'CP' && x.childSeen))
      if ((last.get(v.childId) ?? '') < v.visitedOn) last.set(v.childId, v.visitedOn)
    const overdue = [...last.values()].filter((d) => calendar.addWorkingDays(d, 10) < today).length
    expect(overdue).toBeGreaterThan(0)
  })

  it('steps CP plans down to CIN plans, with some re-escalations within 6 months', () => {
    const plansById = new Map(rows.plans.map((p) => [p.id, p]))
    const cp = new Map(rows.cpPlans.map((p) => [p.id, p]))
    const authorised = rows.stepDowns.filter((s) => s.decision === 'AUTHORISED')
    expect(authorised.length).toBeGreaterThan(0)
    for (const s of authorised) {
      const cin = plansById.get(s.cinPlanId!)!
      expect(cin.startDate).toBe(s.steppedDownOn)
      expect(cp.get(s.cpPlanId)?.endDate).toBe(s.steppedDownOn)
    }
    for (const s of rows.stepDowns) if (s.decision === 'REJECTED') expect(s.rejectReason).toBeTruthy()
    const reEscalated = authorised.filter((s) =>
      rows.cpPlans.some(
        (p) =>
          p.childId === s.childId &&
          p.startDate > s.steppedDownOn! &&
          p.startDate <= addMonths(s.steppedDownOn!, 6),
      ),
    )
    expect(reEscalated.length).toBeGreaterThan(0)
  })

  it('closes episodes with RC1–RC9 consistent with the data: RC8/RC9 only after an assessment and no plan', () => {
    const codes = new Set<string>(codesOf(closureReasons))
    const assessed = new Map(rows.assessments.filter((a) => a.authorisedOn).map((a) => [a.cinEpisodeId, a]))
    const planned = new Set([...rows.plans, ...rows.cpPlans].map((p) => p.cinEpisodeId))
    const closures = new Map(rows.cinClosures.map((c) => [c.cinEpisodeId, c]))
    for (const e of rows.cinEpisodes) {
      if (!e.endDate) {
        expect(e.closureReason ?? null).toBeNull()
        expect(closures.has(e.id)).toBe(false)
        continue
      }
      const c = closures.get(e.id)!
      expect(c.reason).toBe(e.closureReason)
      expect(c.closedOn).toBe(e.endDate)
      expect(codes.has(c.reason)).toBe(true)
      if (c.reason === 'RC8' || c.reason === 'RC9') {
        const a = assessed.get(e.id)
        expect(a && a.authorisedOn! <= e.endDate).toBe(true)
        expect(planned.has(e.id)).toBe(false)
      }
    }
  })

  it('gives the demo social worker a mix of CP and CIN cases', () => {
    const worker = rows.users.find((u) => u.email === demoEmail('social_worker'))!.id
    const mine = new Set(
      rows.allocations.filter((a) => a.workerId === worker && !a.endDate).map((a) => a.childId),
    )
    const cp = rows.cpPlans.filter((p) => !p.endDate && mine.has(p.childId)).length
    const cin = rows.plans.filter((p) => !p.endDate && mine.has(p.childId)).length
    expect(cp).toBeGreaterThanOrEqual(DEMO_CP_CASES)
    expect(cin).toBeGreaterThanOrEqual(DEMO_CIN_CASES - 2)
    expect(rows.visits.some((v) => mine.has(v.childId))).toBe(true)
  })
})
