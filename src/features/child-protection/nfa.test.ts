import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assessments, auditEvents, cpConferences, plans, s47Enquiries, strategyDiscussions, visits } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { referChild } from '../../../test/journeys.js'

/** CIN rule 2990 at entry: nothing dated after an authorised NFA assessment is saved on the episode. */
describe.each(engines())('no activity after no further action (CIN rule 2990) on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const s = () => ctx.deps.services
  const refused = (field: string) => ({ status: 422, fieldErrors: { [field]: expect.stringContaining('CIN rule 2990') } })
  const rows = async () => {
    const n = async (t: typeof assessments | typeof strategyDiscussions | typeof s47Enquiries | typeof cpConferences | typeof plans | typeof visits) => (await ctx.database.db.select({ n: count() }).from(t))[0]!.n
    return { a: await n(assessments), s: await n(strategyDiscussions), e: await n(s47Enquiries), c: await n(cpConferences), p: await n(plans), v: await n(visits), audit: (await ctx.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.childId, childId)))[0]!.n }
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    await referChild(ctx, childId, '2026-10-01')
    // Backdated work before the decision is allowed: a strategy discussion, an enquiry and a CIN plan.
    const strategy = await s().childProtection.recordStrategy(sw(), childId, { heldOn: '2026-10-14', agencies: ['POLICE'], decision: 'S47' })
    const s47 = await s().childProtection.startS47(sw(), strategy.id, '2026-10-15')
    await s().childProtection.recordS47Outcome(sw(), s47.id, s47.version, 'SUBSTANTIATED')
    await s().plans.startCinPlan(sw(), childId, { startDate: '2026-10-12' })
    // The manager authorises the assessment on 20 October 2026 with no further action.
    const a = await s().assessments.create(sw(), childId, { startDate: '2026-10-05', factors: ['21'], outcome: 'NFA' })
    await s().assessments.authorise(toActor(ctx.fixtures.user.team_manager), a.id, { version: a.version, authorisedOn: '2026-10-20' })
  })
  afterAll(() => ctx.close())

  it('refuses assessments, strategy discussions, s47 enquiries, conferences, plans and visits dated after it; nothing is saved', async () => {
    const before = await rows()
    await expect(s().assessments.create(sw(), childId, { startDate: '2026-10-21', factors: [] })).rejects.toMatchObject(refused('startDate'))
    await expect(s().childProtection.recordStrategy(sw(), childId, { heldOn: '2026-10-21', agencies: ['POLICE'], decision: 'S47' })).rejects.toMatchObject(refused('heldOn'))
    // A strategy discussion dated before the decision is still recorded, but its enquiry cannot start after it.
    const other = await s().childProtection.recordStrategy(sw(), childId, { heldOn: '2026-10-19', agencies: ['POLICE'], decision: 'S47' })
    await expect(s().childProtection.startS47(sw(), other.id, '2026-10-22')).rejects.toMatchObject(refused('startDate'))
    await expect(s().childProtection.recordConference(sw(), childId, { kind: 'ICPC', heldOn: '2026-10-26', chairId: ctx.fixtures.user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', confirmBankHoliday: false })).rejects.toMatchObject(refused('heldOn'))
    await expect(s().plans.recordVisit(sw(), childId, { visitedOn: '2026-10-26', childSeen: true, seenAlone: false, notes: 'Home visit' })).rejects.toMatchObject(refused('visitedOn'))
    expect(await rows()).toEqual({ ...before, s: before.s + 1, audit: before.audit + 1 })
  })

  it('allows a visit dated on or before it', async () => {
    expect(await s().plans.recordVisit(sw(), childId, { visitedOn: '2026-10-16', childSeen: true, seenAlone: true, notes: 'Seen at school' })).toMatchObject({ kind: 'CIN' })
  })

  it('the CIN plan form names the rule and keeps the input', async () => {
    const { plan } = await s().plans.plan(sw(), (await s().plans.forChild(sw(), childId)).plans[0]!.id)
    await s().plans.updatePlan(sw(), plan.id, { version: plan.version, endDate: '2026-10-20', endReason: 'No further action' })
    const res = await (await appAs(ctx, 'social_worker')).post(`/children/${childId}/cin-plans`, { 'startDate-day': '22', 'startDate-month': '10', 'startDate-year': '2026', wishesAndFeelings: 'Kept wishes' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('CIN rule 2990')
    expect(res.body).toContain('Kept wishes')
    expect((await ctx.database.db.select().from(plans).where(eq(plans.childId, childId))).length).toBe(1)
  })
})
