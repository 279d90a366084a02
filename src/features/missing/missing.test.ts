import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exploitationScreenings, missingEpisodes, returnInterviews } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

const at = (iso: string) => new Date(iso)
/** A GOV.UK date input plus time, as posted. */
const dt = (name: string, d: string, m: string, y: string, time: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y, [`${name}-time`]: time })

/** Missing episodes, the 72-hour return home interview clock and exploitation screening. Now is Wed 25 November 2026, 10:00 (GMT). */
describe.each(engines())('missing children on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const svc = () => ctx.deps.services.missing
  const count = async (table: typeof missingEpisodes | typeof returnInterviews | typeof exploitationScreenings) => (await ctx.database.db.select().from(table).where(eq(table.childId, childId))).length

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('the child’s page renders with nothing recorded', async () => {
    const page = await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/missing`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('No missing or absent episodes recorded.')
    expect(page.body).toContain('No CSE or CCE screening recorded.')
  })

  it('refuses a return before the start, a time in the future and an overlapping episode, saving nothing', async () => {
    const client = await appAs(ctx, 'social_worker')
    const start = { kind: 'M', ...dt('startedAt', '2', '11', '2026', '21:00'), whereFound: 'Kept place' }
    const before = await client.post(`/children/${childId}/missing/episodes`, { ...start, ...dt('endedAt', '2', '11', '2026', '20:00') })
    expect(before.statusCode).toBe(422)
    expect(before.body).toContain('The return cannot be before the child went missing')
    expect(before.body).toContain('Kept place')
    const future = await client.post(`/children/${childId}/missing/episodes`, { kind: 'M', ...dt('startedAt', '26', '11', '2026', '09:00') })
    expect(future.statusCode).toBe(422)
    expect(future.body).toContain('must be now or in the past')
    expect(await count(missingEpisodes)).toBe(0)
    const ok = await client.post(`/children/${childId}/missing/episodes`, { ...start, ...dt('endedAt', '3', '11', '2026', '08:00') })
    expect(ok.statusCode).toBe(302)
    const overlap = await client.post(`/children/${childId}/missing/episodes`, { kind: 'A', ...dt('startedAt', '3', '11', '2026', '07:00') })
    expect(overlap.statusCode).toBe(422)
    expect(overlap.body).toContain('overlaps another missing or absent episode')
    expect(await count(missingEpisodes)).toBe(1)
  })

  it('refuses an RHI before the child’s return and records the return with a version check', async () => {
    const client = await appAs(ctx, 'social_worker')
    const open = await svc().recordEpisode(sw(), childId, { kind: 'M', startedAt: at('2026-11-06T10:00:00Z') })
    const early = await client.post(`/children/${childId}/missing/interview?episode=${open.id}`, { ...dt('offeredAt', '6', '11', '2026', '12:00'), response: 'AWAITING' })
    expect(early.statusCode).toBe(422)
    expect(early.body).toContain('Record the child’s return before the return home interview')
    const back = await client.post(`/children/${childId}/missing/return?episode=${open.id}`, { version: '1', ...dt('endedAt', '6', '11', '2026', '18:00'), whereFound: 'Friend’s house' })
    expect(back.statusCode).toBe(302)
    const stale = await client.post(`/children/${childId}/missing/return?episode=${open.id}`, { version: '1', ...dt('endedAt', '6', '11', '2026', '19:00') })
    expect(stale.statusCode).toBe(409)
    const beforeReturn = await client.post(`/children/${childId}/missing/interview?episode=${open.id}`, { ...dt('offeredAt', '6', '11', '2026', '17:00'), response: 'AWAITING' })
    expect(beforeReturn.statusCode).toBe(422)
    expect(beforeReturn.body).toContain('An RHI cannot be offered before the child’s return')
    expect(await count(returnInterviews)).toBe(0)
    expect(await svc().episode(sw(), childId, open.id)).toMatchObject({ version: 2, endedAt: at('2026-11-06T18:00:00Z'), whereFound: 'Friend’s house', clock: { status: 'overdue' } })
  })

  it('the 72-hour clock runs through the weekend, and the list’s exceptions match the service function', async () => {
    // Returned Fri 20 Nov 18:00: due Mon 23 Nov 18:00 (not Wed 25 Nov, as 3 working days would give).
    const inTime = await svc().recordEpisode(sw(), childId, { kind: 'M', startedAt: at('2026-11-20T08:00:00Z'), endedAt: at('2026-11-20T18:00:00Z') })
    await svc().recordInterview(sw(), childId, { episodeId: inTime.id, offeredAt: at('2026-11-23T17:00:00Z'), response: 'ACCEPTED', heldOn: '2026-11-24', findings: 'Stayed with an older friend' })
    expect((await svc().episode(sw(), childId, inTime.id)).clock).toMatchObject({ dueOn: '2026-11-23T18:00:00.000Z', status: 'met' })
    // Editing the interview carries its version: a stale save is a conflict and changes nothing.
    const client = await appAs(ctx, 'social_worker')
    const edit = { ...dt('offeredAt', '23', '11', '2026', '17:00'), response: 'ACCEPTED', 'heldOn-day': '24', 'heldOn-month': '11', 'heldOn-year': '2026', findings: 'Stayed with an older friend; safety plan agreed' }
    expect((await client.post(`/children/${childId}/missing/interview?episode=${inTime.id}`, { ...edit, version: '1' })).statusCode).toBe(302)
    expect((await client.post(`/children/${childId}/missing/interview?episode=${inTime.id}`, { ...edit, version: '1', findings: 'Overwritten' })).statusCode).toBe(409)
    expect((await svc().episode(sw(), childId, inTime.id)).interview).toMatchObject({ version: 2, findings: 'Stayed with an older friend; safety plan agreed' })
    // Returned Fri 13 Nov 18:00, offered Tue 17 Nov 09:00: 15 hours late.
    const late = await svc().recordEpisode(sw(), childId, { kind: 'A', startedAt: at('2026-11-13T08:00:00Z'), endedAt: at('2026-11-13T18:00:00Z') })
    await svc().recordInterview(sw(), childId, { episodeId: late.id, offeredAt: at('2026-11-17T09:00:00Z'), response: 'DECLINED' })
    expect((await svc().episode(sw(), childId, late.id)).clock).toMatchObject({ dueOn: '2026-11-16T18:00:00.000Z', status: 'missed' })

    const exceptions = await ctx.deps.services.missingList.rhiExceptions(sw())
    const list = await ctx.deps.services.missingList.list(sw(), {})
    const listed = list.rhi.filter((r) => r.status === 'NOT_OFFERED' || r.status === 'LATE')
    expect(exceptions.map((r) => r.episodeId).sort()).toEqual(listed.map((r) => r.episodeId).sort())
    // Returned 3 Nov 08:00 and 6 Nov 18:00, never offered: 19 days 2 hours and 15 days 16 hours past the 72 hours.
    expect(exceptions.map((r) => [r.status, r.hoursOverdue])).toEqual(expect.arrayContaining([['LATE', 15], ['NOT_OFFERED', 16 * 24 - 8], ['NOT_OFFERED', 19 * 24 + 2]]))
    expect(exceptions.map((r) => r.episodeId)).not.toContain(inTime.id)
    const page = await (await appAs(ctx, 'social_worker')).get('/missing?status=LATE')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Offered late')
    expect(page.body).not.toContain('Not offered within 72 hours</strong>')
  })

  it('three episodes in 90 days prompt a screening until one is recorded', async () => {
    expect((await svc().forChild(sw(), childId)).screeningDue).toMatchObject({ episodes: 4, since: '2026-11-02' })
    expect((await ctx.deps.services.missingList.list(sw(), {})).screeningDue.map((r) => r.childId)).toEqual([childId])
    const client = await appAs(ctx, 'social_worker')
    const prompted = (await client.get(`/children/${childId}/missing`)).body
    expect(prompted).toContain('Screening due')
    expect(prompted).toContain('Repeat missing: 4 episodes since 2 November 2026')
    const bad = await client.post(`/children/${childId}/missing/screenings`, { screeningKind: 'CSE', 'screenedOn-day': '24', 'screenedOn-month': '11', 'screenedOn-year': '2026', riskLevel: 'MEDIUM', meetingOutcome: 'Plan agreed' })
    expect(bad.statusCode).toBe(422)
    expect(await count(exploitationScreenings)).toBe(0)
    const ok = await client.post(`/children/${childId}/missing/screenings`, { screeningKind: 'CSE', 'screenedOn-day': '24', 'screenedOn-month': '11', 'screenedOn-year': '2026', riskLevel: 'MEDIUM', prompt: 'Repeat missing', 'meetingReferredOn-day': '24', 'meetingReferredOn-month': '11', 'meetingReferredOn-year': '2026' })
    expect(ok.statusCode).toBe(302)
    expect((await svc().forChild(sw(), childId)).screeningDue).toBeNull()
    expect((await ctx.deps.services.missingList.list(sw(), {})).screeningDue).toEqual([])
  })

  it('the list is scoped: another team’s missing child is not shown to a team-A social worker', async () => {
    const other = ctx.fixtures.child.otherTeam.id
    await svc().recordEpisode(toActor(ctx.fixtures.user.other_worker), other, { kind: 'M', startedAt: at('2026-11-24T22:00:00Z') })
    const mine = await ctx.deps.services.missingList.list(sw(), {})
    expect(mine.missing.map((r) => r.childId)).not.toContain(other)
    const page = await (await appAs(ctx, 'social_worker')).get('/missing')
    expect(page.body).toContain('Missing now: 0')
    expect(page.body).not.toContain('Ben Otherteam')
    const all = await (await appAs(ctx, 'performance_analyst')).get(`/missing?team=${ctx.fixtures.teams.teamB.id}`)
    expect(all.statusCode).toBe(200)
    expect(all.body).toContain('Missing now: 1')
    expect(all.body).toContain('Ben Otherteam')
    expect(all.body).not.toContain('Amira Testcase')
    expect((await (await appAs(ctx, 'front_door')).get('/missing')).statusCode).toBe(403)
  })
})
