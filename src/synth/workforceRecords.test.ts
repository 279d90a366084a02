import { beforeAll, describe, expect, it } from 'vitest'
import { createWorkingDayCalendar } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import { generate } from './generate.js'
import type { SynthRows } from './rows.js'

const today = '2027-03-31'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })

describe('synthetic workforce, supervision, training and oversight (demo size)', () => {
  let rows: SynthRows
  beforeAll(() => {
    rows = generate({ size: 'demo', seed: 7, today, calendar }).rows
  })

  it('is deterministic', () => {
    const again = generate({ size: 'demo', seed: 7, today, calendar }).rows
    for (const k of ['staffProfiles', 'teamEstablishments', 'supervisionSessions', 'supervisionCaseDiscussions', 'supervisionActions', 'trainingRecords', 'oversightRecords', 'users'] as const)
      expect(again[k]).toEqual(rows[k])
  })

  it('gives every case holder and manager a profile, with agency staff, ASYE workers, part-timers, leavers and staff away', () => {
    const profiled = new Set(rows.staffProfiles.map((p) => p.userId))
    for (const u of rows.users) if (['social_worker', 'personal_adviser', 'team_manager'].includes(u.role)) expect(profiled.has(u.id), u.email).toBe(true)
    const current = rows.staffProfiles.filter((p) => !p.leftOn)
    expect(current.some((p) => p.employment === 'AGENCY')).toBe(true)
    expect(current.some((p) => p.asye && p.supervisionEveryDays === 14)).toBe(true)
    expect(current.some((p) => p.fte !== '1.00')).toBe(true)
    expect(current.some((p) => p.awayFrom && p.awayUntil && p.awayFrom <= today && p.awayUntil >= today)).toBe(true)
    const leavers = rows.staffProfiles.filter((p) => p.leftOn)
    expect(leavers.length).toBeGreaterThan(0)
    for (const p of leavers) {
      expect(p.leavingReason).toBeTruthy()
      expect(p.leftOn! >= plusDays(today, -731) && p.leftOn! >= p.startedOn).toBe(true)
      expect(rows.users.find((u) => u.id === p.userId)?.active).toBe(false)
    }
    for (const p of rows.staffProfiles) expect(p.startedOn >= plusDays(today, -3650 - 61)).toBe(true)
  })

  it('plants vacancies: funded FTE above the FTE in post in some teams', () => {
    const fteOf = new Map(rows.staffProfiles.filter((p) => !p.leftOn).map((p) => [p.userId, Number(p.fte)]))
    const vacant = rows.teamEstablishments.filter((e) => {
      const inPost = rows.users.filter((u) => u.teamId === e.teamId).reduce((s, u) => s + (fteOf.get(u.id) ?? 0), 0)
      expect(Number(e.fundedFte)).toBeGreaterThanOrEqual(inPost - 0.001)
      return Number(e.fundedFte) > inPost + 0.001
    })
    expect(vacant.length).toBeGreaterThan(0)
    expect(rows.caseloadWeights.map((w) => [w.caseType, w.weight])).toContainEqual(['CP', '1.50'])
  })

  it('discusses in supervision only children allocated to the worker on that day, with actions the worker owns', () => {
    const sessions = new Map(rows.supervisionSessions.map((s) => [s.id, s]))
    expect(rows.supervisionCaseDiscussions.length).toBeGreaterThan(rows.supervisionSessions.length / 2)
    for (const d of rows.supervisionCaseDiscussions) {
      const s = sessions.get(d.sessionId)!
      const allocated = rows.allocations.some((a) => a.childId === d.childId && a.workerId === s.superviseeId && a.startDate <= s.heldOn && (a.endDate == null || a.endDate > s.heldOn))
      expect(allocated, d.id).toBe(true)
    }
    const discussions = new Map(rows.supervisionCaseDiscussions.map((d) => [d.id, d]))
    for (const a of rows.supervisionActions) {
      const d = discussions.get(a.caseDiscussionId)!
      expect(a.childId).toBe(d.childId)
      expect(a.ownerId).toBe(sessions.get(d.sessionId)!.superviseeId)
    }
    expect(rows.supervisionActions.some((a) => a.status === 'OPEN' && a.dueOn < today)).toBe(true)
    for (const s of rows.supervisionSessions) expect(s.heldOn < today && s.heldOn >= plusDays(today, -182)).toBe(true)
  })

  it('plants overdue supervision: some case holders last supervised well beyond their frequency', () => {
    const last = new Map<string, string>()
    for (const s of rows.supervisionSessions) if ((last.get(s.superviseeId) ?? '') < s.heldOn) last.set(s.superviseeId, s.heldOn)
    const profiles = new Map(rows.staffProfiles.map((p) => [p.userId, p]))
    const overdue = [...last].filter(([id, on]) => plusDays(on, profiles.get(id)!.supervisionEveryDays) < today)
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.length).toBeLessThan(last.size / 2)
  })

  it('records training programmes with some sessions overdue', () => {
    expect(rows.trainingRecords.some((t) => t.programme === 'ASYE')).toBe(true)
    expect(rows.trainingRecords.some((t) => t.programme === 'MANAGEMENT')).toBe(true)
    expect(rows.trainingRecords.some((t) => !t.attendedOn && t.dueOn < today)).toBe(true)
  })

  it('records oversight for most authorised assessments and step-downs, leaving planted gaps', () => {
    const authorised = rows.assessments.filter((a) => a.authorisedOn)
    const seen = new Set(rows.oversightRecords.filter((o) => o.point === 'ASSESSMENT_AUTHORISATION').map((o) => o.entityId))
    expect(seen.size).toBeGreaterThan(authorised.length * 0.7)
    expect(seen.size).toBeLessThan(authorised.length)
    const decided = rows.stepDowns.filter((s) => s.decision)
    const stepDownOversight = rows.oversightRecords.filter((o) => o.point === 'STEP_DOWN')
    expect(stepDownOversight.length).toBeLessThanOrEqual(decided.length)
    if (decided.length >= 10) expect(stepDownOversight.length).toBeGreaterThan(0)
  })
})
