import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { children } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { referChild } from '../../../test/journeys.js'

/** Open disabled children within the user's scope, with plan and visit status, on both engines. */
describe.each(engines())('disabled children on %s', (engine) => {
  let ctx: TestContext
  const setDisability = (id: string, disability: string) => ctx.database.db.update(children).set({ disability }).where(eq(children.id, id))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const { own, otherTeam, unallocated, restricted } = ctx.fixtures.child
    await setDisability(own.id, 'MOB')
    await setDisability(otherTeam.id, 'VIS')
    await setDisability(restricted.id, 'HEAR') // disabled, but no open episode
    for (const c of [own, otherTeam, unallocated]) await referChild(ctx, c.id, '2026-10-01')
    // Own child on a CIN plan since 1 October 2026, never visited: the first visit was due 29 October.
    await ctx.deps.services.plans.startCinPlan(toActor(ctx.fixtures.user.social_worker), own.id, { startDate: '2026-10-01' })
  })
  afterAll(() => ctx.close())

  it('lists open disabled children in scope with their worker, plan and overdue visit', async () => {
    const list = await ctx.deps.services.disabledChildren.list(toActor(ctx.fixtures.user.social_worker))
    expect(list).toEqual([expect.objectContaining({ childId: ctx.fixtures.child.own.id, disability: 'MOB', workerName: ctx.fixtures.user.social_worker.displayName, plan: expect.objectContaining({ kind: 'CIN', startDate: '2026-10-01' }), visit: expect.objectContaining({ dueOn: '2026-10-29', status: 'overdue' }), review: expect.objectContaining({ dueOn: '2027-01-01' }) })])
    const page = await (await appAs(ctx, 'social_worker')).get('/disabled-children')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Amira Testcase')
    expect(page.body).not.toContain('Ben Otherteam')
    expect(page.body).toContain('Overdue')
    expect(page.body).toContain('href="/disabled-children"')
  })

  it('an authority-wide role sees every open disabled child; a child with no disability or no open episode is not listed', async () => {
    const body = (await (await appAs(ctx, 'performance_analyst')).get('/disabled-children')).body
    expect(body).toContain('Amira Testcase')
    expect(body).toContain('Ben Otherteam')
    expect(body).toContain('No plan')
    expect(body).not.toContain('Cara Waiting')
    expect(body).not.toContain('Restricted')
  })

  it('roles without the list are refused (403)', async () => {
    for (const role of ['admin', 'front_door', 'iro', 'data_protection', 'personal_adviser'] as const) expect((await (await appAs(ctx, role)).get('/disabled-children')).statusCode, role).toBe(403)
  })
})
