import { count, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, children } from '../../db/schema/index.js'
import { readFixture } from '../../returns/cin-census/fixtures.js'
import { parseCensus } from '../../returns/cin-census/parse.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'

const xml = readFixture('fake_data/fake_CIN_data.xml')
const refs = parseCensus(xml).children.map((c) => c.laChildId!)
const page = '/returns/cin-census/import'
const boundary = 'cairn-test-boundary'

/** A browser's multipart upload of one file in the `file` field. */
function multipart(file: string | Buffer, filename = 'census.xml') {
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/xml\r\n\r\n`
  return Buffer.concat([Buffer.from(head), Buffer.from(file), Buffer.from(`\r\n--${boundary}--\r\n`)])
}

describe.each(engines())('CIN census import upload on %s', (engine) => {
  let ctx: TestContext
  let analyst: Client
  const upload = (client: Client, file: string | Buffer, token: string | null = client.csrfToken) =>
    ctx.app.inject({
      method: 'POST',
      url: token === null ? page : `${page}?_csrf=${encodeURIComponent(token)}`,
      headers: { cookie: client.cookie(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart(file),
    })
  const imported = async () =>
    (await ctx.database.db.select({ n: count() }).from(children).where(inArray(children.childRef, refs)))[0]
      ?.n ?? 0
  const importAudits = async () =>
    (
      await ctx.database.db
        .select({ n: count() })
        .from(auditEvents)
        .where(eq(auditEvents.action, 'return.cinCensus.import'))
    )[0]?.n ?? 0

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    analyst = await appAs(ctx, 'performance_analyst')
  }, 60_000)
  afterAll(() => ctx.close())

  it('shows a GOV.UK file upload whose CSRF token travels in the action URL', async () => {
    const res = await analyst.get(page)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('enctype="multipart/form-data"')
    expect(res.body).toMatch(/action="\/returns\/cin-census\/import\?_csrf=[^"]+"/)
    expect(res.body).toContain('govuk-file-upload')
  })

  it('refuses a file with a DOCTYPE, shows why in an error summary, and writes nothing', async () => {
    const hostile = xml.replace('<Message>', '<!DOCTYPE Message [<!ENTITY x "y">]>\n<Message>')
    const res = await upload(analyst, hostile)
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('govuk-error-summary')
    expect(res.body).toMatch(/DOCTYPE or ENTITY declaration/)
    expect(await imported()).toBe(0)
    expect(await importAudits()).toBe(0)
  })

  it('refuses an upload without the CSRF token, before reading it', async () => {
    expect((await upload(analyst, xml, null)).statusCode).toBe(403)
    expect((await upload(analyst, xml, 'forged')).statusCode).toBe(403)
    expect(await imported()).toBe(0)
  })

  it('asks for a file when none (or an empty one) was sent', async () => {
    const none = await analyst.post(page, {})
    expect(none.statusCode).toBe(422)
    expect(none.body).toContain('Select a CIN census XML file')
    const empty = await upload(analyst, '')
    expect(empty.statusCode).toBe(422)
    expect(empty.body).toContain('The selected file is empty')
  })

  it('reports, child by child, a file refused because a child cannot be loaded, and writes nothing', async () => {
    const broken = xml.replace(
      '<PersonBirthDate>2011-04-27</PersonBirthDate>',
      '<PersonBirthDate>27/04/2011</PersonBirthDate>',
    )
    const res = await upload(analyst, broken)
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('govuk-error-summary')
    expect(res.body).toContain('1 child could not be loaded, so nothing was imported.')
    expect(res.body).toContain('RND000824303014')
    expect(res.body).toContain('PersonBirthDate &#39;27/04/2011&#39; is not a date')
    expect(await imported()).toBe(0)
  })

  it('imports the 332 children and shows the report by child; a second upload changes nothing', async () => {
    const res = await upload(analyst, xml)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('CIN census 2021-22 imported')
    expect(res.body).toContain('332 created, 0 updated, 0 unchanged')
    expect(res.body).toContain('RND000215205141')
    expect(await imported()).toBe(332)
    expect(await importAudits()).toBe(1)
    const again = await upload(analyst, xml)
    expect(again.body).toContain('0 created, 0 updated, 332 unchanged')
    expect(await importAudits()).toBe(2)
  })

  it('is for performance analysts and administrators only', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get(page)).statusCode).toBe(403)
    expect((await upload(worker, xml)).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'admin')).get(page)).statusCode).toBe(200)
  })
})
