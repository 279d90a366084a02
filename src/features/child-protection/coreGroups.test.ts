import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cinEpisodes, referrals } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/**
 * Core groups and review conferences on a CP plan (Working Together 2023 ch.2): the first core
 * group within 10 working days of the ICPC, then every 6 weeks (local standard); the first review
 * conference within 3 months, then every 6 months. Today is Wednesday 25 November 2026.
 */
describe.each(engines())('core group and review conference clocks on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  let planId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const s = () => ctx.deps.services
  const mine = async (kind: string) => (await s().work.mine(sw())).find((i) => i.kind === kind && i.href === `/cp-plans/${planId}`)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await s().frontDoor.recordContact(fd, { childId, source: '2A', reason: 'School', presentingConcerns: 'Bruising', receivedAt: '', receivedAtInstant: new Date('2026-11-25T08:00:00Z') })
    const { referral } = await s().frontDoor.decide(fd, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    await ctx.database.db.update(referrals).set({ referralDate: '2026-09-01' }).where(eq(referrals.id, referral!.id))
    await ctx.database.db.update(cinEpisodes).set({ startDate: '2026-09-01' }).where(eq(cinEpisodes.id, referral!.cinEpisodeId))
    const strategy = await s().childProtection.recordStrategy(sw(), childId, { heldOn: '2026-09-07', agencies: ['POLICE'], decision: 'S47' })
    const s47 = await s().childProtection.startS47(sw(), strategy.id, '2026-09-07')
    await s().childProtection.recordS47Outcome(sw(), s47.id, s47.version, 'SUBSTANTIATED')
    const icpc = await s().childProtection.recordConference(sw(), childId, { kind: 'ICPC', heldOn: '2026-09-21', chairId: ctx.fixtures.user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', confirmBankHoliday: false })
    planId = (await s().cpPlans.startPlan(sw(), icpc.id, 'NEG')).id
  })
  afterAll(() => ctx.close())

  it('with no core group held, My work shows the first core group overdue 10 working days after the ICPC', async () => {
    expect(await mine('core_group')).toMatchObject({ dueOn: '2026-10-05', status: 'overdue', rag: 'red', title: expect.stringContaining('first core group') })
    expect(await mine('rcpc')).toMatchObject({ dueOn: '2026-12-21', status: 'on_track', rag: 'green' })
  })

  it('a core group restarts the clock at the local interval; the plan page shows the first was in time', async () => {
    await s().coreGroups.record(sw(), planId, { heldOn: '2026-10-01', attendance: 'Mother, school, health visitor', summary: 'Progress on home conditions' })
    expect(await mine('core_group')).toMatchObject({ dueOn: '2026-11-12', status: 'overdue', daysLate: 13 })
    await s().coreGroups.record(sw(), planId, { heldOn: '2026-11-20', attendance: 'Mother, school', summary: 'Attendance improved' })
    expect(await mine('core_group')).toMatchObject({ dueOn: '2027-01-01', status: 'on_track' })
    const page = (await (await appAs(ctx, 'social_worker')).get(`/cp-plans/${planId}`)).body
    expect(page).toContain('Held in time (due 5 October 2026)')
    expect(page).toContain('Attendance improved')
    expect(page).toContain('Due 1 January 2027 (On track)')
  })

  it('a review conference stops the first review clock and starts the 6-monthly one', async () => {
    await s().childProtection.recordConference(sw(), childId, { kind: 'RCPC', heldOn: '2026-11-23', chairId: ctx.fixtures.user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', confirmBankHoliday: false })
    expect(await mine('rcpc')).toMatchObject({ dueOn: '2027-05-23', status: 'on_track' })
  })

  it('a core group before the ICPC or in the future is refused, and the form keeps the input (422)', async () => {
    await expect(s().coreGroups.record(sw(), planId, { heldOn: '2026-09-18', attendance: 'x', summary: 'y' })).rejects.toMatchObject({ status: 422, fieldErrors: { heldOn: expect.stringContaining('after the initial conference') } })
    const res = await (await appAs(ctx, 'social_worker')).post(`/cp-plans/${planId}/core-groups`, { 'heldOn-day': '1', 'heldOn-month': '1', 'heldOn-year': '2027', attendance: 'Kept attendance', summary: 'Kept summary' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('Kept attendance')
  })

  it('an ended plan has no core group or review clock in My work', async () => {
    const plan = await s().cpPlans.plan(sw(), planId)
    await s().cpPlans.updatePlan(sw(), planId, { version: plan.version, latestCategory: 'NEG', endDate: '2026-11-24', endReason: 'Risk reduced' })
    expect(await mine('core_group')).toBeUndefined()
    expect(await mine('rcpc')).toBeUndefined()
    await expect(s().coreGroups.record(sw(), planId, { heldOn: '2026-11-24', attendance: 'x', summary: 'y' })).rejects.toMatchObject({ status: 422 })
  })
})
