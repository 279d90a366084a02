import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import type { Config } from '../../config.js'
import { fixedClock } from '../../domain/clock.js'
import { careEpisodes, careLeaverOutcomes, careLeavers, carePeriods, children, cscApiBatches, cscApiChildState, cscApiRows } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { feedEnv, insertManyChildren, receipts, startFakeEndpoint, type FakeEndpoint } from './cscFeedFixtures.js'
import { cscFeedWithJobs, type CscFeed } from './cscFeedServices.js'

const testNow = '2026-11-25T10:00:00Z'
const stoppedMessage = 'Not sent: the payload fails the DfE API field checks. social_care_episodes[0].child_looked_after_placements[0].postcode: at most 8 characters (has 10)'

describe.each(engines())('DfE CSC API feed, record by record, on %s', (engine) => {
  let ctx: TestContext
  let fake: FakeEndpoint
  let feed: CscFeed
  let kids: { id: string; childRef: string }[]
  const analyst = () => toActor(ctx.fixtures.user.performance_analyst)
  const db = () => ctx.database.db
  const stateOf = async (childId: string) => (await db().select().from(cscApiChildState).where(eq(cscApiChildState.childId, childId)))[0]
  const batchesOf = (runId: string) => db().select().from(cscApiBatches).where(eq(cscApiBatches.runId, runId))
  /** The run's rows, keyed by child. */
  const rowsOf = async (runId: string) => {
    const rows = await db().select({ row: cscApiRows }).from(cscApiRows).innerJoin(cscApiBatches, eq(cscApiBatches.id, cscApiRows.batchId)).where(eq(cscApiBatches.runId, runId))
    return new Map(rows.map(({ row }) => [row.childId, row]))
  }
  const lastPosted = () => JSON.parse(fake.dataPosts().at(-1)!.body) as { la_child_id: string; social_care_episodes: { child_looked_after_placements: { placement_type: string }[] }[] }[]
  const touch = (childId: string, ethnicity = 'WIRI') => db().update(children).set({ ethnicity }).where(eq(children.id, childId))
  /** Where the child's record sits in a posted batch. */
  const indexIn = (body: string, childRef: string) => (JSON.parse(body) as { la_child_id: string }[]).findIndex((r) => r.la_child_id === childRef)
  /** A 200 with receipts for every record but the child's, which gets `item`. */
  const receiptsExcept = (childRef: string, item: unknown) => (body: string) => {
    const list: unknown[] = receipts(body)
    list[indexIn(body, childRef)] = item
    return { status: 200, body: JSON.stringify(list) }
  }

  beforeAll(async () => {
    fake = await startFakeEndpoint()
    ctx = await createTestContext(engine, fixedClock(testNow), feedEnv(fake.base))
    kids = await insertManyChildren(ctx, 4)
    const createdBy = ctx.fixtures.user.team_manager.id
    const placeInCare = async (childId: string, placementType: string, placementPostcode: string) => {
      const [period] = await db().insert(carePeriods).values({ childId, startedOn: '2026-03-01', createdBy }).returning()
      await db().insert(careEpisodes).values({ periodId: period!.id, childId, startsOn: '2026-03-01', change: 'START', legalStatus: 'V2', categoryOfNeed: 'N1', placementType, placementPostcode, createdBy })
    }
    // The third child is placed under a 903 code of 3 characters (Z11).
    await placeInCare(kids[2]!.id, 'Z11', 'LE3 3CC')
    // The fourth child's placement postcode is longer than the API's 8 characters.
    await placeInCare(kids[3]!.id, 'U1', 'LE99 9ZZ X')
    const config: Config = { ...ctx.deps.config, CSC_API_SUPPLIER_KEY: 'test-supplier-key' }
    feed = cscFeedWithJobs({ db: ctx.database.db, clock: ctx.clock, config }, { sleep: async () => undefined, maxAttempts: 2 })
  }, 120_000)
  afterAll(async () => {
    await ctx?.close()
    await fake?.close()
  })

  it('stops a child whose payload breaks a field constraint and sends the rest of the batch, with the SupplierKey header and Z11 as recorded', async () => {
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ kind: 'full', cohort: 4, batches: 1, batchesFailed: 0, rowsSent: 3, rowsFailed: 1, rowsNotSent: 1 })
    expect(fake.dataPosts()).toHaveLength(1)
    const body = lastPosted()
    expect(body.map((c) => c.la_child_id).sort()).toEqual([kids[0]!.childRef, kids[1]!.childRef, kids[2]!.childRef])
    expect(body.find((c) => c.la_child_id === kids[2]!.childRef)!.social_care_episodes[0]!.child_looked_after_placements[0]!.placement_type).toBe('Z11')
    expect(fake.dataPosts()[0]!.headers.supplierkey).toBe('test-supplier-key')
    expect(fake.tokenPosts()[0]!.headers.supplierkey).toBeUndefined()
    const rows = await rowsOf(summary.runId!)
    expect(rows.get(kids[3]!.id)).toMatchObject({ status: 'failed', response: stoppedMessage })
    for (const kid of kids.slice(0, 3)) expect(rows.get(kid.id)).toMatchObject({ status: 'sent', response: expect.stringMatching(/^2026-11-25_10:00:00\.000_receipt-/) as unknown })
    expect((await batchesOf(summary.runId!))[0]).toMatchObject({ status: 'sent', attempts: 1, responseStatus: 200 })
    expect(await stateOf(kids[3]!.id)).toBeUndefined()
    expect(await stateOf(kids[0]!.id)).toBeDefined()
  })

  it('marks each row sent or failed from a mixed per-record answer, and moves on only the accepted children', async () => {
    await touch(kids[0]!.id)
    await touch(kids[1]!.id)
    const before = await stateOf(kids[1]!.id)
    fake.script.push(receiptsExcept(kids[1]!.childRef, { error: 'ethnicity is not valid' }))
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ kind: 'delta', batches: 1, batchesFailed: 0, rowsSent: 1, rowsFailed: 2, rowsNotSent: 1 })
    const rows = await rowsOf(summary.runId!)
    expect(rows.get(kids[0]!.id)).toMatchObject({ status: 'sent', response: expect.stringMatching(/_receipt-/) as unknown })
    expect(rows.get(kids[1]!.id)).toMatchObject({ status: 'failed', response: '{"error":"ethnicity is not valid"}' })
    expect(rows.get(kids[3]!.id)).toMatchObject({ status: 'failed', response: stoppedMessage })
    expect(await stateOf(kids[1]!.id)).toEqual(before)
    expect((await stateOf(kids[0]!.id))!.lastHash).toBe(rows.get(kids[0]!.id)!.payloadHash)
    // The refused child goes again on the next run, and the default answer accepts it.
    const next = await feed.run(analyst())
    expect(lastPosted().map((c) => c.la_child_id)).toEqual([kids[1]!.childRef])
    expect(next).toMatchObject({ rowsSent: 1, rowsNotSent: 1 })
    expect((await stateOf(kids[1]!.id))!.lastHash).not.toBe(before!.lastHash)
  })

  it('fails a rejected batch record by record: the record the error names keeps the error, the others are marked as not named', async () => {
    await touch(kids[2]!.id)
    await touch(kids[0]!.id, 'MWBC')
    let errorBody = ''
    fake.script.push((body) => {
      errorBody = JSON.stringify({ errors: [`[${indexIn(body, kids[2]!.childRef)}] placement_type is not valid`] })
      return { status: 400, body: errorBody }
    })
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ batchesFailed: 1, rowsSent: 0, rowsFailed: 3, rowsNotSent: 1 })
    const rows = await rowsOf(summary.runId!)
    expect(rows.get(kids[2]!.id)).toMatchObject({ status: 'failed', response: `400: ${errorBody}` })
    expect(rows.get(kids[0]!.id)).toMatchObject({ status: 'failed', response: '400: the batch was rejected; this record was not named in the error' })
    expect((await batchesOf(summary.runId!))[0]).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 400 })
  })

  it('does not POST a batch in which no child passes the checks, and sends the child once its record is corrected', async () => {
    await feed.run(analyst())
    const posts = fake.dataPosts().length
    const summary = await feed.run(analyst())
    expect(summary).toMatchObject({ batches: 1, batchesFailed: 1, rowsSent: 0, rowsFailed: 1, rowsNotSent: 1 })
    expect(fake.dataPosts()).toHaveLength(posts)
    expect((await batchesOf(summary.runId!))[0]).toMatchObject({ status: 'failed', attempts: 0, responseStatus: null, sentAt: null })
    expect((await rowsOf(summary.runId!)).get(kids[3]!.id)).toMatchObject({ status: 'failed', response: stoppedMessage })
    await db().update(careEpisodes).set({ placementPostcode: 'LE99 9ZZ' }).where(eq(careEpisodes.childId, kids[3]!.id))
    expect(await feed.run(analyst())).toMatchObject({ rowsSent: 1, rowsFailed: 0, rowsNotSent: 0 })
    expect(lastPosted().map((c) => c.la_child_id)).toEqual([kids[3]!.childRef])
    expect(await stateOf(kids[3]!.id)).toBeDefined()
  })

  it('sends a care leaver’s 903 activity "0" (not known) as null, and stops the 903 accommodation Z, which the checks do not list, until it changes', async () => {
    const createdBy = ctx.fixtures.user.team_manager.id
    const leaver = kids[1]!
    await db().insert(careLeavers).values({ childId: leaver.id, eligibility: 'FORMER_RELEVANT', createdBy })
    await db().insert(careLeaverOutcomes).values({ childId: leaver.id, collectionYear: 2026, inTouch: 'YES', activity: '0', accommodation: 'Z1', createdBy })
    const preview = await feed.preview(analyst(), leaver.childRef)
    const block = preview.payload.social_care_episodes.find((e) => e.care_leavers)!.care_leavers
    expect(block).toMatchObject({ activity: null, accommodation: 'Z' })
    expect(preview.problems).toEqual([expect.stringMatching(/^social_care_episodes\[\d+\]\.care_leavers\.accommodation: must be one of B, C, D, E, G, H, K, R, S, T, U, V$/)])
    const stopped = await feed.run(analyst())
    expect((await rowsOf(stopped.runId!)).get(leaver.id)).toMatchObject({ status: 'failed', response: `Not sent: the payload fails the DfE API field checks. ${preview.problems[0]}` })
    await db().update(careLeaverOutcomes).set({ accommodation: 'D1' }).where(eq(careLeaverOutcomes.childId, leaver.id))
    expect((await feed.preview(analyst(), leaver.childRef)).problems).toEqual([])
    const sent = await feed.run(analyst())
    expect((await rowsOf(sent.runId!)).get(leaver.id)).toMatchObject({ status: 'sent' })
  })
})
