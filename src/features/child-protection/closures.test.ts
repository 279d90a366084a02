import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, cinClosures, cinEpisodes } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { referChild } from '../../../test/journeys.js'
import { nfaOn } from './nfaGuard.js'

/** Closing a CIN episode in two steps: the worker asks, a manager signs off or sends back (issue 4 part 5). */
describe.each(engines())('closure requests on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  let episodeId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const tm = () => toActor(ctx.fixtures.user.team_manager)
  const s = () => ctx.deps.services
  const ask = { closedOn: '2026-11-20', reason: 'RC7' as const, note: 'Needs met through universal services' }
  const episode = async () => (await ctx.database.db.select().from(cinEpisodes).where(eq(cinEpisodes.id, episodeId)))[0]!
  const audits = async (entityId: string) => (await ctx.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, entityId))).map((a) => a.action)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    episodeId = (await referChild(ctx, childId, '2026-09-01')).cinEpisodeId
  })
  afterAll(() => ctx.close())

  it('refuses a closure date before the episode started, and a second request while one waits', async () => {
    await expect(s().closures.request(sw(), childId, { ...ask, closedOn: '2026-08-28' })).rejects.toMatchObject({ status: 422, fieldErrors: { closedOn: expect.stringContaining('before it started') } })
    const first = await s().closures.request(sw(), childId, ask)
    expect(first).toMatchObject({ decision: null, requestedBy: ctx.fixtures.user.social_worker.id, cinEpisodeId: episodeId })
    await expect(s().closures.request(sw(), childId, ask)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('already waiting for a manager') })
    const page = await (await appAs(ctx, 'social_worker')).post(`/children/${childId}/closure`, { 'closedOn-day': '20', 'closedOn-month': '11', 'closedOn-year': '2026', reason: 'RC7', note: 'Again' })
    expect(page.statusCode).toBe(422)
    expect(page.body).toContain('already waiting for a manager')
  })

  it('lists the request for the team manager; a worker cannot decide it; a stale version is a 409; sent back, the episode stays open', async () => {
    const [pending] = await s().closures.forChild(sw(), childId)
    expect((await s().work.team(tm())).some((i) => i.href === `/closure-requests/${pending!.id}`)).toBe(true)
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.post(`/closure-requests/${pending!.id}/sign-off`, { version: String(pending!.version) })).statusCode).toBe(403)
    expect((await worker.get(`/closure-requests/${pending!.id}`)).body).not.toContain('Sign off the closure')
    const manager = await appAs(ctx, 'team_manager')
    expect((await manager.get(`/closure-requests/${pending!.id}`)).body).toContain('Sign off the closure')
    const stale = await manager.post(`/closure-requests/${pending!.id}/sign-off`, { version: String(pending!.version + 1) })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this closure request')
    const back = await manager.post(`/closure-requests/${pending!.id}/send-back`, { version: String(pending!.version), sendBackReason: 'Visit the child once more before closing' })
    expect(back.statusCode).toBe(302)
    const [sentBack] = await s().closures.forChild(sw(), childId)
    expect(sentBack).toMatchObject({ decision: 'SENT_BACK', decidedBy: ctx.fixtures.user.team_manager.id, sendBackReason: 'Visit the child once more before closing' })
    expect(await episode()).toMatchObject({ endDate: null })
    expect(await audits(pending!.id)).toEqual(expect.arrayContaining(['closureRequest.create', 'closureRequest.sendBack']))
    await expect(s().closures.signOff(tm(), pending!.id, sentBack!.version)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('already been decided') })
  })

  it('a manager cannot sign off their own request; another manager does, and the episode closes as the request said', async () => {
    const own = await s().closures.request(tm(), childId, { ...ask, reason: 'RC8', note: 'No further action after assessment' })
    await expect(s().closures.signOff(tm(), own.id, own.version)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('another manager') })
    const { closure, request } = await s().closures.signOff(toActor(ctx.fixtures.user.service_manager), own.id, own.version)
    expect(request).toMatchObject({ decision: 'SIGNED_OFF', decidedBy: ctx.fixtures.user.service_manager.id })
    expect(closure).toMatchObject({ closedOn: '2026-11-20', reason: 'RC8', signedOffBy: ctx.fixtures.user.service_manager.id })
    expect(await episode()).toMatchObject({ endDate: '2026-11-20', closureReason: 'RC8' })
    expect(await ctx.database.db.select().from(cinClosures).where(eq(cinClosures.cinEpisodeId, episodeId))).toHaveLength(1)
    // RC8 marks the episode no further action (CIN rule 2990), as a closure always has.
    expect(await nfaOn(ctx.database.db, episodeId)).toBe('2026-11-20')
    expect(await audits(own.id)).toEqual(expect.arrayContaining(['closureRequest.create', 'closureRequest.signOff']))
    expect(await audits(episodeId)).toContain('cinEpisode.close')
    expect((await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/child-protection`)).body).toContain('Signed off')
  })

  it('refuses to close an episode with a child in need plan still open', async () => {
    await referChild(ctx, childId, '2026-11-23')
    await s().plans.startCinPlan(sw(), childId, { startDate: '2026-11-23', wishesAndFeelings: 'Wants to stay at home' })
    await expect(s().closures.request(sw(), childId, { ...ask, closedOn: '2026-11-24' })).rejects.toMatchObject({ status: 422, message: expect.stringContaining('child in need plan is open') })
  })
})
