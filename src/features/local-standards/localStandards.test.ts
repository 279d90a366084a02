import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, localStandards } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { icpcFor, referChild } from '../../../test/journeys.js'

/** Local standards set on the admin page change the clocks everywhere (ARCHITECTURE.md §7), on both engines. */
describe.each(engines())('local standards for timescales on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const visitItem = async () => (await ctx.deps.services.work.mine(sw())).find((i) => i.kind === 'visit' && i.href === `/children/${childId}/child-protection`)
  const stored = () => ctx.database.db.select().from(localStandards)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    await referChild(ctx, childId, '2026-10-01')
    // A CP plan from Monday 2 November 2026: the first visit is due 10 working days later, on 16 November.
    const icpc = await icpcFor(ctx, childId, { strategyOn: '2026-10-20', s47On: '2026-10-21', icpcOn: '2026-11-02' })
    await ctx.deps.services.cpPlans.startPlan(sw(), icpc.id, 'NEG')
  })
  afterAll(() => ctx.close())

  it('lists every rule; a statutory one is read-only with the reason, and cannot be set', async () => {
    const admin = await appAs(ctx, 'admin')
    const list = await admin.get('/admin/local-standards')
    expect(list.statusCode).toBe(200)
    for (const id of ['ASSESSMENT_45WD', 'CP_VISIT_10WD', 'CIN_VISIT_20WD', 'RCPC_6M']) expect(list.body).toContain(id)
    const statutory = await admin.get('/admin/local-standards/ASSESSMENT_45WD')
    expect(statutory.body).toContain('Statutory timescale: a council cannot relax it')
    expect(statutory.body).not.toContain('Save the local standard')
    expect((await admin.post('/admin/local-standards/ASSESSMENT_45WD', { version: '0', amount: '50', unit: 'working_days' })).statusCode).toBe(422)
    expect((await admin.get('/admin/local-standards/NO_SUCH_RULE')).statusCode).toBe(404)
    expect(await stored()).toEqual([])
  })

  it('a CP visit standard of 5 working days moves the due date in My work, and clearing it moves it back', async () => {
    expect(await visitItem()).toMatchObject({ dueOn: '2026-11-16', title: expect.stringContaining('every 10 working days') })
    const admin = await appAs(ctx, 'admin')
    expect((await admin.post('/admin/local-standards/CP_VISIT_10WD', { version: '0', amount: '0', unit: 'working_days' })).body).toContain('Enter an interval of at least 1')
    const saved = await admin.post('/admin/local-standards/CP_VISIT_10WD', { version: '0', amount: '5', unit: 'working_days' })
    expect(saved.statusCode).toBe(303)
    expect(await visitItem()).toMatchObject({ dueOn: '2026-11-09', title: expect.stringContaining('every 5 working days') })
    const myWork = await (await appAs(ctx, 'social_worker')).get('/my-work')
    expect(myWork.body).toContain('9 November 2026')
    expect((await admin.get('/admin/local-standards')).body).toContain('5 working days')

    const row = (await stored())[0]!
    await ctx.deps.services.localStandards.clear(toActor(ctx.fixtures.user.admin), 'CP_VISIT_10WD', row.version)
    expect(await visitItem()).toMatchObject({ dueOn: '2026-11-16' })
    const actions = (await ctx.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityType, 'local_standard'))).map((a) => a.action)
    expect(actions).toEqual(['localStandard.set', 'localStandard.clear'])
  })

  it('a save from a stale page is refused (409) and keeps the other admin’s standard', async () => {
    const admin = await appAs(ctx, 'admin')
    expect((await admin.post('/admin/local-standards/CIN_VISIT_20WD', { version: '0', amount: '15', unit: 'working_days' })).statusCode).toBe(303)
    const stale = await admin.post('/admin/local-standards/CIN_VISIT_20WD', { version: '0', amount: '30', unit: 'working_days' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this local standard')
    expect((await admin.post('/admin/local-standards/CIN_VISIT_20WD/clear', { version: '7' })).statusCode).toBe(409)
    expect(await stored()).toEqual([expect.objectContaining({ ruleId: 'CIN_VISIT_20WD', amount: 15, version: 1 })])
    expect((await admin.post('/admin/local-standards/CIN_VISIT_20WD', { version: '1', amount: '30', unit: 'days' })).statusCode).toBe(303)
    expect(await stored()).toEqual([expect.objectContaining({ amount: 30, unit: 'days', version: 2 })])
  })

  it('only an administrator may set a standard (403)', async () => {
    expect((await (await appAs(ctx, 'team_manager')).post('/admin/local-standards/CP_VISIT_10WD', { version: '0', amount: '5', unit: 'working_days' })).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'admin')).get('/admin/users')).body).toContain('href="/admin/local-standards"')
  })
})
