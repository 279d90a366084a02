import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, cpPlans, plans } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { icpcFor, referChild } from '../../../test/journeys.js'

/** The domestic abuse safety plan (Ofsted 2024, Leicester) and a CP plan ending the CIN plan, on both engines. */
describe.each(engines())('plan rules on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  let cinPlanId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const s = () => ctx.deps.services
  const safety = { safetyPlan: 'Mother and children go to grandmother’s if father returns; school alerted', parentsHistory: 'Mother: abusive first relationship. Father: witnessed abuse as a child' }
  const cinPlan = async () => (await ctx.database.db.select().from(plans).where(eq(plans.id, cinPlanId)))[0]!

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    await referChild(ctx, childId, '2026-10-01')
    // The latest assessment found domestic abuse against the mother (factor 3B).
    await s().assessments.create(sw(), childId, { startDate: '2026-10-02', factors: ['3B', '4B'], outcome: 'CIN_PLAN' })
  })
  afterAll(() => ctx.close())

  it('where the assessment found domestic abuse, the plan form shows and requires the safety plan and the parents’ history', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get(`/children/${childId}/cin-plans/new`)).body).toContain('Domestic abuse safety plan')
    const res = await worker.post(`/children/${childId}/cin-plans`, { 'startDate-day': '12', 'startDate-month': '10', 'startDate-year': '2026', wishesAndFeelings: 'Kept wishes' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('Enter the safety plan')
    expect(res.body).toContain('Enter what is known of each parent’s own history of trauma')
    expect(res.body).toContain('Kept wishes')
    expect(await ctx.database.db.select().from(plans).where(eq(plans.childId, childId))).toEqual([])
    // A child with no domestic abuse assessed is not asked.
    expect((await (await appAs(ctx, 'team_manager')).get(`/children/${ctx.fixtures.child.unallocated.id}/cin-plans/new`)).body).not.toContain('Domestic abuse safety plan')
  })

  it('with them, the plan page shows them and they count towards completeness', async () => {
    cinPlanId = (await s().plans.startCinPlan(sw(), childId, { startDate: '2026-10-12', wishesAndFeelings: 'Wants to stay with mum', identity: 'Polish; Catholic', ...safety })).id
    const page = (await (await appAs(ctx, 'social_worker')).get(`/plans/${cinPlanId}`)).body
    expect(page).toContain('Mother and children go to grandmother')
    expect(page).toContain('What is known of each parent’s own history of trauma')
    expect((await s().plans.plan(sw(), cinPlanId)).incomplete).toBe('Incomplete: missing at least one SMART action')
    const p = await cinPlan()
    await expect(s().plans.updatePlan(sw(), cinPlanId, { version: p.version, wishesAndFeelings: 'x', identity: 'y', safetyPlan: safety.safetyPlan })).rejects.toMatchObject({ status: 422, fieldErrors: { parentsHistory: expect.any(String) } })
  })

  it('starting a CP plan ends the open CIN plan that day, in one audited transaction', async () => {
    const icpc = await icpcFor(ctx, childId, { strategyOn: '2026-10-20', s47On: '2026-10-21', icpcOn: '2026-11-02' })
    // A CIN plan starting after the conference cannot end on it: nothing is saved.
    await ctx.database.db.update(plans).set({ startDate: '2026-11-05' }).where(eq(plans.id, cinPlanId))
    await expect(s().cpPlans.startPlan(sw(), icpc.id, 'EMO')).rejects.toMatchObject({ status: 422, message: expect.stringContaining('4001') })
    expect(await ctx.database.db.select().from(cpPlans).where(eq(cpPlans.childId, childId))).toEqual([])
    await ctx.database.db.update(plans).set({ startDate: '2026-10-12' }).where(eq(plans.id, cinPlanId))

    const cp = await s().cpPlans.startPlan(sw(), icpc.id, 'EMO')
    expect(await cinPlan()).toMatchObject({ endDate: '2026-11-02', endReason: 'Child protection plan started', version: 2 })
    expect(cp.startDate).toBe('2026-11-02')
    const audit = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, cinPlanId), eq(auditEvents.action, 'plan.update')))
    expect(audit).toHaveLength(1)
  })
})
