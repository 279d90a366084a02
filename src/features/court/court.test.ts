import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, cinEpisodes, preProceedings as ppTable, referrals } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/** Pre-proceedings and care proceedings on both engines (PLO guidance 2023; Children Act 1989 s32). */
describe.each(engines())('pre-proceedings and care proceedings on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const s = () => ctx.deps.services
  const audits = async () =>
    (
      await ctx.database.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(eq(auditEvents.childId, childId))
    ).map((a) => a.action)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await s().frontDoor.recordContact(fd, {
      childId,
      source: '2A',
      reason: 'School',
      presentingConcerns: 'Neglect',
      receivedAt: '',
      receivedAtInstant: new Date('2026-11-25T08:00:00Z'),
    })
    const { referral } = await s().frontDoor.decide(fd, contact.id, {
      version: 1,
      decision: 'REFERRAL',
      decisionReason: 'Threshold met',
      primaryNeed: 'N1',
    })
    await ctx.database.db
      .update(referrals)
      .set({ referralDate: '2026-05-04' })
      .where(eq(referrals.id, referral!.id))
    await ctx.database.db
      .update(cinEpisodes)
      .set({ startDate: '2026-05-04' })
      .where(eq(cinEpisodes.id, referral!.cinEpisodeId))
  })
  afterAll(() => ctx.close())

  it('starts pre-proceedings, shows the drift against 16 weeks, and refuses a second open one', async () => {
    const pp = await s().preProceedings.start(sw(), childId, {
      startDate: '2026-06-01',
      legalPlanningDecision: 'Threshold met; enter the PLO',
    })
    const loaded = await s().preProceedings.get(sw(), pp.id)
    // 1 June to 25 November 2026 is 177 days; 16 weeks from 1 June is 21 September.
    expect(loaded.clock).toMatchObject({
      days: 177,
      weeks: 25,
      dueOn: '2026-09-21',
      status: 'overdue',
      daysLate: 65,
    })
    await expect(
      s().preProceedings.start(sw(), childId, { startDate: '2026-06-02', legalPlanningDecision: 'Again' }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('already in pre-proceedings') })
    expect(
      (await s().work.mine(sw())).find((i) => i.kind === 'pre_proceedings' && i.childId === childId),
    ).toMatchObject({ dueOn: '2026-09-21', status: 'overdue' })
  })

  it('refuses out-of-order dates with the rule named, and saves nothing', async () => {
    const [pp] = await ctx.database.db.select().from(ppTable).where(eq(ppTable.childId, childId))
    const before = await audits()
    await expect(
      s().preProceedings.update(sw(), pp!.id, {
        version: pp!.version,
        letterSentOn: '2026-05-29',
        fgdmOffered: true,
      }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { letterSentOn: expect.stringContaining('CIN rule 9006') },
    })
    const client = await appAs(ctx, 'social_worker')
    const res = await client.post(`/pre-proceedings/${pp!.id}`, {
      version: String(pp!.version),
      'letterSentOn-day': '5',
      'letterSentOn-month': '6',
      'letterSentOn-year': '2026',
      'courtApplicationOn-day': '1',
      'courtApplicationOn-month': '7',
      'courtApplicationOn-year': '2026',
    })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('CIN rule 9007')
    expect(res.body).toContain('CIN rule 9012')
    expect((await ctx.database.db.select().from(ppTable).where(eq(ppTable.id, pp!.id)))[0]).toMatchObject({
      letterSentOn: null,
      version: 1,
    })
    expect(await audits()).toEqual(before)
  })

  it('records meetings (reviews counted), the steps in order, and a stale version is a conflict', async () => {
    const [pp] = await ctx.database.db.select().from(ppTable).where(eq(ppTable.childId, childId))
    const id = pp!.id
    await expect(
      s().preProceedings.addMeeting(sw(), id, { kind: 'REVIEW', heldOn: '2026-06-20', summary: 'Review' }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { kind: expect.any(String) } })
    await s().preProceedings.addMeeting(sw(), id, {
      kind: 'INITIAL',
      heldOn: '2026-06-10',
      summary: 'Parents and solicitors attended',
    })
    await s().preProceedings.addMeeting(sw(), id, {
      kind: 'REVIEW',
      heldOn: '2026-07-10',
      summary: 'Some progress',
    })
    await s().preProceedings.addMeeting(sw(), id, {
      kind: 'REVIEW',
      heldOn: '2026-08-10',
      summary: 'Concerns remain',
    })
    expect((await s().preProceedings.get(sw(), id)).reviewCount).toBe(2)
    const steps = {
      version: 1,
      letterSentOn: '2026-06-03',
      fgdmOffered: true,
      fgdmFacilitated: true,
      stepDecisionOn: '2026-09-01',
      courtApplicationOn: '2026-09-20',
      letterInitiatingProceedingsOn: '2026-09-21',
      outcome: 'A' as const,
      endDate: '2026-09-21',
    }
    const done = await s().preProceedings.update(sw(), id, steps)
    expect(done).toMatchObject({ outcome: 'A', endDate: '2026-09-21', version: 2 })
    await expect(s().preProceedings.update(sw(), id, steps)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('ended'),
    })
    expect((await s().preProceedings.get(sw(), id)).clock).toMatchObject({
      status: 'met',
      days: 112,
      weeks: 16,
    })
  })

  it('care proceedings run on the 26-week clock, moved on by s32(5) extensions, until the final order', async () => {
    const cp = await s().careProceedings.start(sw(), childId, {
      issuedOn: '2026-10-05',
      court: 'Family Court sitting at Leicester',
      solicitor: 'Council legal services',
    })
    expect(cp.preProceedingsId).not.toBeNull()
    // Issued Monday 5 October 2026: 26 weeks beginning with that day end on Sunday 4 April 2027.
    expect((await s().careProceedings.get(sw(), cp.id)).clock).toMatchObject({
      dueOn: '2027-04-04',
      status: 'on_track',
      week: 8,
      daysRemaining: 130,
    })
    const client = await appAs(ctx, 'social_worker')
    const tooLong = await client.post(`/care-proceedings/${cp.id}/extensions`, {
      version: '1',
      weeks: '9',
      reason: 'Expert report delayed',
    })
    expect(tooLong.statusCode).toBe(422)
    expect(tooLong.body).toContain('up to 8 weeks')
    const extended = await s().careProceedings.extend(sw(), cp.id, {
      version: 1,
      weeks: 4,
      reason: 'Expert report delayed',
    })
    expect((await s().careProceedings.get(sw(), cp.id)).clock).toMatchObject({
      dueOn: '2027-05-02',
      daysRemaining: 158,
      extensionWeeks: 4,
    })
    await s().careProceedings.addHearing(sw(), cp.id, {
      kind: 'CMH',
      heldOn: '2026-10-20',
      outcome: 'Directions given',
    })
    await expect(
      s().careProceedings.finalOrder(sw(), cp.id, {
        version: 1,
        finalOrder: 'CARE',
        finalOrderOn: '2026-11-20',
      }),
    ).rejects.toMatchObject({ status: 409 })
    await expect(
      s().careProceedings.finalOrder(sw(), cp.id, {
        version: extended.version,
        finalOrder: 'CARE',
        finalOrderOn: '2026-10-19',
      }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { finalOrderOn: expect.any(String) } })
    expect(
      (await s().work.mine(sw())).some((i) => i.kind === 'care_proceedings' && i.childId === childId),
    ).toBe(true)
    await s().careProceedings.finalOrder(sw(), cp.id, {
      version: extended.version,
      finalOrder: 'CARE',
      finalOrderOn: '2026-11-20',
    })
    expect((await s().careProceedings.get(sw(), cp.id)).clock).toMatchObject({
      status: 'met',
      daysRemaining: null,
    })
    expect(
      (await s().work.mine(sw())).some((i) => i.kind === 'care_proceedings' && i.childId === childId),
    ).toBe(false)
  })

  it('every write left an audit row, and the pages show the journey with the law cited', async () => {
    expect(new Set(await audits())).toEqual(
      new Set([
        'contact.create',
        'contact.decide',
        'referral.create',
        'preProceedings.create',
        'preProceedings.update',
        'preProceedingsMeeting.create',
        'careProceedings.create',
        'careProceedings.extend',
        'courtHearing.create',
        'careProceedings.finalOrder',
      ]),
    )
    const client = await appAs(ctx, 'social_worker')
    const overview = await client.get(`/children/${childId}/court`)
    expect(overview.statusCode).toBe(200)
    expect(overview.body).toContain('Time in pre-proceedings')
    const {
      careProceedings: [cp],
    } = await s().careProceedings.forChild(sw(), childId)
    const page = await client.get(`/care-proceedings/${cp!.id}`)
    expect(page.body).toContain('Children Act 1989 s32')
    expect(page.body).toContain('4 weeks in total')
    expect((await client.get(`/pre-proceedings/${cp!.preProceedingsId}`)).body).toContain(
      '112 days (16 weeks) in total',
    )
    expect((await client.get(`/children/${childId}`)).body).toContain(`/children/${childId}/court`)
  })
})
