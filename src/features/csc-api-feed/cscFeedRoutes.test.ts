import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { auditEvents } from '../../db/schema/index.js'
import { feedEnv, insertManyChildren, startFakeEndpoint, type FakeEndpoint } from './cscFeedFixtures.js'

describe.each(engines())('DfE CSC API feed pages on %s', (engine) => {
  let ctx: TestContext
  let fake: FakeEndpoint
  let batchId: string

  beforeAll(async () => {
    fake = await startFakeEndpoint()
    ctx = await createTestContext(engine, undefined, feedEnv(fake.base))
    await insertManyChildren(ctx, 3)
  }, 120_000)
  afterAll(async () => {
    await ctx?.close()
    await fake?.close()
  })

  it('refuses a social worker', async () => {
    const sw = await appAs(ctx, 'social_worker')
    expect((await sw.get('/returns/csc-api')).statusCode).toBe(403)
    expect((await sw.get('/returns/csc-api/preview?child=TESTCHILD1')).statusCode).toBe(403)
    expect((await sw.post('/returns/csc-api/runs', { full: 'no' })).statusCode).toBe(403)
  })

  it('shows the endpoint host but never the secret', async () => {
    const res = await (await appAs(ctx, 'performance_analyst')).get('/returns/csc-api')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(new URL(fake.base).host)
    expect(res.body).not.toContain('test-secret-never-shown')
    expect(res.body).not.toContain('test-client')
    expect(res.body).toContain('No runs yet')
  })

  it('runs now as a background job, then lists the run and its batch', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    expect((await analyst.post('/returns/csc-api/runs', { full: 'maybe' })).statusCode).toBe(400)
    const res = await analyst.post('/returns/csc-api/runs', { full: 'yes' })
    expect(res.statusCode).toBe(303)
    const jobId = /\/returns\/csc-api\/runs\/([0-9a-f-]+)$/.exec(res.headers.location as string)![1]!
    const job = await ctx.deps.services.cscFeed.waitForJob(jobId)
    expect(job?.result).toMatchObject({ kind: 'full', rowsSent: 3, batches: 1 })
    const page = await analyst.get(`/returns/csc-api/runs/${jobId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Finished')
    const index = await analyst.get('/returns/csc-api')
    batchId = /\/returns\/csc-api\/batches\/([0-9a-f-]+)/.exec(index.body)![1]!
    expect(index.body).toContain('Batch 1')
    // Another user cannot follow someone else's job.
    expect((await (await appAs(ctx, 'admin')).get(`/returns/csc-api/runs/${jobId}`)).statusCode).toBe(404)
  })

  it('shows a batch’s rows by LA child ID with the response, and records the view', async () => {
    const res = await (await appAs(ctx, 'performance_analyst')).get(`/returns/csc-api/batches/${batchId}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('CSC000001')
    expect(res.body).toContain('receipt-')
    expect(res.body).not.toContain('Child1')
    const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'cscFeed.batch'))
    expect(audit.map((a) => a.entityId)).toContain(batchId)
    // An administrator has no child records in scope: the rows are there, the ids are not.
    const admin = await (await appAs(ctx, 'admin')).get(`/returns/csc-api/batches/${batchId}`)
    expect(admin.statusCode).toBe(200)
    expect(admin.body).not.toContain('CSC000001')
    expect(admin.body).toContain('Not in your scope')
    expect((await (await appAs(ctx, 'performance_analyst')).get('/returns/csc-api/batches/not-a-uuid')).statusCode).toBe(404)
  })

  it('previews one child’s payload for the analyst, with bad input refused', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    expect((await analyst.get('/returns/csc-api/preview')).statusCode).toBe(200)
    const res = await analyst.get('/returns/csc-api/preview?child=CSC000002')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('la_child_id')
    expect(res.body).toContain('This child is in the feed')
    expect((await analyst.get('/returns/csc-api/preview?child=%3Cscript%3E')).statusCode).toBe(400)
    expect((await analyst.get('/returns/csc-api/preview?child=NOSUCHCHILD')).statusCode).toBe(404)
    const out = await analyst.get('/returns/csc-api/preview?child=TESTCHILD2')
    expect(out.body).toContain('not in the feed today')
  })
})

describe('DfE CSC API feed when not configured', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
  }, 120_000)
  afterAll(() => ctx?.close())

  it('is off, and refuses to run', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const page = await analyst.get('/returns/csc-api')
    expect(page.body).toContain('Not configured')
    expect(page.body).toContain('CSC_API_URL')
    const run = await analyst.post('/returns/csc-api/runs', { full: 'no' })
    expect(run.statusCode).toBe(400)
    expect(run.body).toContain('The feed is not configured')
  })
})
