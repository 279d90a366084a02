import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, contacts } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { referChild } from '../../../test/journeys.js'
import { pointCodes } from './oversightPoints.js'

/** Management oversight (issue 6 part 4; Leicester 2015: "management oversight was not recorded"). */
describe.each(engines())('management oversight on %s', (engine) => {
  let ctx: TestContext
  let manager: Client
  let own: string
  let other: string
  const gapIds = async (role: 'team_manager' | 'service_manager', filter = {}) => (await ctx.deps.services.oversight.gaps(toActor(ctx.fixtures.user[role]), filter)).map((g) => g.entityId)

  /** A referral, then an assessment started and authorised by a manager on 20 November. */
  async function authorisedAssessment(childId: string, worker: 'social_worker' | 'other_worker', authoriser: 'team_manager' | 'service_manager') {
    await referChild(ctx, childId, '2026-10-01')
    const a = await ctx.deps.services.assessments.create(toActor(ctx.fixtures.user[worker]), childId, { startDate: '2026-10-02', factors: ['21'], outcome: 'NFA' })
    await ctx.deps.services.assessments.authorise(toActor(ctx.fixtures.user[authoriser]), a.id, { version: a.version, authorisedOn: '2026-11-20' })
    return a.id
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    manager = await appAs(ctx, 'team_manager')
    own = await authorisedAssessment(ctx.fixtures.child.own.id, 'social_worker', 'team_manager')
    other = await authorisedAssessment(ctx.fixtures.child.otherTeam.id, 'other_worker', 'service_manager')
  })
  afterAll(() => ctx.close())

  it('an authorised assessment with no oversight is a gap; recording oversight removes it, audited', async () => {
    const [gap] = (await ctx.deps.services.oversight.gaps(toActor(ctx.fixtures.user.team_manager), { point: 'ASSESSMENT_AUTHORISATION' })).filter((g) => g.entityId === own)
    expect(gap).toMatchObject({ childId: ctx.fixtures.child.own.id, teamId: ctx.fixtures.teams.teamA.id, workerName: ctx.fixtures.user.social_worker.displayName, decidedOn: '2026-11-20', daysSince: 5 })
    expect((await manager.get('/oversight/gaps?point=ASSESSMENT_AUTHORISATION')).body).toContain(`/assessments/${own}/oversight`)
    expect((await manager.get(`/assessments/${own}`)).body).toContain('Record management oversight')

    expect((await manager.post(`/assessments/${own}/oversight`, { note: '' })).statusCode).toBe(422)
    const res = await manager.post(`/assessments/${own}/oversight`, { note: 'Analysis sound; agree no further action' })
    expect(res.statusCode).toBe(302)
    expect(res.headers.location).toBe(`/assessments/${own}/oversight`)
    expect(await gapIds('team_manager')).not.toContain(own)
    expect((await manager.get(`/assessments/${own}/oversight`)).body).toContain('Analysis sound; agree no further action')
    const audits = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'oversight.record'))
    expect(audits).toEqual([expect.objectContaining({ childId: ctx.fixtures.child.own.id, kind: 'write' })])
  })

  it('the front door’s oversight of a contact decision counts: it is a gap until recorded there', async () => {
    const [contact] = await ctx.database.db.select().from(contacts).where(eq(contacts.childId, ctx.fixtures.child.own.id))
    expect(await gapIds('team_manager', { point: 'CONTACT_DECISION' })).toContain(contact!.id)
    await ctx.deps.services.frontDoor.recordOversight(toActor(ctx.fixtures.user.team_manager), contact!.id, 'Agree with the referral')
    expect(await gapIds('team_manager', { point: 'CONTACT_DECISION' })).not.toContain(contact!.id)
  })

  it('a team manager sees only their team’s gaps; a service manager sees every team’s', async () => {
    const teamGaps = await ctx.deps.services.oversight.gaps(toActor(ctx.fixtures.user.team_manager), {})
    expect(teamGaps.map((g) => g.entityId)).not.toContain(other)
    expect(teamGaps.every((g) => g.teamId !== ctx.fixtures.teams.teamB.id)).toBe(true)
    expect(await gapIds('service_manager')).toContain(other)
    expect((await manager.get(`/assessments/${other}/oversight`)).statusCode).toBe(404)
    expect((await manager.post(`/assessments/${other}/oversight`, { note: 'Not my team' })).statusCode).toBe(404)
  })

  it('the tracker’s counts equal the lengths of the lists they link to', async () => {
    for (const role of ['team_manager', 'service_manager'] as const) {
      const actor = toActor(ctx.fixtures.user[role])
      const rows = await ctx.deps.services.oversight.tracker(actor)
      expect(rows.length).toBeGreaterThan(0)
      for (const r of rows) {
        const team = r.teamId ?? 'unallocated'
        expect(r.gaps).toBe((await ctx.deps.services.oversight.gaps(actor, { team })).length)
        for (const point of pointCodes) expect(r.byPoint[point]).toBe((await ctx.deps.services.oversight.gaps(actor, { point, team })).length)
        if (r.teamId && r.overdue !== null) expect(r.overdue).toBe((await ctx.deps.services.oversight.overdue(actor, r.teamId)).length)
      }
      const total = rows.reduce((n, r) => n + r.gaps, 0)
      expect(total).toBe((await ctx.deps.services.oversight.gaps(actor, {})).length)
    }
    const page = await (await appAs(ctx, 'service_manager')).get('/oversight/tracker')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(`/oversight/gaps?point=ASSESSMENT_AUTHORISATION&amp;team=${ctx.fixtures.teams.teamB.id}`)
    expect((await manager.get(`/oversight/tracker/overdue?team=${ctx.fixtures.teams.teamB.id}`)).statusCode).toBe(404)
  })

  it('a bad filter is a 400 with an error summary; a decision not yet made cannot be overseen', async () => {
    const bad = await manager.get('/oversight/gaps?point=NOT_A_POINT&team=x')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('govuk-error-summary')
    expect(bad.body).toContain('Select a decision point from the list')
    expect((await manager.get('/oversight/tracker/overdue?team=nope')).statusCode).toBe(400)
    const childId = ctx.fixtures.child.unallocated.id
    await referChild(ctx, childId, '2026-11-01')
    const undecided = await ctx.deps.services.assessments.create(toActor(ctx.fixtures.user.team_manager), childId, { startDate: '2026-11-02', factors: ['21'], outcome: 'NFA' })
    const page = await manager.get(`/assessments/${undecided.id}/oversight`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain('Save oversight')
    expect((await manager.post(`/assessments/${undecided.id}/oversight`, { note: 'Too early' })).statusCode).toBe(422)
  })
})
