import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { fixedClock } from '../../domain/clock.js'
import { auditEvents, children, cinEpisodes, cscApiBatches, cscApiChildState, cscApiRows, referrals } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { feedEnv, insertManyChildren, recordFullChild, startFakeEndpoint, type FakeEndpoint } from './cscFeedFixtures.js'
import { cscFeedWithJobs, type CscFeed } from './cscFeedServices.js'

const testNow = '2026-11-25T10:00:00Z'

describe.each(engines())('DfE CSC API feed on %s', (engine) => {
  let ctx: TestContext
  let fake: FakeEndpoint
  let feed: CscFeed
  let many: { id: string; childRef: string }[]
  let full: Awaited<ReturnType<typeof recordFullChild>>
  const sleeps: number[] = []
  const analyst = () => toActor(ctx.fixtures.user.performance_analyst)
  const db = () => ctx.database.db
  const stateOf = async (childId: string) => (await db().select().from(cscApiChildState).where(eq(cscApiChildState.childId, childId)))[0]
  const batchesOf = (runId: string) => db().select().from(cscApiBatches).where(eq(cscApiBatches.runId, runId))
  const posted = (i: number) => JSON.parse(fake.dataPosts()[i]!.body) as Record<string, unknown>[]
  /** Changes a child's record so its hash changes. */
  const touch = (childId: string, ethnicity: string) => db().update(children).set({ ethnicity }).where(eq(children.id, childId))

  beforeAll(async () => {
    fake = await startFakeEndpoint()
    ctx = await createTestContext(engine, fixedClock(testNow), feedEnv(fake.base))
    many = await insertManyChildren(ctx, 150)
    full = await recordFullChild(ctx)
    feed = cscFeedWithJobs({ db: ctx.database.db, clock: ctx.clock, config: ctx.deps.config }, { sleep: async (ms) => void sleeps.push(ms), baseDelayMs: 1000, maxAttempts: 4 })
  }, 120_000)
  afterAll(async () => {
    await ctx?.close()
    await fake?.close()
  })

  it('builds the payload for a child in the shape of the DfE spec, and records the preview', async () => {
    const { payload, inCohort } = await feed.preview(analyst(), 'TESTCHILD1')
    const own = ctx.fixtures.child.own
    expect(inCohort).toBe(true)
    expect(payload).toEqual({
      la_child_id: 'TESTCHILD1',
      mis_child_id: own.id,
      purge: false,
      child_details: {
        unique_pupil_number: own.upn, former_unique_pupil_number: null, unique_pupil_number_unknown_reason: null, first_name: 'Amira', surname: 'Testcase',
        date_of_birth: '2015-03-14', expected_date_of_birth: null, sex: 'F', ethnicity: 'WBRI', disabilities: ['NONE'], postcode: 'LE1 1AA', uasc_flag: true, uasc_end_date: '2026-03-01', purge: false,
      },
      health_and_wellbeing: { sdq_assessments: [{ date: '2026-09-01', score: 17 }], purge: false },
      education_health_care_plans: [],
      social_care_episodes: [
        {
          social_care_episode_id: full.cinEpisodeId, referral_date: '2026-01-05', referral_source: '3A', referral_no_further_action_flag: false, closure_date: null, closure_reason: null,
          care_worker_details: [{ worker_id: 'SW123456', start_date: '2026-01-05', end_date: null }],
          child_and_family_assessments: [{ child_and_family_assessment_id: full.assessmentId, start_date: '2026-01-06', authorisation_date: '2026-02-20', factors: ['1C', '3B'], purge: false }],
          child_in_need_plans: [{ child_in_need_plan_id: full.cinPlanId, start_date: '2026-07-01', end_date: null, purge: false }],
          section_47_assessments: [{ section_47_assessment_id: full.s47Id, start_date: '2026-01-07', icpc_required_flag: true, icpc_date: '2026-01-27', end_date: null, purge: false }],
          child_protection_plans: [{ child_protection_plan_id: full.cpPlanId, start_date: '2026-01-27', end_date: '2026-06-30', purge: false }],
          // The change of legal status on 20 April stays within the first placement.
          child_looked_after_placements: [
            { child_looked_after_placement_id: full.placementIds[0], start_date: '2026-03-10', start_reason: 'S', placement_type: 'U6', postcode: 'LE3 3CC', end_date: '2026-08-03', end_reason: 'X1', change_reason: 'CARPL', purge: false },
            { child_looked_after_placement_id: full.placementIds[2], start_date: '2026-08-03', start_reason: 'P', placement_type: 'U3', postcode: 'LE4 4DD', end_date: null, end_reason: null, change_reason: null, purge: false },
          ],
          adoption: null,
          care_leavers: null,
          purge: false,
        },
      ],
    })
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.action, 'cscFeed.preview'))
    expect(audit.map((a) => a.childId)).toContain(own.id)
  })

  it('sends every child first, in batches of 100, over one client-credentials token', async () => {
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ kind: 'full', cohort: 151, batches: 2, rowsSent: 151, rowsFailed: 0, purged: 0 })
    expect(fake.dataPosts().map((_, i) => posted(i).length)).toEqual([100, 51])
    expect(fake.dataPosts().every((r) => r.headers.authorization === 'Bearer token-1' && r.headers['content-type'] === 'application/json')).toBe(true)
    expect(fake.tokenPosts()).toHaveLength(1)
    const form = new URLSearchParams(fake.tokenPosts()[0]!.body)
    expect(Object.fromEntries(form)).toEqual({ grant_type: 'client_credentials', client_id: 'test-client', client_secret: 'test-secret-never-shown', scope: 'api://test/.default' })
    const sentIds = fake.dataPosts().flatMap((_, i) => posted(i).map((c) => c.la_child_id))
    expect(new Set(sentIds).size).toBe(151)
    const batches = await batchesOf(summary.runId!)
    expect(batches.map((b) => [b.kind, b.status, b.attempts, b.responseStatus])).toEqual([['full', 'sent', 1, 200], ['full', 'sent', 1, 200]])
    const [{ states }] = (await db().select({ states: sql<number>`count(*)::int` }).from(cscApiChildState)) as [{ states: number }]
    expect(states).toBe(151)
    // Each row keeps its own receipt from the endpoint's list.
    const rows = await db().select().from(cscApiRows).where(eq(cscApiRows.batchId, batches[0]!.id))
    expect(rows.every((r) => r.status === 'sent' && /^2026-11-25_10:00:00\.000_receipt-/.test(r.response ?? ''))).toBe(true)
  })

  it('then sends only the children that changed, and a purge for a child who left the feed', async () => {
    expect(await feed.run(analyst())).toMatchObject({ kind: 'delta', batches: 0, unchanged: 151 })
    const before = fake.dataPosts().length
    await touch(many[0]!.id, 'WIRI')
    await touch(many[1]!.id, 'WIRI')
    // The third child's episode is removed (recorded in error): they no longer belong in the feed.
    const gone = many[2]!
    await db().delete(referrals).where(eq(referrals.childId, gone.id))
    await db().delete(cinEpisodes).where(eq(cinEpisodes.childId, gone.id))
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ kind: 'delta', cohort: 150, batches: 1, rowsSent: 2, purged: 1, unchanged: 148 })
    expect(fake.dataPosts()).toHaveLength(before + 1)
    const body = posted(before)
    expect(body.filter((c) => c.purge === false).map((c) => c.la_child_id).sort()).toEqual([many[0]!.childRef, many[1]!.childRef])
    expect(body.find((c) => c.purge === true)).toEqual({ la_child_id: gone.childRef, mis_child_id: gone.id, purge: true })
    expect(await stateOf(gone.id)).toMatchObject({ purged: true })
    expect(await feed.run(analyst())).toMatchObject({ batches: 0 })
  })

  it('retries a 500 with exponential backoff and then succeeds', async () => {
    sleeps.length = 0
    await touch(many[3]!.id, 'WIRI')
    fake.script.push({ status: 500, body: 'busy' })
    const summary = await feed.run(analyst())
    const [batch] = await batchesOf(summary.runId!)
    expect(batch).toMatchObject({ status: 'sent', attempts: 2, responseStatus: 200 })
    expect(sleeps).toEqual([1000])
    expect(summary.rowsSent).toBe(1)
  })

  it('gives up after the maximum attempts, doubling the wait each time', async () => {
    sleeps.length = 0
    await touch(many[4]!.id, 'WIRI')
    fake.script.push(...Array.from({ length: 4 }, () => ({ status: 503, body: 'down' })))
    const summary = await feed.run(analyst())
    const [batch] = await batchesOf(summary.runId!)
    expect(batch).toMatchObject({ status: 'failed', attempts: 4, responseStatus: 503, responseBody: 'down' })
    expect(sleeps).toEqual([1000, 2000, 4000])
  })

  it('honours Retry-After on a 429', async () => {
    sleeps.length = 0
    fake.script.push({ status: 429, body: 'slow down', headers: { 'retry-after': '7' } })
    // The child whose batch failed above is still different from the accepted hash: it is sent again.
    const summary = await feed.run(analyst())
    const [batch] = await batchesOf(summary.runId!)
    expect(batch).toMatchObject({ status: 'sent', attempts: 2 })
    expect(sleeps).toEqual([7000])
    expect(posted(fake.dataPosts().length - 1).map((c) => c.la_child_id)).toEqual([many[4]!.childRef])
  })

  it('retries a network failure', async () => {
    sleeps.length = 0
    await touch(many[5]!.id, 'WIRI')
    fake.script.push('drop')
    const summary = await feed.run(analyst())
    expect((await batchesOf(summary.runId!))[0]).toMatchObject({ status: 'sent', attempts: 2 })
    expect(sleeps).toEqual([1000])
  })

  it('fetches a new token once on a 401, without waiting, then retries 401 and 403 with backoff', async () => {
    sleeps.length = 0
    const tokens = fake.tokenPosts().length
    await touch(many[6]!.id, 'WIRI')
    fake.script.push({ status: 401, body: 'expired' })
    const summary = await feed.run(analyst())
    expect((await batchesOf(summary.runId!))[0]).toMatchObject({ status: 'sent', attempts: 2 })
    expect(fake.tokenPosts()).toHaveLength(tokens + 1)
    expect(fake.dataPosts().at(-1)!.headers.authorization).toBe('Bearer token-2')
    expect(sleeps).toEqual([])
    // After the one refresh, 401 and 403 are retried with backoff like a 429, up to the last attempt.
    await touch(many[7]!.id, 'WIRI')
    fake.script.push({ status: 401, body: 'no' }, { status: 403, body: 'still no' }, { status: 401, body: 'no' }, { status: 403, body: 'refused' })
    const again = await feed.run(analyst())
    expect((await batchesOf(again.runId!))[0]).toMatchObject({ status: 'failed', attempts: 4, responseStatus: 403 })
    expect(fake.tokenPosts()).toHaveLength(tokens + 2)
    expect(sleeps).toEqual([2000, 4000])
  })

  it('fails a batch on a permanent 400 without retrying, stores the answer and keeps the old state', async () => {
    sleeps.length = 0
    // Clear the child left failing above first.
    await feed.run(analyst())
    const child = many[8]!
    const before = await stateOf(child.id)
    await touch(child.id, 'WIRI')
    const posts = fake.dataPosts().length
    fake.script.push({ status: 400, body: '{"errors":["[0] sex is not valid"]}' })
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ batchesFailed: 1, rowsFailed: 1, rowsSent: 0 })
    expect(fake.dataPosts()).toHaveLength(posts + 1)
    const [batch] = await batchesOf(summary.runId!)
    expect(batch).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 400, responseBody: '{"errors":["[0] sex is not valid"]}', sentAt: null })
    const [row] = await db().select().from(cscApiRows).where(eq(cscApiRows.batchId, batch!.id))
    expect(row).toMatchObject({ childId: child.id, status: 'failed', response: '400: {"errors":["[0] sex is not valid"]}' })
    expect(await stateOf(child.id)).toEqual(before)
    expect(sleeps).toEqual([])
    // The next run sends it again, and this time the state moves on.
    const next = await feed.run(analyst())
    expect(next).toMatchObject({ rowsSent: 1 })
    expect((await stateOf(child.id))!.lastHash).not.toBe(before!.lastHash)
  })
})
