import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allocations, auditEvents, careLeavers, custodySpells, plans } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import type { StartCareInput } from '../care/careSchemas.js'
import { sectionInfo } from './practiceExceptionPresenters.js'
import { sectionKeys } from './practiceExceptionService.js'

const unregistered: StartCareInput = {
  startsOn: '2026-10-26', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'K2', placementProvider: 'PR4', providerName: 'Cottage flat',
  urn: undefined, placementPostcode: 'LE11 1AA', homePostcode: 'LE4 1AA', longTerm: false, childAgreedSixMonthly: false, unregistered: true, prevPerm: 'Z1',
}

/** The HTML of one team's section, from its heading to the next heading. */
function sectionHtml(body: string, team: string, key: keyof typeof sectionInfo): string {
  const teamStart = body.indexOf(`>${team}</h2>`)
  expect(teamStart, `team ${team} on the page`).toBeGreaterThan(-1)
  const teamEnd = body.indexOf('<h2', teamStart + 1)
  const teamHtml = body.slice(teamStart, teamEnd === -1 ? undefined : teamEnd)
  const start = teamHtml.indexOf(sectionInfo[key].title)
  expect(start, `section ${key}`).toBeGreaterThan(-1)
  const end = teamHtml.indexOf('<h3', start)
  return teamHtml.slice(start, end === -1 ? undefined : end)
}

/**
 * The practice exceptions page (issue 7 part 3). Now is 25 November 2026. Amira (team A) is planted
 * in every section; Ben (team B) in two, so a team A manager must not see him and the director must.
 */
describe.each(engines())('practice exceptions on %s', (engine) => {
  let ctx: TestContext
  let own: string, other: string

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const db = ctx.database.db
    const { user, teams, child } = ctx.fixtures
    own = child.own.id
    other = child.otherTeam.id
    const s = ctx.deps.services
    // A CIN plan since June with no visit or review: the 10-working-day visit and the review are overdue.
    await db.insert(plans).values([{ childId: own, kind: 'CIN', startDate: '2026-06-01', createdBy: user.social_worker.id }, { childId: other, kind: 'CIN', startDate: '2026-06-01', createdBy: user.other_worker.id }])
    // Back on 19 November with no return home interview: past 72 hours on the 22nd.
    await s.missing.recordEpisode(toActor(user.social_worker), own, { kind: 'M', startedAt: new Date('2026-11-19T08:00:00Z'), endedAt: new Date('2026-11-19T20:00:00Z') })
    await s.missing.recordEpisode(toActor(user.other_worker), other, { kind: 'M', startedAt: new Date('2026-11-19T08:00:00Z'), endedAt: new Date('2026-11-19T20:00:00Z') })
    // Two earlier workers in the 12 months, then the fixture's live allocation: 3 social workers.
    await db.insert(allocations).values([
      { childId: own, workerId: user.other_worker.id, teamId: teams.teamA.id, startDate: '2025-12-01', endDate: '2025-12-20', reason: 'Duty', allocatedBy: user.team_manager.id },
      { childId: own, workerId: user.team_manager.id, teamId: teams.teamA.id, startDate: '2025-12-20', endDate: '2026-01-05', reason: 'Cover', allocatedBy: user.team_manager.id },
    ])
    // Placed in an unregistered flat on 26 October.
    await s.care.startCare(toActor(user.social_worker), own, unregistered)
    // A care leaver in custody since 1 September, never visited there.
    await db.insert(careLeavers).values({ childId: own, eligibility: 'RELEVANT', createdBy: user.social_worker.id })
    await db.insert(custodySpells).values({ childId: own, establishment: 'HMP Example', startedOn: '2026-09-01', createdBy: user.social_worker.id })
  }, 120_000)
  afterAll(() => ctx.close())

  it('shows a team manager their team’s children in every section, each linked to the record, and no other team’s child', async () => {
    const res = await (await appAs(ctx, 'team_manager')).get('/practice-exceptions')
    expect(res.statusCode).toBe(200)
    for (const key of sectionKeys) {
      const html = sectionHtml(res.body, ctx.fixtures.teams.teamA.name, key)
      expect(html, key).toContain(`href="/children/${own}"`)
      expect(html, key).toMatch(/: [1-9]\d* child/)
    }
    expect(sectionHtml(res.body, ctx.fixtures.teams.teamA.name, 'workers')).toContain('3 social workers')
    expect(sectionHtml(res.body, ctx.fixtures.teams.teamA.name, 'custody')).toContain('85 days without a face-to-face visit')
    expect(sectionHtml(res.body, ctx.fixtures.teams.teamA.name, 'unregistered')).toContain('30 days unregistered')
    expect(res.body).not.toContain(other)
    expect(res.body).not.toContain('Otherteam')
    expect(res.body).not.toContain(`>${ctx.fixtures.teams.teamB.name}</h2>`)
  })

  it('shows the director every team, with counts, and an empty section that says so', async () => {
    const data = await ctx.deps.services.practiceExceptions.byTeam(toActor(ctx.fixtures.user.dcs))
    const teamB = data.teams.find((t) => t.id === ctx.fixtures.teams.teamB.id)!
    const counts = Object.fromEntries(teamB.sections.map((s) => [s.key, s.rows.map((r) => r.childId)]))
    expect(counts).toMatchObject({ overdue: [other], missing: [other], workers: [], unregistered: [], custody: [] })
    const teamA = data.teams.find((t) => t.id === ctx.fixtures.teams.teamA.id)!
    for (const s of teamA.sections) expect(s.rows.map((r) => r.childId), s.key).toContain(own)
    const res = await (await appAs(ctx, 'dcs')).get(`/practice-exceptions?team=${ctx.fixtures.teams.teamB.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(`href="/children/${other}"`)
    expect(res.body).not.toContain(`href="/children/${own}"`)
    expect(sectionHtml(res.body, ctx.fixtures.teams.teamB.name, 'unregistered')).toContain(sectionInfo.unregistered.empty)
    const audited = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'practiceExceptions.view'))
    expect(audited.length).toBeGreaterThan(0)
  })

  it('refuses a junk team with 400 and a clear message, and an unknown or other team with 404', async () => {
    const tm = await appAs(ctx, 'team_manager')
    const junk = await tm.get('/practice-exceptions?team=not-a-team')
    expect(junk.statusCode).toBe(400)
    expect(junk.body).toContain('Select a team from the list')
    expect(junk.body).toContain('There is a problem')
    expect((await tm.get('/practice-exceptions?team=00000000-0000-0000-0000-000000000000')).statusCode).toBe(404)
    // A team A manager asking for team B gets the same answer as for a team that does not exist.
    expect((await tm.get(`/practice-exceptions?team=${ctx.fixtures.teams.teamB.id}`)).statusCode).toBe(404)
  })

  it('is for roles with kpi.view: a front-door worker gets 403', async () => {
    expect((await (await appAs(ctx, 'front_door')).get('/practice-exceptions')).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'social_worker')).get('/practice-exceptions')).statusCode).toBe(403)
  })
})

describe('the practice exceptions page model', () => {
  it('shows at most 100 children in a section, keeps the whole count, and links the full list only for a role that may open it', async () => {
    const { exceptionPage, rowsShown } = await import('./practiceExceptionPresenters.js')
    const rows = Array.from({ length: 130 }, (_, i) => ({ childId: `c${i}`, childLabel: `Child ${String(i).padStart(3, '0')}`, detail: 'x' }))
    const data = { teams: [{ id: 't', name: 'Team', sections: sectionKeys.map((key) => ({ key, rows: key === 'supervision' ? rows : [] })) }], choices: [], supervisionWeeks: 6 }
    const iro = { id: 'u', role: 'iro' as const, teamId: null, displayName: 'IRO' }
    const page = exceptionPage(iro, data)
    const supervision = page.teams[0]!.sections.find((s) => s.key === 'supervision')!
    expect(supervision).toMatchObject({ count: 130, more: 30, title: `${sectionInfo.supervision.title} (6 weeks)` })
    expect(supervision.rows).toHaveLength(rowsShown)
    // An IRO has kpi.view but not supervision.view: no link to a page that would refuse them.
    expect(supervision.href).toBeNull()
    expect(page.teams[0]!.sections.find((s) => s.key === 'unregistered')!.href).toBe('/care/unregistered')
  })
})
