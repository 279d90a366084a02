import { and, eq, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allocations, cinEpisodes, referrals } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

describe.each(engines())('front door on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
  })
  afterAll(() => ctx.close())
  const fd = () => toActor(ctx.fixtures.user.front_door)
  const contactFor = (childId: string, receivedAtInstant: Date) =>
    ctx.deps.services.frontDoor.recordContact(fd(), { childId, source: '3A', reason: 'GP concern', presentingConcerns: 'Missed appointments', receivedAt: '', receivedAtInstant })

  it('sets recorded_at itself and dates the decision one working day after receipt', async () => {
    // Received on Friday 20 November 2026: the decision is due on Monday 23 November.
    const contact = await contactFor(ctx.fixtures.child.own.id, new Date('2026-11-20T16:30:00Z'))
    expect(contact.recordedAt.toISOString()).toBe('2026-11-25T10:00:00.000Z')
    expect(contact.decisionDueOn).toBe('2026-11-23')
    const view = await ctx.deps.services.frontDoor.contact(fd(), contact.id)
    expect(view.clock.status).toBe('overdue')
    expect(view.recordingDelayHours).toBeCloseTo(113.5, 1)
  })

  it('refuses a receipt time in the future and writes nothing', async () => {
    await expect(contactFor(ctx.fixtures.child.own.id, new Date('2026-11-26T09:00:00Z'))).rejects.toMatchObject({ status: 422, fieldErrors: { receivedAt: expect.any(String) } })
  })

  it('a referral decision opens a CIN episode, and a second referral within 12 months is a re-referral', async () => {
    const child = ctx.fixtures.child.unallocated.id
    const first = await contactFor(child, new Date('2026-11-25T08:00:00Z'))
    const decided = await ctx.deps.services.frontDoor.decide(fd(), first.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    expect(decided.referral).toMatchObject({ referralDate: '2026-11-25', isReReferral: false })
    const [episode] = await ctx.database.db.select().from(cinEpisodes).where(eq(cinEpisodes.childId, child))
    expect(episode).toMatchObject({ startDate: '2026-11-25', endDate: null })

    // The rule: only one open CIN episode at a time.
    const second = await contactFor(child, new Date('2026-11-25T09:00:00Z'))
    await expect(ctx.deps.services.frontDoor.decide(fd(), second.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Again', primaryNeed: 'N1' })).rejects.toMatchObject({ status: 422 })

    // Close the episode, refer again: a re-referral within 12 months.
    await ctx.database.db.update(cinEpisodes).set({ endDate: '2026-11-25', closureReason: 'RC8' }).where(eq(cinEpisodes.id, episode!.id))
    const third = await contactFor(child, new Date('2026-11-25T09:30:00Z'))
    const again = await ctx.deps.services.frontDoor.decide(fd(), third.id, { version: 1, decision: 'STRATEGY', decisionReason: 'Escalating', primaryNeed: 'N1' })
    expect(again.referral!.isReReferral).toBe(true)
    const all = await ctx.database.db.select().from(referrals).where(eq(referrals.childId, child))
    expect(all).toHaveLength(2)
  })

  it('a decision cannot be recorded twice, and oversight needs a decision first', async () => {
    const contact = await contactFor(ctx.fixtures.child.own.id, new Date('2026-11-25T07:00:00Z'))
    await expect(ctx.deps.services.frontDoor.recordOversight(toActor(ctx.fixtures.user.team_manager), contact.id, 'Agree')).rejects.toMatchObject({ status: 422 })
    await ctx.deps.services.frontDoor.decide(fd(), contact.id, { version: 1, decision: 'NFA', decisionReason: 'No role for social care' })
    await expect(ctx.deps.services.frontDoor.decide(fd(), contact.id, { version: 2, decision: 'EARLY_HELP', decisionReason: 'Changed mind' })).rejects.toMatchObject({ status: 422 })
    const overseen = await ctx.deps.services.frontDoor.recordOversight(toActor(ctx.fixtures.user.team_manager), contact.id, 'Agree with NFA')
    expect(overseen.oversightBy).toBe(ctx.fixtures.user.team_manager.id)
  })

  it('allocation keeps the history: the previous allocation ends when a new worker takes over', async () => {
    const tm = toActor(ctx.fixtures.user.team_manager)
    const open = await ctx.database.db.select().from(referrals).innerJoin(cinEpisodes, eq(cinEpisodes.id, referrals.cinEpisodeId)).where(and(eq(referrals.childId, ctx.fixtures.child.unallocated.id), isNull(cinEpisodes.endDate)))
    const referral = open[0]!.referrals
    await ctx.deps.services.frontDoor.allocate(tm, referral!.id, ctx.fixtures.user.social_worker.id, 'Capacity')
    await ctx.deps.services.frontDoor.allocate(tm, referral!.id, ctx.fixtures.user.personal_adviser.id, 'Worker on leave')
    const history = await ctx.database.db.select().from(allocations).where(eq(allocations.childId, ctx.fixtures.child.unallocated.id))
    expect(history).toHaveLength(2)
    expect(history.filter((a) => a.endDate === null).map((a) => a.workerId)).toEqual([ctx.fixtures.user.personal_adviser.id])
    await expect(ctx.deps.services.frontDoor.allocate(tm, referral!.id, ctx.fixtures.user.other_worker.id, 'Other team')).rejects.toMatchObject({ status: 422 })
  })

  it('the allocated referral appears in the worker’s My work with its 45-working-day clock', async () => {
    const items = await ctx.deps.services.work.mine(toActor(ctx.fixtures.user.personal_adviser))
    const item = items.find((i) => i.childId === ctx.fixtures.child.unallocated.id && i.kind === 'assessment')
    expect(item).toMatchObject({ dueOn: '2027-02-01', status: 'on_track', rag: 'green' })
  })

  it('the front-door page shows the queue with RAG status', async () => {
    const client = await appAs(ctx, 'front_door')
    const res = await client.get('/front-door')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Contacts awaiting a decision')
    expect(res.body).toContain('govuk-tag--red')
  })
})
