import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, careEpisodes, children, ssda903Imports } from '../../db/schema/index.js'
import { fakeCsvNames, loadableFakeNames, readFake } from '../../returns/ssda903/importFixtures.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'

const page = '/returns/ssda903/import'
const boundary = 'cairn-903-boundary'
type Part = { name: string; value: string } | { name: string; filename: string; content: string | Buffer }

/** A browser's multipart form: the year field and any number of files in the `files` field. */
function multipart(parts: Part[]) {
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${'filename' in p ? `; filename="${p.filename}"\r\nContent-Type: text/csv` : ''}\r\n\r\n`),
    Buffer.from('filename' in p ? p.content : p.value),
    Buffer.from('\r\n'),
  ])
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)])
}
const files = (names: readonly string[]): Part[] => names.map((n) => ({ name: 'files', filename: n, content: readFake(n) }))
const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nQ1,1,01/02/2010,WBRI,,,\n'

describe.each(engines())('SSDA903 import upload on %s', (engine) => {
  let ctx: TestContext
  let analyst: Client
  const upload = (client: Client, parts: Part[], token: string | null = client.csrfToken) =>
    ctx.app.inject({
      method: 'POST',
      url: token === null ? page : `${page}?_csrf=${encodeURIComponent(token)}`,
      headers: { cookie: client.cookie(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart(parts),
    })
  const rows = async () => [
    (await ctx.database.db.select({ n: count() }).from(children))[0]!.n,
    (await ctx.database.db.select({ n: count() }).from(careEpisodes))[0]!.n,
    (await ctx.database.db.select({ n: count() }).from(ssda903Imports))[0]!.n,
  ]

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    analyst = await appAs(ctx, 'performance_analyst')
  }, 60_000)
  afterAll(() => ctx.close())

  it('shows the year and a GOV.UK file upload whose CSRF token travels in the action URL', async () => {
    const res = await analyst.get(page)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('enctype="multipart/form-data"')
    expect(res.body).toMatch(/action="\/returns\/ssda903\/import\?_csrf=[^"]+"/)
    expect(res.body).toContain('govuk-file-upload')
    expect(res.body).toContain('2017-18 (1 April 2017 to 31 March 2018)')
  })

  it('asks for the year and the files, and refuses an upload without the CSRF token', async () => {
    const none = await upload(analyst, [])
    expect(none.statusCode).toBe(422)
    expect(none.body).toContain('Select the collection year of the return')
    expect(none.body).toContain('Select the 903 CSV files, or one 903 XML file')
    expect((await analyst.post(page, {})).statusCode).toBe(422)
    const before = await rows()
    expect((await upload(analyst, [{ name: 'yearEnding', value: '2018' }, { name: 'files', filename: 'h.csv', content: header }], null)).statusCode).toBe(403)
    expect(await rows()).toEqual(before)
  })

  it('shows a malformed CSV set by file, row and column with a 422, and saves nothing', async () => {
    const before = await rows()
    const res = await upload(analyst, [
      { name: 'yearEnding', value: '2018' },
      { name: 'files', filename: 'h.csv', content: header },
      { name: 'files', filename: 'e.csv', content: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nQ1,2017-05-01,S,C2,N1,U1,PR1,,X1,,,,\n' },
      { name: 'files', filename: 'r.csv', content: 'CHILD,DOB,REVIEW,REVIEW_CODE\nQ1,01/02/2010,01/06/2017,@SUM(1)\n' },
    ])
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('govuk-error-summary')
    expect(res.body).toContain('Not imported: nothing changed')
    expect(res.body).toMatch(/e\.csv<\/td>\s*<td[^>]*>2<\/td>\s*<td[^>]*>DECOM<\/td>/)
    expect(res.body).toMatch(/r\.csv<\/td>\s*<td[^>]*>2<\/td>\s*<td[^>]*>REVIEW_CODE<\/td>/)
    expect(await rows()).toEqual(before)
  })

  it('refuses the fake set with its CHILD10 rows, then imports it without them; a second upload changes nothing', async () => {
    const refused = await upload(analyst, [{ name: 'yearEnding', value: '2018' }, ...files(fakeCsvNames)])
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('CHILD CHILD10 has no Header row')
    const res = await upload(analyst, [{ name: 'yearEnding', value: '2018' }, ...files(loadableFakeNames)])
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('SSDA903 return 2017-18 imported')
    expect(res.body).toContain('2675 in the return: 2675 new, 0 updated')
    const after = await rows()
    const again = await upload(analyst, [{ name: 'yearEnding', value: '2018' }, ...files(loadableFakeNames)])
    expect(again.statusCode).toBe(200)
    expect(again.body).toContain('Already imported: nothing changed')
    expect(await rows()).toEqual(after)
    expect((await ctx.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'return.ssda903.import')))[0]!.n).toBe(1)
  }, 120_000)

  it('answers a truncated multipart body with a 422, not a server error', async () => {
    const body = multipart([{ name: 'yearEnding', value: '2018' }, { name: 'files', filename: 'h.csv', content: header }])
    const res = await ctx.app.inject({
      method: 'POST',
      url: `${page}?_csrf=${encodeURIComponent(analyst.csrfToken)}`,
      headers: { cookie: analyst.cookie(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body.subarray(0, body.length - 30),
    })
    expect(res.statusCode).toBe(422)
  })

  it('is for performance analysts and administrators only', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get(page)).statusCode).toBe(403)
    expect((await upload(worker, [{ name: 'yearEnding', value: '2018' }, { name: 'files', filename: 'h.csv', content: header }])).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'admin')).get(page)).statusCode).toBe(200)
  })
})
