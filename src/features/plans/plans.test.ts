import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, cinEpisodes, cpPlans, plans, referrals } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/** Plans, SMART actions, visits, step-down and re-escalation, on both engines (Working Together 2023 ch.2). */
describe.each(engines())('plans, visits and step-down on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  let cpPlanId: string
  let cinPlanId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const tm = () => toActor(ctx.fixtures.user.team_manager)
  const s = () => ctx.deps.services
  const cpPlanFrom = async (heldOn: string, s47Start: string, strategyOn: string) => {
    const strategy = await s().childProtection.recordStrategy(sw(), childId, { heldOn: strategyOn, agencies: ['POLICE', 'HEALTH'], decision: 'S47' })
    const s47 = await s().childProtection.startS47(sw(), strategy.id, s47Start)
    await s().childProtection.recordS47Outcome(sw(), s47.id, s47.version, 'SUBSTANTIATED')
    const icpc = await s().childProtection.recordConference(sw(), childId, { kind: 'ICPC', heldOn, chairId: ctx.fixtures.user.iro.id, attendance: 'Family, school', childViews: 'Views', viewsGatheredHow: 'Seen alone', confirmBankHoliday: false })
    return s().cpPlans.startPlan(sw(), icpc.id, 'NEG')
  }
  const visitItem = async (href: string) => (await s().work.mine(sw())).find((i) => i.kind === 'visit' && i.href === href)
  const audits = async () => (await ctx.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.childId, childId))).map((a) => a.action)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await s().frontDoor.recordContact(fd, { childId, source: '2A', reason: 'School', presentingConcerns: 'Neglect', receivedAt: '', receivedAtInstant: new Date('2026-11-25T08:00:00Z') })
    const { referral } = await s().frontDoor.decide(fd, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    await ctx.database.db.update(referrals).set({ referralDate: '2026-03-02' }).where(eq(referrals.id, referral!.id))
    await ctx.database.db.update(cinEpisodes).set({ startDate: '2026-03-02' }).where(eq(cinEpisodes.id, referral!.cinEpisodeId))
    cpPlanId = (await cpPlanFrom('2026-03-09', '2026-03-04', '2026-03-03')).id
  })
  afterAll(() => ctx.close())

  it('a CP visit where the child was seen moves the CP visit clock in My work', async () => {
    const href = `/children/${childId}/child-protection`
    const before = await visitItem(href)
    expect(before).toMatchObject({ dueOn: '2026-03-23', status: 'overdue' })
    await expect(s().plans.recordVisit(sw(), childId, { visitedOn: '2026-03-01', childSeen: true, seenAlone: false, notes: 'Before any plan' })).rejects.toMatchObject({ status: 422 })
    expect(await s().plans.recordVisit(sw(), childId, { visitedOn: '2026-03-20', childSeen: true, seenAlone: true, notes: 'Seen at school' })).toMatchObject({ kind: 'CP' })
    expect((await visitItem(href))?.dueOn ?? '').toMatch(/^2026-04/)
    const page = await (await appAs(ctx, 'social_worker')).get(href)
    expect(page.body).toContain('CP visits (every 10 working days)')
  })

  it('a rejected step-down keeps the plan open; a social worker cannot authorise (403)', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.post(`/cp-plans/${cpPlanId}/step-down`, { rationale: '' })).statusCode).toBe(422)
    const req = await s().stepDowns.request(sw(), cpPlanId, 'Risk reduced')
    await expect(s().stepDowns.request(sw(), cpPlanId, 'Again')).rejects.toMatchObject({ status: 422 })
    expect((await worker.post(`/step-downs/${req.id}/authorise`, { version: '1', 'endDate-day': '1', 'endDate-month': '6', 'endDate-year': '2026' })).statusCode).toBe(403)
    expect((await s().work.mine(tm())).some((i) => i.kind === 'authorise' && i.href === `/step-downs/${req.id}`)).toBe(true)
    const manager = await appAs(ctx, 'team_manager')
    expect((await manager.post(`/step-downs/${req.id}/reject`, { version: '1', rejectReason: 'Core group not yet confident' })).statusCode).toBe(302)
    expect((await s().stepDowns.get(sw(), req.id)).stepDown).toMatchObject({ decision: 'REJECTED', rejectReason: 'Core group not yet confident' })
    expect((await s().cpPlans.plan(sw(), cpPlanId)).endDate).toBeNull()
  })

  it('authorising a step-down ends the CP plan and opens a CIN plan the same day, atomically', async () => {
    const req = await s().stepDowns.request(sw(), cpPlanId, 'Safety plan holding for 3 months')
    // A stale version fails after the plan was ended in the transaction: nothing is kept.
    await expect(s().stepDowns.authorise(tm(), req.id, req.version + 1, '2026-06-01')).rejects.toMatchObject({ status: 409 })
    expect((await s().cpPlans.plan(sw(), cpPlanId)).endDate).toBeNull()
    expect(await ctx.database.db.select().from(plans).where(eq(plans.childId, childId))).toEqual([])
    const { cinPlan } = await s().stepDowns.authorise(tm(), req.id, req.version, '2026-06-01')
    cinPlanId = cinPlan.id
    expect(await s().cpPlans.plan(sw(), cpPlanId)).toMatchObject({ endDate: '2026-06-01', endReason: expect.stringContaining('Safety plan holding') })
    expect(cinPlan).toMatchObject({ kind: 'CIN', startDate: '2026-06-01', endDate: null })
    expect(await audits()).toEqual(expect.arrayContaining(['stepDown.request', 'stepDown.reject', 'stepDown.authorise', 'plan.create', 'cpPlan.update']))
  })

  it('SMART action fields are required, and the form keeps the input', async () => {
    const worker = await appAs(ctx, 'social_worker')
    const res = await worker.post(`/plans/${cinPlanId}/actions`, { action: 'Kept action text' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('Enter the measurable outcome')
    expect(res.body).toContain('Select a worker or enter the name')
    expect(res.body).toContain('Enter the due date')
    expect(res.body).toContain('Kept action text')
  })

  it('a plan without wishes and feelings, identity or actions shows as incomplete, on the plan and the child page', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get(`/plans/${cinPlanId}`)).body).toContain('Incomplete: missing the child’s wishes and feelings, identity, religion and culture, at least one SMART action')
    expect((await worker.get(`/children/${childId}`)).body).toContain('govuk-tag--red">Incomplete')
    const plan = (await s().plans.plan(sw(), cinPlanId)).plan
    await s().plans.updatePlan(sw(), cinPlanId, { version: plan.version, wishesAndFeelings: 'Wants Nan at meetings', identity: 'Catholic; Irish Traveller heritage' })
    expect((await s().plans.plan(sw(), cinPlanId)).incomplete).toBe('Incomplete: missing at least one SMART action')
    await s().plans.addAction(sw(), cinPlanId, { action: 'Nursery place', ownerUserId: ctx.fixtures.user.social_worker.id, outcome: 'Attends 3 days a week', dueOn: '2026-07-01' })
    expect((await s().plans.plan(sw(), cinPlanId)).incomplete).toBeNull()
    expect((await worker.get(`/children/${childId}`)).body).not.toContain('govuk-tag--red">Incomplete')
  })

  it('a plan edit with a stale version is refused (409) and changes nothing', async () => {
    const { plan } = await s().plans.plan(sw(), cinPlanId)
    await s().plans.updatePlan(sw(), cinPlanId, { version: plan.version, wishesAndFeelings: 'First edit', identity: 'Catholic' })
    await expect(s().plans.updatePlan(tm(), cinPlanId, { version: plan.version, wishesAndFeelings: 'Second edit', identity: 'Catholic' })).rejects.toMatchObject({ status: 409 })
    expect((await s().plans.plan(sw(), cinPlanId)).plan).toMatchObject({ wishesAndFeelings: 'First edit', version: plan.version + 1 })
  })

  it('CIN visits and reviews move the CIN clocks in My work', async () => {
    const href = `/plans/${cinPlanId}`
    expect(await visitItem(href)).toMatchObject({ status: 'overdue' })
    const review = () => s().work.mine(sw()).then((items) => items.find((i) => i.kind === 'plan_review' && i.href === href))
    expect(await review()).toMatchObject({ dueOn: '2026-09-01', status: 'overdue' })
    expect(await s().plans.recordVisit(sw(), childId, { visitedOn: '2026-11-24', childSeen: true, seenAlone: false, notes: 'Home visit' })).toMatchObject({ kind: 'CIN' })
    expect((await visitItem(href))!.status).not.toBe('overdue')
    await s().plans.addReview(sw(), cinPlanId, { reviewedOn: '2026-11-20', summary: 'Progress on nursery' })
    expect((await review())!.dueOn).toBe('2027-02-20')
  })

  it('a new CP plan within 6 months of the step-down is listed as a re-escalation, and as a second plan', async () => {
    await s().plans.updatePlan(sw(), cinPlanId, { version: (await s().plans.plan(sw(), cinPlanId)).plan.version, wishesAndFeelings: 'x', identity: 'y', endDate: '2026-11-24', endReason: 'Re-escalated' })
    const second = await cpPlanFrom('2026-08-10', '2026-08-04', '2026-08-03')
    expect((await ctx.database.db.select().from(cpPlans).where(and(eq(cpPlans.childId, childId), eq(cpPlans.id, second.id))))[0]).toMatchObject({ startDate: '2026-08-10' })
    const { reEscalated, repeats } = await s().stepDowns.reEscalations(tm())
    expect(reEscalated).toEqual([expect.objectContaining({ childId, steppedDownOn: '2026-06-01', newPlanStart: '2026-08-10', daysBetween: 70 })])
    expect(repeats).toEqual([expect.objectContaining({ childId, planNumber: 2, previousEnd: '2026-06-01', withinTwoYears: true })])
    for (const role of ['service_manager', 'dcs', 'qa_officer', 'performance_analyst', 'team_manager'] as const) {
      const body = (await (await appAs(ctx, role)).get('/child-protection/re-escalations')).body
      expect(body, role).toContain('Amira Testcase')
    }
    expect((await s().stepDowns.reEscalations(toActor(ctx.fixtures.user.other_worker))).reEscalated).toEqual([])
    expect((await (await appAs(ctx, 'iro')).get('/child-protection/re-escalations')).statusCode).toBe(403)
  })
})
