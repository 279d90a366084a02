import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { icpcFor, referChild } from '../../../test/journeys.js'

/** The domestic-abuse safety plan on a CP plan, as on a CIN plan (issue 4 part 7; Ofsted 2024, Leicester). */
describe.each(engines())('the safety plan on a child protection plan on %s', (engine) => {
  let ctx: TestContext
  let planId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const s = () => ctx.deps.services
  const safety = { safetyPlan: 'Mother and child stay with grandmother; police marker on the address', parentsHistory: 'Mother experienced abuse as a child; father’s own history not yet known' }

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const childId = ctx.fixtures.child.own.id
    await referChild(ctx, childId, '2026-10-01')
    await s().assessments.create(sw(), childId, { startDate: '2026-10-02', factors: ['3A', '4B'], outcome: 'STRATEGY' })
    const icpc = await icpcFor(ctx, childId, { strategyOn: '2026-10-05', s47On: '2026-10-05', icpcOn: '2026-10-15' })
    planId = (await s().cpPlans.startPlan(sw(), icpc.id, 'EMO')).id
  })
  afterAll(() => ctx.close())

  it('shows the plan as incomplete, and asks for both on the plan form', async () => {
    const page = (await (await appAs(ctx, 'social_worker')).get(`/cp-plans/${planId}`)).body
    expect(page).toContain('Incomplete: missing the domestic abuse safety plan, what is known of each parent’s own history of trauma')
    expect(page).toContain('name="safetyPlan"')
    expect(page).toContain('name="parentsHistory"')
  })

  it('refuses to save the plan without them, and nothing changes', async () => {
    const plan = await s().cpPlans.plan(sw(), planId)
    await expect(s().cpPlans.updatePlan(sw(), planId, { version: plan.version, latestCategory: 'NEG' })).rejects.toMatchObject({ status: 422, fieldErrors: { safetyPlan: expect.stringContaining('domestic abuse'), parentsHistory: expect.stringContaining('domestic abuse') } })
    expect(await s().cpPlans.plan(sw(), planId)).toMatchObject({ version: plan.version, latestCategory: 'EMO', safetyPlan: null })
  })

  it('saves them through the form, and the plan is then complete', async () => {
    const client = await appAs(ctx, 'social_worker')
    const plan = await s().cpPlans.plan(sw(), planId)
    expect((await client.post(`/cp-plans/${planId}`, { version: String(plan.version), latestCategory: 'EMO', ...safety })).statusCode).toBe(302)
    expect(await s().cpPlans.plan(sw(), planId)).toMatchObject(safety)
    const page = (await client.get(`/cp-plans/${planId}`)).body
    expect(page).not.toContain('Incomplete')
    expect(page).toContain('police marker on the address')
  })
})
