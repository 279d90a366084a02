import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { roles } from '../access/roles.js'
import { contactDecisions } from '../domain/codeLists/index.js'
import { childRefPattern } from '../domain/children/childRef.js'
import { isValidUpn } from '../domain/children/upn.js'
import { addMonths, createWorkingDayCalendar, toLondonDate } from '../domain/timescales/index.js'
import { londonDay, londonInstant } from './days.js'
import { DEMO_CASELOAD } from './allocate.js'
import { generate, type Generated } from './generate.js'
import { createRng } from './random.js'
import type { SynthRows } from './rows.js'
import { demoEmail, demoTeamName, frontDoorTeamName } from './workforce.js'

const today = '2025-06-30'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })
const hashOf = (rows: unknown) => createHash('sha256').update(JSON.stringify(rows)).digest('hex')

describe('synthetic council generator (demo size)', () => {
  let a: Generated
  beforeAll(() => {
    a = generate({ size: 'demo', seed: 7, today, calendar })
  })
  const rows = () => a.rows

  it('is deterministic: the same seed gives identical rows, a different seed different rows', () => {
    const again = generate({ size: 'demo', seed: 7, today, calendar })
    const other = generate({ size: 'demo', seed: 8, today, calendar })
    expect(hashOf(again.rows)).toBe(hashOf(rows()))
    expect(hashOf(other.rows)).not.toBe(hashOf(rows()))
  })

  it('is deterministic in the casework tables too (invariants in casework.test.ts)', () => {
    const again = generate({ size: 'demo', seed: 7, today, calendar }).rows
    const casework = (r: SynthRows) => [
      r.assessments,
      r.s47Enquiries,
      r.cpConferences,
      r.cpPlans,
      r.plans,
      r.visits,
      r.stepDowns,
      r.cinClosures,
    ]
    expect(hashOf(casework(again))).toBe(hashOf(casework(rows())))
    for (const table of casework(rows())) expect(table.length).toBeGreaterThan(0)
  })

  it('makes about 2,000 children and RFC 4122 v4-shaped, unique IDs', () => {
    expect(rows().children.length).toBeGreaterThan(1800)
    expect(rows().children.length).toBeLessThan(2200)
    const ids = [...rows().children, ...rows().contacts, ...rows().referrals, ...rows().allocations].map(
      (r) => r.id,
    )
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every child a valid, unique 10-character ID and a valid UPN or a UPN-unknown reason', () => {
    const refs = rows().children.map((c) => c.childRef)
    for (const ref of refs) expect(ref).toMatch(childRefPattern)
    expect(new Set(refs).size).toBe(refs.length)
    let withUpn = 0
    for (const child of rows().children) {
      if (child.upn) {
        expect(isValidUpn(child.upn), child.upn).toBe(true)
        expect(child.upnUnknownReason).toBeNull()
        withUpn++
      } else expect(child.upnUnknownReason).toMatch(/^UN[1-7]$/)
      expect(child.dateOfBirth ?? child.expectedDateOfBirth).toBeTruthy()
    }
    expect(withUpn / refs.length).toBeGreaterThan(0.7)
  })

  it('records every contact at or after receipt, due one working day after the London date of receipt', () => {
    for (const c of rows().contacts) {
      expect(c.recordedAt.getTime()).toBeGreaterThanOrEqual(c.receivedAt.getTime())
      expect(c.decisionDueOn).toBe(calendar.addWorkingDays(toLondonDate(c.receivedAt), 1))
      if (c.decidedAt) expect(c.decidedAt.getTime()).toBeGreaterThanOrEqual(c.recordedAt.getTime())
    }
  })

  it('decides about 8% of contacts late and leaves a front-door queue with some overdue', () => {
    const decided = rows().contacts.filter((c) => c.decidedAt)
    const late =
      decided.filter((c) => toLondonDate(c.decidedAt as Date) > c.decisionDueOn).length / decided.length
    expect(late).toBeGreaterThan(0.05)
    expect(late).toBeLessThan(0.11)
    const open = rows().contacts.filter((c) => c.decision === null)
    expect(open.length).toBeGreaterThan(5)
    expect(open.some((c) => c.decisionDueOn < today)).toBe(true)
    const codes: string[] = contactDecisions.map((d) => d.code)
    for (const c of rows().contacts) if (c.decision) expect(codes).toContain(c.decision)
  })

  it('turns REFERRAL and STRATEGY decisions, and only those, into referrals (about 2.5–3 contacts each)', () => {
    const byId = new Map(rows().contacts.map((c) => [c.id, c]))
    for (const r of rows().referrals)
      expect(['REFERRAL', 'STRATEGY']).toContain(byId.get(r.contactId as string)?.decision)
    const referring = rows().contacts.filter(
      (c) => c.decision === 'REFERRAL' || c.decision === 'STRATEGY',
    ).length
    expect(referring).toBe(rows().referrals.length)
    const ratio = rows().contacts.length / rows().referrals.length
    expect(ratio).toBeGreaterThanOrEqual(2.5)
    expect(ratio).toBeLessThanOrEqual(3)
  })

  it('flags re-referrals by the 12-month rule, at a rate of 15–28%', () => {
    const byChild = new Map<string, string[]>()
    for (const r of rows().referrals)
      byChild.set(r.childId, [...(byChild.get(r.childId) ?? []), r.referralDate])
    for (const r of rows().referrals) {
      const cutoff = addMonths(r.referralDate, -12)
      const earlier = (byChild.get(r.childId) ?? []).some((d) => d < r.referralDate && d >= cutoff)
      expect(r.isReReferral, `${r.childId} ${r.referralDate}`).toBe(earlier)
    }
    const rate = rows().referrals.filter((r) => r.isReReferral).length / rows().referrals.length
    expect(rate).toBeGreaterThanOrEqual(0.15)
    expect(rate).toBeLessThanOrEqual(0.28)
  })

  it('opens one CIN episode per referral, never two at once for a child', () => {
    const episodes = new Map(rows().cinEpisodes.map((e) => [e.id, e]))
    const byChild = new Map<string, { start: string; end: string }[]>()
    for (const r of rows().referrals) {
      const e = episodes.get(r.cinEpisodeId)
      expect(e?.startDate).toBe(r.referralDate)
      if (e?.endDate) expect(e.endDate >= e.startDate).toBe(true)
      byChild.set(r.childId, [
        ...(byChild.get(r.childId) ?? []),
        { start: r.referralDate, end: e?.endDate ?? '9999-12-31' },
      ])
    }
    for (const list of byChild.values()) {
      list.sort((x, y) => (x.start < y.start ? -1 : 1))
      for (let i = 1; i < list.length; i++) expect(list[i]!.start > list[i - 1]!.end).toBe(true)
    }
  })

  it('has one demo user per role, with the social worker, team manager and adviser in one team', () => {
    const users = rows().users
    for (const role of roles)
      expect(users.filter((u) => u.email === demoEmail(role.code) && u.role === role.code)).toHaveLength(1)
    const teamOf = (role: string) => users.find((u) => u.email === demoEmail(role as never))?.teamId
    const team = rows().teams.find((t) => t.name === demoTeamName)
    expect(teamOf('social_worker')).toBe(team?.id)
    expect(teamOf('team_manager')).toBe(team?.id)
    expect(teamOf('personal_adviser')).toBe(team?.id)
    expect(teamOf('front_door')).toBe(rows().teams.find((t) => t.name === frontDoorTeamName)?.id)
    expect(users.filter((u) => /^worker\d+@demo\.cairn\.test$/.test(u.email)).length).toBeGreaterThan(30)
  })

  it('allocates outside the front door, keeps one live allocation per child, and fills the demo caseload', () => {
    const frontDoor = rows().teams.find((t) => t.name === frontDoorTeamName)?.id
    const live = rows().allocations.filter((a) => a.endDate === null)
    for (const a of rows().allocations) {
      expect(a.teamId).not.toBe(frontDoor)
      if (a.endDate) expect(a.endDate >= a.startDate).toBe(true)
    }
    expect(new Set(live.map((a) => a.childId)).size).toBe(live.length)
    const demoWorker = rows().users.find((u) => u.email === demoEmail('social_worker'))?.id
    const mine = live.filter((a) => a.workerId === demoWorker).length
    expect(mine).toBeGreaterThanOrEqual(15)
    expect(mine).toBeLessThanOrEqual(25)
    expect(DEMO_CASELOAD).toBe(20)
    // Some open referrals wait for allocation (the team manager's queue).
    const openChildren = new Set(
      rows()
        .cinEpisodes.filter((e) => !e.endDate)
        .map((e) => e.childId),
    )
    for (const a of live) openChildren.delete(a.childId)
    expect(openChildren.size).toBeGreaterThan(0)
  })
})

describe('generator helpers', () => {
  it('works out London dates and wall-clock instants as the timescale engine does', () => {
    const rng = createRng(3)
    for (let i = 0; i < 5000; i++) {
      const instant = new Date(Date.UTC(2010, 0, 1) + Math.floor(rng.next() * 30 * 365 * 86_400_000))
      expect(londonDay(instant)).toBe(toLondonDate(instant))
    }
    expect(londonInstant('2025-07-01', 9 * 60).toISOString()).toBe('2025-07-01T08:00:00.000Z')
    expect(londonInstant('2025-01-15', 9 * 60).toISOString()).toBe('2025-01-15T09:00:00.000Z')
  })

  it('draws the same sequence from the same seed', () => {
    const x = createRng(42)
    const y = createRng(42)
    for (let i = 0; i < 100; i++) expect(x.next()).toBe(y.next())
    expect(createRng(1).uuid()).not.toBe(createRng(2).uuid())
  })
})
