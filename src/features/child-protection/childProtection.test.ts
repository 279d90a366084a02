import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, cinEpisodes, cpPlans, referrals } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/** The CIN/CP journey's rules, on both engines (Working Together 2023 ch.2; CIN census rules). */
describe.each(engines())('child protection and assessments on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const tm = () => toActor(ctx.fixtures.user.team_manager)
  const s = () => ctx.deps.services
  const conference = (heldOn: string, confirmBankHoliday = false) => ({ kind: 'ICPC' as const, heldOn, chairId: ctx.fixtures.user.iro.id, attendance: 'Mother, school, GP report', childViews: 'Wants to stay at home', viewsGatheredHow: 'Seen alone at school', confirmBankHoliday })
  const substantiatedS47 = async (heldOn: string, startDate: string) => {
    const strategy = await s().childProtection.recordStrategy(sw(), childId, { heldOn, agencies: ['POLICE', 'HEALTH'], decision: 'S47' })
    const s47 = await s().childProtection.startS47(sw(), strategy.id, startDate)
    return s().childProtection.recordS47Outcome(sw(), s47.id, s47.version, 'SUBSTANTIATED')
  }
  const audits = async () => (await ctx.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.childId, childId))).map((a) => a.action)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await s().frontDoor.recordContact(fd, { childId, source: '2A', reason: 'School', presentingConcerns: 'Bruising', receivedAt: '', receivedAtInstant: new Date('2026-11-25T08:00:00Z') })
    const { referral } = await s().frontDoor.decide(fd, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    // Move the referral back to Monday 3 August 2026 so the journey has room for its clocks.
    await ctx.database.db.update(referrals).set({ referralDate: '2026-08-03' }).where(eq(referrals.id, referral!.id))
    await ctx.database.db.update(cinEpisodes).set({ startDate: '2026-08-03' }).where(eq(cinEpisodes.id, referral!.cinEpisodeId))
  })
  afterAll(() => ctx.close())

  it('an assessment authorised after 45 working days needs a late reason, and authorisation stops the clock in My work', async () => {
    const a = await s().assessments.create(sw(), childId, { startDate: '2026-08-05', factors: ['3B', '4B'], outcome: 'CIN_PLAN', nextStep: 'CIN plan' })
    expect((await s().work.mine(sw())).some((i) => i.kind === 'assessment' && i.childId === childId)).toBe(true)
    // 45 working days from 3 August 2026 is 6 October 2026 (31 August is a bank holiday).
    await expect(s().assessments.authorise(tm(), a.id, { version: a.version, authorisedOn: '2026-11-20' })).rejects.toMatchObject({ status: 422, fieldErrors: { lateReason: expect.stringContaining('45 working days') } })
    const done = await s().assessments.authorise(tm(), a.id, { version: a.version, authorisedOn: '2026-11-20', lateReason: 'Worker absence' })
    expect(done).toMatchObject({ authorisedBy: ctx.fixtures.user.team_manager.id, lateReason: 'Worker absence', version: 2 })
    expect((await s().work.mine(sw())).some((i) => i.kind === 'assessment' && i.childId === childId)).toBe(false)
    expect(await audits()).toEqual(expect.arrayContaining(['assessment.create', 'assessment.authorise']))
  })

  it('an assessment edit with a stale version is refused (409) and changes nothing', async () => {
    const a = await s().assessments.create(sw(), childId, { startDate: '2026-08-06', factors: [] })
    const edit = { startDate: '2026-08-06', factors: ['21' as const], outcome: 'NFA' as const }
    await s().assessments.update(sw(), a.id, { ...edit, version: 1 })
    await expect(s().assessments.update(tm(), a.id, { ...edit, outcome: 'EARLY_HELP', version: 1 })).rejects.toMatchObject({ status: 409 })
    expect((await s().assessments.get(sw(), a.id)).assessment).toMatchObject({ outcome: 'NFA', version: 2 })
    // Left awaiting authorisation: a manager sees it in My work.
    expect((await s().work.mine(tm())).some((i) => i.kind === 'authorise' && i.href === `/assessments/${a.id}`)).toBe(true)
  })

  it('an assessment keeps its internal review date, refusing one before the start (nothing saved)', async () => {
    const a = await s().assessments.create(sw(), childId, { startDate: '2026-08-06', factors: [] })
    const edit = { startDate: '2026-08-06', factors: [], version: a.version }
    await expect(s().assessments.update(sw(), a.id, { ...edit, internalReviewOn: '2026-08-05' })).rejects.toMatchObject({ status: 422, fieldErrors: { internalReviewOn: expect.stringContaining('before the assessment started') } })
    expect((await s().assessments.get(sw(), a.id)).assessment).toMatchObject({ internalReviewOn: null, version: 1 })
    await s().assessments.update(sw(), a.id, { ...edit, internalReviewOn: '2026-08-27' })
    expect((await s().assessments.get(sw(), a.id)).assessment).toMatchObject({ internalReviewOn: '2026-08-27', version: 2 })
  })

  it('an ICPC at a weekend is refused (CIN rule 8875); on a bank holiday it needs confirmation', async () => {
    const s47 = await substantiatedS47('2026-08-20', '2026-08-21')
    expect(s47.icpcTargetOn).toBe('2026-09-11')
    await expect(s().childProtection.recordConference(sw(), childId, conference('2026-08-29'))).rejects.toMatchObject({ status: 422, fieldErrors: { heldOn: expect.stringContaining('8875') } })
    await expect(s().childProtection.recordConference(sw(), childId, conference('2026-08-31'))).rejects.toMatchObject({ status: 422, fieldErrors: { confirmBankHoliday: expect.any(String) } })
    const icpc = await s().childProtection.recordConference(sw(), childId, conference('2026-08-31', true))
    expect(icpc).toMatchObject({ s47EnquiryId: s47.id, bankHolidayConfirmed: true })
  })

  it('the conference form shows the weekend refusal again with the input kept', async () => {
    const client = await appAs(ctx, 'social_worker')
    const res = await client.post(`/children/${childId}/conferences`, { kind: 'ICPC', 'heldOn-day': '5', 'heldOn-month': '9', 'heldOn-year': '2026', chairId: ctx.fixtures.user.iro.id, attendance: 'Kept attendance text', childViews: 'Views', viewsGatheredHow: 'Visit' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('CIN rule 8875')
    expect(res.body).toContain('Kept attendance text')
  })

  it('a plan cannot end before it starts (nothing saved), and a child has one open plan (CIN rule 8935)', async () => {
    const icpc = (await s().cpPlans.overview(sw(), childId)).conferences[0]!
    const plan = await s().cpPlans.startPlan(sw(), icpc.id, 'NEG')
    expect(plan.startDate).toBe('2026-08-31')
    const before = await audits()
    await expect(s().cpPlans.updatePlan(sw(), plan.id, { version: 1, latestCategory: 'EMO', endDate: '2026-08-30', endReason: 'Ended' })).rejects.toMatchObject({ status: 422, fieldErrors: { endDate: expect.any(String) } })
    expect((await ctx.database.db.select().from(cpPlans).where(eq(cpPlans.id, plan.id)))[0]).toMatchObject({ latestCategory: 'NEG', endDate: null, version: 1 })
    expect(await audits()).toEqual(before)
    await substantiatedS47('2026-09-01', '2026-09-02')
    const second = await s().childProtection.recordConference(sw(), childId, conference('2026-09-07'))
    await expect(s().cpPlans.startPlan(sw(), second.id, 'PHY')).rejects.toMatchObject({ status: 422, message: expect.stringContaining('8935') })
  })

  it('not convening an ICPC after substantiated concerns needs a reason and a manager’s authorisation', async () => {
    const s47 = await substantiatedS47('2026-11-02', '2026-11-03')
    expect((await s().work.mine(sw())).find((i) => i.kind === 'icpc' && i.href === `/s47-enquiries/${s47.id}`)).toMatchObject({ dueOn: '2026-11-23', status: 'overdue' })
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.post(`/s47-enquiries/${s47.id}/not-convened`, { version: String(s47.version), notConvenedReason: '' })).statusCode).toBe(422)
    const requested = await s().childProtection.requestNotConvened(sw(), s47.id, s47.version, 'Family engaged; risk reduced by safety plan')
    expect((await worker.get(`/s47-enquiries/${s47.id}`)).body).toContain('awaiting authorisation')
    expect((await worker.post(`/s47-enquiries/${s47.id}/not-convened/authorise`, { version: String(requested.version) })).statusCode).toBe(403)
    expect((await s().work.mine(tm())).some((i) => i.kind === 'authorise' && i.href === `/s47-enquiries/${s47.id}`)).toBe(true)
    const manager = await appAs(ctx, 'team_manager')
    expect((await manager.post(`/s47-enquiries/${s47.id}/not-convened/authorise`, { version: String(requested.version) })).statusCode).toBe(302)
    const after = await s().childProtection.s47(sw(), s47.id)
    expect(after.s47).toMatchObject({ notConvenedAuthorisedBy: ctx.fixtures.user.team_manager.id })
    expect((await s().work.mine(sw())).some((i) => i.kind === 'icpc' && i.href === `/s47-enquiries/${s47.id}`)).toBe(false)
  })

  it('closure is refused while a CP plan is open, then asked for and signed off with a census reason', async () => {
    const close = { closedOn: '2026-11-24', reason: 'RC7' as const, note: 'Needs met through universal services' }
    await expect(s().closures.request(sw(), childId, close)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('child protection plan is open') })
    const plan = (await s().cpPlans.overview(sw(), childId)).openPlan!
    await s().cpPlans.updatePlan(sw(), plan.id, { version: plan.version, latestCategory: 'NEG', endDate: '2026-11-20', endReason: 'Risk reduced' })
    const asked = await s().closures.request(sw(), childId, close)
    const { closure } = await s().closures.signOff(tm(), asked.id, asked.version)
    expect(closure).toMatchObject({ reason: 'RC7', signedOffBy: ctx.fixtures.user.team_manager.id })
    const [episode] = await ctx.database.db.select().from(cinEpisodes).where(eq(cinEpisodes.childId, childId))
    expect(episode).toMatchObject({ endDate: '2026-11-24', closureReason: 'RC7' })
  })

  it('every write left an audit row', async () => {
    expect(new Set(await audits())).toEqual(new Set(['contact.create', 'contact.decide', 'referral.create', 'assessment.create', 'assessment.update', 'assessment.authorise', 'strategy.create', 's47.create', 's47.outcome', 'conference.create', 'cpPlan.create', 'cpPlan.update', 's47.notConvened.request', 's47.notConvened.authorise', 'closureRequest.create', 'closureRequest.signOff', 'cinEpisode.close']))
  })

  it('the overview and child pages show the journey', async () => {
    const client = await appAs(ctx, 'social_worker')
    expect((await client.get(`/children/${childId}/child-protection`)).body).toContain('Section 47 enquiries')
    expect((await client.get(`/children/${childId}`)).body).toContain('Child protection and assessments')
  })
})
