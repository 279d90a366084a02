import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents } from '../../db/schema/index.js'
import { extractReturn } from '../../returns/ssda903/extract.js'
import { recordFixtureHistory } from '../../returns/ssda903/testHistory.js'
import { returnCsvFiles, tableCsv } from '../../returns/ssda903/csv.js'
import { validateReturn } from '../../returns/ssda903/validate.js'
import { returnXml } from '../../returns/ssda903/xml.js'
import { toActor } from '../auth/authService.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'

/** A multipart form post, as a browser sends the run form with files (the CSRF token in the URL). */
function postMultipart(ctx: TestContext, client: Client, fields: Record<string, string>, files: { name: string; content: string }[]) {
  const boundary = '----cairnTestBoundary'
  const parts = [
    ...Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    ...files.map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="previous"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n${f.content}\r\n`),
  ]
  return ctx.app.inject({
    method: 'POST',
    url: `/returns/ssda903/runs?_csrf=${encodeURIComponent(client.csrfToken)}`,
    headers: { cookie: client.cookie(), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `${parts.join('')}--${boundary}--\r\n`,
  })
}

describe.each(engines())('SSDA903 return pages on %s', (engine) => {
  let ctx: TestContext
  let runId = ''
  beforeAll(async () => {
    ctx = await createTestContext(engine)
    await recordFixtureHistory(ctx)
  })
  afterAll(async () => ctx?.close())

  it('runs the 2025-26 export and validation, then shows counts per table, the XSD result and findings', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const form = await analyst.get('/returns/ssda903')
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('2026-27 (1 April 2026 to 31 March 2027)')
    expect(form.body).toContain('2022-23 (1 April 2022 to 31 March 2023)')
    const posted = await analyst.post('/returns/ssda903/runs', { yearEnding: '2026' })
    expect(posted.statusCode).toBe(303)
    runId = /\/returns\/ssda903\/runs\/([0-9a-f-]{36})$/.exec(String(posted.headers.location))?.[1] ?? ''
    const run = await ctx.deps.services.ssda903.wait(runId)
    expect(run).toMatchObject({ status: 'done', stepsDone: 4, error: null })
    const page = await analyst.get(`/returns/ssda903/runs/${runId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toMatch(/Schema \(XSD\)<\/dt><dd class="govuk-summary-list__value">Valid/)
    expect(page.body).toMatch(/Episodes<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric">4<\/td>/)
    expect(page.body).toContain(`/returns/ssda903/runs/${runId}/files/episodes.csv`)
    expect(page.body).toContain(`/returns/ssda903/runs/${runId}/files/SSDA903_2025-26.xml`)
    expect(page.body).not.toContain('DoLo.csv')
    // The findings are the year's rules over the exported tables, grouped by rule on the page.
    const expected = validateReturn(await extractReturn(ctx.database.db, 2026), 2026)
    expect(run!.result!.findings).toEqual(expected)
    for (const code of new Set(expected.map((f) => f.code))) expect(page.body).toContain(`<td class="govuk-table__cell">${code}</td>`)
  })

  it('downloads each CSV and the XML, and audits the run and every download', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const csv = await analyst.get(`/returns/ssda903/runs/${runId}/files/episodes.csv`)
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['content-disposition']).toBe('attachment; filename="episodes.csv"')
    const ret = ctx.deps.services.ssda903.run(toActor(ctx.fixtures.user.performance_analyst), runId).result!.ret
    expect(csv.body).toBe(tableCsv('Episodes', ret.Episodes))
    const xml = await analyst.get(`/returns/ssda903/runs/${runId}/files/SSDA903_2025-26.xml`)
    expect(xml.statusCode).toBe(200)
    expect(xml.body).toBe(returnXml(ret))
    const audit = (action: string) => ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, runId)))
    expect(await audit('return.ssda903.run')).toEqual([expect.objectContaining({ kind: 'access', actorId: ctx.fixtures.user.performance_analyst.id })])
    expect((await audit('return.ssda903.download')).map((a) => (a.detail as { file: string }).file).sort()).toEqual(['SSDA903_2025-26.xml', 'episodes.csv'])
  })

  it("takes last year's return as the DfE CSV files, and refuses files it cannot read", async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const lastYear = returnCsvFiles(await extractReturn(ctx.database.db, 2025), 2025).map((f) => ({ name: f.filename, content: f.csv }))
    const posted = await postMultipart(ctx, analyst, { yearEnding: '2026' }, lastYear)
    expect(posted.statusCode).toBe(303)
    const id = String(posted.headers.location).split('/').at(-1)!
    const run = await ctx.deps.services.ssda903.wait(id)
    expect(run).toMatchObject({ status: 'done', detail: { yearEnding: 2026, withPrevious: true } })
    const page = await analyst.get(`/returns/ssda903/runs/${id}`)
    expect(page.body).not.toContain("rules that compare with last year's return were not applied")
    const bad = await postMultipart(ctx, analyst, { yearEnding: '2026' }, [{ name: 'notes.csv', content: 'NAME,NOTE\nA,B\n' }])
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain("Last year&#39;s files could not be read")
    expect(bad.body).toContain('href="#previous"')
    const truncated = await ctx.app.inject({
      method: 'POST', url: `/returns/ssda903/runs?_csrf=${encodeURIComponent(analyst.csrfToken)}`,
      headers: { cookie: analyst.cookie(), 'content-type': 'multipart/form-data; boundary=xyz' }, payload: '--xyz\r\nContent-Disposition: form-data; name="previous"; filename="a.csv"\r\n\r\nCHILD,',
    })
    expect(truncated.statusCode).toBe(422)
  })

  it('answers 404 with a message for an unknown run, a bad id or an unknown file', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const unknown = await analyst.get('/returns/ssda903/runs/00000000-0000-4000-8000-000000000000')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.body).toContain('not found')
    expect((await analyst.get('/returns/ssda903/runs/not-a-run')).statusCode).toBe(404)
    expect((await analyst.get('/returns/ssda903/runs/not-a-run/files/episodes.csv')).statusCode).toBe(404)
    expect((await analyst.get(`/returns/ssda903/runs/${runId}/files/passwords.csv`)).statusCode).toBe(404)
    expect((await analyst.get(`/returns/ssda903/runs/${runId}/files/..%2F..%2Fetc`)).statusCode).toBe(404)
  })

  it('refuses a role without the action, hides a run from anyone but its owner, and asks for a year', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get('/returns/ssda903')).statusCode).toBe(403)
    expect((await worker.post('/returns/ssda903/runs', { yearEnding: '2026' })).statusCode).toBe(403)
    expect((await worker.get(`/returns/ssda903/runs/${runId}/files/episodes.csv`)).statusCode).toBe(403)
    const manager = await appAs(ctx, 'service_manager')
    expect((await manager.get(`/returns/ssda903/runs/${runId}`)).statusCode).toBe(404)
    const refused = await manager.post('/returns/ssda903/runs', { yearEnding: '2019' })
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('Select the collection year')
  })
})
