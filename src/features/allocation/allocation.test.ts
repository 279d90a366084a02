import { and, eq, inArray, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allocations, auditEvents, children, cinEpisodes, referrals, users } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

describe.each(engines())('allocation and caseloads on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
  })
  afterAll(() => ctx.close())
  const tm = () => toActor(ctx.fixtures.user.team_manager)
  const teamA = () => ctx.fixtures.teams.teamA.id

  /** A synthetic child referred on `referralDate`, with an open CIN episode and no allocation. */
  async function waitingChild(ref: string, referralDate: string) {
    const db = ctx.database.db
    const [child] = await db.insert(children).values({ childRef: ref, firstName: 'Synth', lastName: ref, sex: 'F', ethnicity: 'WBRI', disability: 'NONE', dateOfBirth: '2016-01-01', upnUnknownReason: 'UN6' }).returning()
    const [episode] = await db.insert(cinEpisodes).values({ childId: child!.id, startDate: referralDate }).returning()
    await db.insert(referrals).values({ childId: child!.id, cinEpisodeId: episode!.id, referralDate, source: '1A', primaryNeed: 'N1', isReReferral: false })
    return child!.id
  }
  const live = (childId: string) => ctx.database.db.select().from(allocations).where(and(eq(allocations.childId, childId), isNull(allocations.endDate)))

  it('the queue lists waiting children with working days waiting, earliest assessment due date first', async () => {
    const later = await waitingChild('QUEUELATE1', '2026-11-20')
    const earlier = await waitingChild('QUEUEEARL1', '2026-11-02')
    const queue = await ctx.deps.services.allocation.queue(tm())
    const ids = queue.map((q) => q.childId)
    expect(ids.indexOf(earlier)).toBeLessThan(ids.indexOf(later))
    // Monday 2 November to Wednesday 25 November 2026: 17 working days.
    expect(queue.find((q) => q.childId === earlier)).toMatchObject({ daysWaiting: 17, priority: 'Assessment', reason: expect.any(String) })
  })

  it('allocates siblings together in one go, audited, and they leave the queue', async () => {
    const [a, b] = [await waitingChild('SIBLINGA01', '2026-11-23'), await waitingChild('SIBLINGB01', '2026-11-23')]
    const made = await ctx.deps.services.allocation.allocate(tm(), { children: [{ childId: a, seen: null }, { childId: b, seen: null }], teamId: teamA(), workerId: ctx.fixtures.user.social_worker.id, reason: 'Siblings, one worker' })
    expect(made).toHaveLength(2)
    expect((await ctx.deps.services.allocation.queue(tm())).map((q) => q.childId)).not.toContain(a)
    const audit = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'allocation.create'), inArray(auditEvents.childId, [a, b])))
    expect(audit).toHaveLength(2)
  })

  it('refuses a worker outside the team, a deactivated worker and a missing reason, and saves nothing', async () => {
    const child = await waitingChild('REFUSED001', '2026-11-23')
    const [inactive] = await ctx.database.db.insert(users).values({ email: 'left@test.cairn', displayName: 'Left Worker', role: 'social_worker', teamId: teamA(), passwordHash: 'x', active: false }).returning()
    const attempt = (workerId: string, reason = 'Capacity') => ctx.deps.services.allocation.allocate(tm(), { children: [{ childId: child, seen: null }], teamId: teamA(), workerId, reason })
    await expect(attempt(ctx.fixtures.user.other_worker.id)).rejects.toMatchObject({ status: 422, fieldErrors: { workerId: expect.stringContaining('not in the team') } })
    await expect(attempt(inactive!.id)).rejects.toMatchObject({ status: 422, fieldErrors: { workerId: expect.stringContaining('deactivated') } })
    await expect(attempt(ctx.fixtures.user.social_worker.id, '  ')).rejects.toMatchObject({ status: 422, fieldErrors: { reason: expect.any(String) } })
    // A team manager allocates into their own team; placing a waiting child straight into another team is refused.
    await expect(ctx.deps.services.allocation.allocate(tm(), { children: [{ childId: child, seen: null }], teamId: ctx.fixtures.teams.teamB.id, workerId: ctx.fixtures.user.other_worker.id, reason: 'Capacity' })).rejects.toMatchObject({ status: 422, fieldErrors: { teamId: expect.any(String) } })
    expect(await ctx.database.db.select().from(allocations).where(eq(allocations.childId, child))).toHaveLength(0)
  })

  it('reallocates and transfers with the history kept, counts the workers, and lists the child at 3', async () => {
    const child = await waitingChild('MOVED00001', '2026-10-01')
    const alloc = ctx.deps.services.allocation
    const step = async (teamId: string, workerId: string, reason: string) => {
      const seen = (await live(child))[0]?.id ?? null
      return alloc.allocate(tm(), { children: [{ childId: child, seen }], teamId, workerId, reason })
    }
    await step(teamA(), ctx.fixtures.user.social_worker.id, 'First allocation')
    await step(teamA(), ctx.fixtures.user.personal_adviser.id, 'Worker on leave')
    await step(ctx.fixtures.teams.teamB.id, ctx.fixtures.user.other_worker.id, 'Moves to team B')
    const rows = await ctx.database.db.select().from(allocations).where(eq(allocations.childId, child))
    expect(rows).toHaveLength(3)
    expect((await live(child)).map((a) => a.workerId)).toEqual([ctx.fixtures.user.other_worker.id])
    const actions = (await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.childId, child))).map((e) => e.action).sort()
    expect(actions).toEqual(['allocation.create', 'allocation.end', 'allocation.end', 'allocation.reallocate', 'allocation.transfer'])
    const sm = toActor(ctx.fixtures.user.service_manager)
    expect((await alloc.forChild(sm, child)).workersIn12Months).toBe(3)
    expect(await alloc.workerChanges(sm)).toContainEqual({ childId: child, workers: 3, child: 'Synth MOVED00001' })
    // Once transferred, the child is out of team A's scope, and a stale form is a conflict.
    expect((await alloc.workerChanges(tm())).map((c) => c.childId)).not.toContain(child)
    await expect(alloc.allocate(sm, { children: [{ childId: child, seen: rows[0]!.id }], teamId: teamA(), workerId: ctx.fixtures.user.social_worker.id, reason: 'Back' })).rejects.toMatchObject({ status: 409 })
  })

  it('two managers allocating the same child at once: one wins, the other gets 409, one live allocation', async () => {
    const child = await waitingChild('RACE000001', '2026-11-24')
    const alloc = ctx.deps.services.allocation
    const results = await Promise.allSettled([
      alloc.allocate(tm(), { children: [{ childId: child, seen: null }], teamId: teamA(), workerId: ctx.fixtures.user.social_worker.id, reason: 'Manager one' }),
      alloc.allocate(toActor(ctx.fixtures.user.service_manager), { children: [{ childId: child, seen: null }], teamId: teamA(), workerId: ctx.fixtures.user.personal_adviser.id, reason: 'Manager two' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected')
    expect(lost?.status === 'rejected' && lost.reason).toMatchObject({ status: 409 })
    expect(await live(child)).toHaveLength(1)
  })

  it('caseloads count live allocations per worker, and a team manager sees only their own team', async () => {
    const view = await ctx.deps.services.caseloads.forTeam(tm(), teamA())
    const sw = view.workers.find((w) => w.id === ctx.fixtures.user.social_worker.id)!
    const liveRows = await ctx.database.db.select().from(allocations).where(and(eq(allocations.workerId, ctx.fixtures.user.social_worker.id), isNull(allocations.endDate)))
    expect(sw.children).toBe(new Set(liveRows.map((r) => r.childId)).size)
    expect(view.staffing).toMatchObject({ fundedFte: null, vacancies: null, agency: 0 })
    await expect(ctx.deps.services.caseloads.forTeam(tm(), ctx.fixtures.teams.teamB.id)).rejects.toMatchObject({ status: 404 })
  })

  it('the pages render, and a form without a reason is shown again with the error', async () => {
    const client = await appAs(ctx, 'team_manager')
    expect((await client.get('/allocation')).statusCode).toBe(200)
    const child = await waitingChild('FORMCHILD1', '2026-11-24')
    const res = await client.post('/allocation', { childIds: child, teamId: teamA(), workerId: ctx.fixtures.user.social_worker.id, reason: '' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('govuk-error-summary')
    expect(await live(child)).toHaveLength(0)
    const caseloads = await client.get(`/teams/${teamA()}/caseloads`)
    expect(caseloads.statusCode).toBe(200)
    expect(caseloads.body).toContain('Caseload per worker')
    expect((await client.get('/caseloads')).statusCode).toBe(302)
    expect((await client.get(`/children/${child}/allocation`)).statusCode).toBe(200)
    expect((await client.get('/allocation/worker-changes')).statusCode).toBe(200)
  })
})
