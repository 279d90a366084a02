/**
 * Issue 7 part 4 through the pages: start a run, watch its progress, download the workbook (an
 * audited access event); bad input (a bad date, an unknown run, another user's run) and
 * permissions; importing a workbook (checked sheets and columns first, nothing written for a wrong
 * one, the same file twice stored once) and comparing it with ours. On both engines.
 */
import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { annexAImports, auditEvents } from '../../db/schema/index.js'
import { annexALists } from '../../domain/annexA/lists.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { seedAnnexAFixture } from './annexAFixture.js'

const boundary = 'cairn-annex-a-boundary'
const form = { 'to-day': '31', 'to-month': '10', 'to-year': '2026', months: '6' }

function multipart(file: Buffer, filename: string) {
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`
  return Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)])
}

describe.each(engines())('Annex A pages on %s', (engine) => {
  let ctx: TestContext
  let analyst: Client
  let runUrl = ''
  let workbook: Buffer
  const upload = (client: Client, file: Buffer, filename = 'annex-a.xlsx') =>
    ctx.app.inject({
      method: 'POST',
      url: `/annex-a/imports?_csrf=${encodeURIComponent(client.csrfToken)}`,
      headers: { cookie: client.cookie(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart(file, filename),
    })
  const storedImports = async () => (await ctx.database.db.select({ n: count() }).from(annexAImports))[0]!.n

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    await seedAnnexAFixture(ctx)
    analyst = await appAs(ctx, 'performance_analyst')
  }, 120_000)
  afterAll(() => ctx.close())

  it('shows the window form, defaulting to 6 months to today', async () => {
    const res = await analyst.get('/annex-a')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('name="to-day" type="text" value="25"')
    expect(res.body).toContain('name="months" type="text" value="6"')
  })

  it('runs the workbook in the background, shows progress and per-list rows, and audits the download', async () => {
    const started = await analyst.post('/annex-a/runs', form)
    expect(started.statusCode).toBe(303)
    runUrl = started.headers.location as string
    expect(runUrl).toMatch(/^\/annex-a\/runs\/[0-9a-f-]{36}$/)
    await ctx.deps.services.annexA.wait(runUrl.split('/').at(-1)!)
    const page = await analyst.get(runUrl)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Finished')
    expect(page.body).not.toContain('http-equiv="refresh"')
    expect(page.body).toMatch(
      /List 3<\/td>\s*<td class="govuk-table__cell">Referrals<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric">2</,
    )
    const download = await analyst.get(`${runUrl}/download`)
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toContain('spreadsheetml')
    workbook = download.rawPayload
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(workbook as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(annexALists.map((l) => l.sheet))
    const audited = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'annexA.download'),
          eq(auditEvents.actorId, ctx.fixtures.user.performance_analyst.id),
        ),
      )
    expect(audited).toHaveLength(1)
    expect(audited[0]).toMatchObject({
      kind: 'access',
      entityType: 'annex_a_run',
      entityId: runUrl.split('/').at(-1),
    })
    expect((await analyst.get('/annex-a')).body).toContain(runUrl)
  })

  it('refuses a bad window with a clear message and starts nothing', async () => {
    const before = ctx.deps.services.annexA.runsFor({
      id: ctx.fixtures.user.performance_analyst.id,
    } as never).length
    const cases: [Record<string, string>, string][] = [
      [{ ...form, 'to-day': '31', 'to-month': '2' }, 'must be a real date'],
      [{ ...form, 'to-year': '2027' }, 'cannot be in the future'],
      [{ ...form, 'to-day': 'x' }, 'must be a real date'],
      [{ ...form, months: '0' }, 'at least 1 month'],
      [{ ...form, months: '25' }, 'at most 24 months'],
      [{ ...form, months: 'six' }, 'Enter the number of months'],
      [{ junk: 'x' }, 'Enter the last day of the window'],
    ]
    for (const [body, message] of cases) {
      const res = await analyst.post('/annex-a/runs', body)
      expect(res.statusCode, message).toBe(400)
      expect(res.body).toContain('govuk-error-summary')
      expect(res.body).toContain(message)
    }
    expect(
      ctx.deps.services.annexA.runsFor({ id: ctx.fixtures.user.performance_analyst.id } as never).length,
    ).toBe(before)
  })

  it('an unknown run, a malformed id and another user’s run are all not found', async () => {
    expect((await analyst.get(`/annex-a/runs/${randomUUID()}`)).statusCode).toBe(404)
    expect((await analyst.get(`/annex-a/runs/${randomUUID()}/download`)).statusCode).toBe(404)
    expect((await analyst.get('/annex-a/runs/not-a-run')).statusCode).toBe(404)
    const director = await appAs(ctx, 'dcs')
    expect((await director.get(runUrl)).statusCode).toBe(404)
    expect((await director.get(`${runUrl}/download`)).statusCode).toBe(404)
  })

  it('a social worker may not produce or import Annex A', async () => {
    const sw = await appAs(ctx, 'social_worker')
    expect((await sw.get('/annex-a')).statusCode).toBe(403)
    expect((await sw.post('/annex-a/runs', form)).statusCode).toBe(403)
    expect((await sw.get('/annex-a/imports')).statusCode).toBe(403)
    expect((await sw.get(`${runUrl}/download`)).statusCode).toBe(403)
  })

  it('imports our own workbook, once, and compares it list by list with ours for the window', async () => {
    const first = await upload(analyst, workbook)
    expect(first.statusCode).toBe(303)
    const compareUrl = first.headers.location as string
    const again = await upload(analyst, workbook)
    expect(again.headers.location).toBe(`${compareUrl}?already=1`)
    expect(await storedImports()).toBe(1)
    const page = await analyst.get(`${compareUrl}?to-day=31&to-month=10&to-year=2026&months=6`)
    expect(page.statusCode).toBe(200)
    // Same window, same casework: every list's imported rows equal ours.
    expect(page.body).toMatch(/List 3: Referrals<\/th>\s*<td[^>]*>2<\/td>\s*<td[^>]*>2<\/td>\s*<td[^>]*>0</)
    expect(page.body).toMatch(/List 1: Contacts<\/th>\s*<td[^>]*>2<\/td>\s*<td[^>]*>2<\/td>/)
    const bad = await analyst.get(`${compareUrl}?to-day=99&to-month=10&to-year=2026&months=6`)
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('must be a real date')
    expect((await analyst.get(`/annex-a/imports/${randomUUID()}`)).statusCode).toBe(404)
  })

  it('refuses a workbook with wrong or missing sheets or columns, listing each, and stores nothing', async () => {
    const before = await storedImports()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(workbook as unknown as ArrayBuffer)
    wb.removeWorksheet(wb.getWorksheet('List 11')!.id)
    wb.getWorksheet('List 3')!.getRow(1).getCell(7).value = 'Where it came from'
    wb.addWorksheet('Notes')
    const broken = Buffer.from(await wb.xlsx.writeBuffer())
    const res = await upload(analyst, broken, 'broken.xlsx')
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('govuk-error-summary')
    expect(res.body).toContain('List 11 (Adopters) is missing')
    expect(res.body).toContain('List 3 is missing the column “Referral Source”')
    expect(res.body).toContain('List 3 has column not in Annex A: “Where it came from”')
    expect(res.body).toContain('The sheet “Notes” is not an Annex A list')
    const junk = await upload(analyst, Buffer.from('not a workbook'), 'junk.xlsx')
    expect(junk.statusCode).toBe(400)
    expect(junk.body).toContain('not an Excel workbook')
    expect(await storedImports()).toBe(before)
    expect(
      (
        await ctx.database.db
          .select({ n: count() })
          .from(auditEvents)
          .where(eq(auditEvents.action, 'annexA.import'))
      )[0]!.n,
    ).toBe(1)
  })
})
