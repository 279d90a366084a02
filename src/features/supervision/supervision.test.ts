import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, staffProfiles, supervisionActions, supervisionCaseDiscussions, supervisionSessions } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'

/** Supervision (issue 6 part 3): sessions, each child's decisions on the chronology, overdue supervision and frequency. */
describe.each(engines())('supervision on %s', (engine) => {
  let ctx: TestContext
  let manager: Client
  let childId: string
  let workerId: string
  const sessions = async () => (await ctx.database.db.select({ n: count() }).from(supervisionSessions))[0]!.n
  const form = (over: Record<string, string> = {}) => ({
    'heldOn-day': '20', 'heldOn-month': '11', 'heldOn-year': '2026', reflectiveDiscussion: 'Workload and wellbeing; reflected on a difficult visit',
    [`cases.${childId}.discussion`]: 'Mother engaging; school reports better attendance', [`cases.${childId}.decisions`]: 'Continue the plan; review contact arrangements',
    [`cases.${childId}.actions.0.action`]: 'Book a core group', [`cases.${childId}.actions.0.ownerId`]: workerId,
    [`cases.${childId}.actions.0.dueOn-day`]: '4', [`cases.${childId}.actions.0.dueOn-month`]: '12', [`cases.${childId}.actions.0.dueOn-year`]: '2026', ...over,
  })

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    workerId = ctx.fixtures.user.social_worker.id
    manager = await appAs(ctx, 'team_manager')
  })
  afterAll(() => ctx.close())

  it('a manager records a session with a case decision; it shows on the child’s chronology, all audited', async () => {
    const blank = await manager.get(`/supervision/workers/${workerId}/sessions/new`)
    expect(blank.statusCode).toBe(200)
    expect(blank.body).toContain(`cases.${childId}.decisions`)
    const res = await manager.post(`/supervision/workers/${workerId}/sessions`, form())
    expect(res.statusCode).toBe(302)
    expect(res.headers.location).toBe(`/supervision/workers/${workerId}`)
    const [action] = await ctx.database.db.select().from(supervisionActions)
    expect(action).toMatchObject({ childId, ownerId: workerId, dueOn: '2026-12-04', status: 'OPEN' })
    const chronology = await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/chronology`)
    expect(chronology.body).toContain('Case supervision: management decisions')
    expect(chronology.body).toContain('Continue the plan; review contact arrangements')
    const audits = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'supervision.caseDiscussion'))
    expect(audits).toEqual([expect.objectContaining({ childId, kind: 'write' })])
    expect((await manager.get(`/supervision/workers/${workerId}`)).body).toContain('Continue the plan')
  })

  it('an action without an owner, a child not allocated to the worker, or a future date is refused and nothing is saved', async () => {
    const before = await sessions()
    const discussions = (await ctx.database.db.select().from(supervisionCaseDiscussions)).length
    const noOwner = await manager.post(`/supervision/workers/${workerId}/sessions`, form({ [`cases.${childId}.actions.0.ownerId`]: '' }))
    expect(noOwner.statusCode).toBe(422)
    expect(noOwner.body).toContain('Select who owns the action')
    expect(noOwner.body).toContain('Mother engaging; school reports better attendance')
    const other = ctx.fixtures.child.otherTeam.id
    const notAllocated = await manager.post(`/supervision/workers/${workerId}/sessions`, { ...form(), [`cases.${other}.discussion`]: 'Not theirs', [`cases.${other}.decisions`]: 'None' })
    expect(notAllocated.statusCode).toBe(422)
    expect(notAllocated.body).toContain('This child is not allocated to')
    const future = await manager.post(`/supervision/workers/${workerId}/sessions`, form({ 'heldOn-year': '2027' }))
    expect(future.statusCode).toBe(422)
    expect(future.body).toContain('must be today or in the past')
    expect(await sessions()).toBe(before)
    expect((await ctx.database.db.select().from(supervisionCaseDiscussions)).length).toBe(discussions)
  })

  it('overdue supervision shows on the worker’s My work and on the manager’s view', async () => {
    const adviser = ctx.fixtures.user.personal_adviser
    await ctx.deps.services.supervision.record(toActor(ctx.fixtures.user.team_manager), adviser.id, { heldOn: '2026-09-01', reflectiveDiscussion: 'Settling in', cases: {} })
    const myWork = await (await appAs(ctx, 'personal_adviser')).get('/my-work')
    expect(myWork.body).toContain('Have your supervision')
    expect(myWork.body).toContain('Not about a child')
    expect(myWork.body).toMatch(/Overdue<\/strong>[\s\S]*Have your supervision/)
    const view = await manager.get('/supervision')
    expect(view.statusCode).toBe(200)
    expect(view.body).toMatch(new RegExp(`${adviser.displayName}[\\s\\S]*?Overdue: 57 days`))
    expect(view.body).toMatch(/Test Social worker[\s\S]*?On track/)
  })

  it('a stale frequency edit is a 409 and nothing is overwritten; the first save creates the profile', async () => {
    const first = await manager.post(`/supervision/workers/${workerId}/frequency`, { supervisionEveryDays: '14', version: '' })
    expect(first.statusCode).toBe(302)
    const stale = await manager.post(`/supervision/workers/${workerId}/frequency`, { supervisionEveryDays: '21', version: '' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this worker’s supervision frequency')
    expect((await manager.post(`/supervision/workers/${workerId}/frequency`, { supervisionEveryDays: '3', version: '1' })).statusCode).toBe(422)
    const [profile] = await ctx.database.db.select().from(staffProfiles).where(eq(staffProfiles.userId, workerId))
    expect(profile).toMatchObject({ supervisionEveryDays: 14, version: 1, startedOn: '2026-11-25' })
    expect((await manager.post(`/supervision/workers/${workerId}/frequency`, { supervisionEveryDays: '21', version: '1' })).statusCode).toBe(302)
    expect((await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'staff_profile'))).map((a) => a.action).sort()).toEqual(['staffProfile.create', 'staffProfile.update'])
  })

  it('lists allocated children with no case supervision in the period, validated from the query string', async () => {
    const list = await manager.get('/supervision/children')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('Restricted record TESTCHILD4')
    expect(list.body).not.toContain('Amira Testcase')
    const bad = await manager.get('/supervision/children?weeks=abc')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Enter the number of weeks as a whole number')
  })

  it('a worker outside the manager’s team, or another worker’s page for a worker, is a 404', async () => {
    expect((await manager.get(`/supervision/workers/${ctx.fixtures.user.other_worker.id}`)).statusCode).toBe(404)
    expect((await manager.post(`/supervision/workers/${ctx.fixtures.user.other_worker.id}/sessions`, form())).statusCode).toBe(404)
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get(`/supervision/workers/${ctx.fixtures.user.personal_adviser.id}`)).statusCode).toBe(404)
    expect((await worker.get(`/supervision/workers/${workerId}`)).statusCode).toBe(200)
  })
})
