import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { annexALists } from '../src/domain/annexA/lists.js'
import { seedAnnexAFixture } from '../src/features/annex-a/annexAFixture.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { launchBrowser } from './browser.js'
import { journeyPages } from './journey.js'

/**
 * Issue 7's Annex A journey in a real browser: the performance analyst chooses the window, starts
 * the workbook, waits on the progress page (it refreshes itself), downloads the workbook, and it
 * opens with the right sheets and columns. axe on every page visited.
 */
describe('Annex A journey in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  const { signInAs, landed, go, fillDate } = journeyPages(
    () => browser,
    () => base,
  )

  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    await seedAnnexAFixture(ctx)
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  it('the analyst produces Annex A, waits for it, downloads it, and the workbook opens with every list', async () => {
    const page = await signInAs(ctx.fixtures.user.performance_analyst.email)
    await go(page, '/annex-a', 'Ofsted Annex A')
    await fillDate(page, 'to', '2026-10-31')
    await page.fill('#months', '6')
    await page.click('button:has-text("Produce the workbook")')
    await expect.poll(() => page.title()).toContain('Annex A to')
    await expect
      .poll(async () => (await page.locator('body').innerText()).includes('Download the workbook'), {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(true)
    await landed(page, 'Annex A to')
    expect(await page.locator('body').innerText()).toMatch(/List 3\s+Referrals\s+2/)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a:has-text("Download the workbook")'),
    ])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer)
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(annexALists.map((l) => l.sheet))
    for (const list of annexALists)
      expect((wb.getWorksheet(list.sheet)!.getRow(1).values as unknown[]).slice(1), list.sheet).toEqual(
        list.columns.map((c) => c.heading),
      )
    expect(wb.getWorksheet('List 1')!.actualRowCount).toBe(3)

    // The same workbook imported to benchmark against: every list agrees with ours for the window.
    await go(page, '/annex-a/imports', 'Import an Annex A workbook')
    await page.setInputFiles('#file', (await download.path())!)
    await page.click('button:has-text("Check and import")')
    await landed(page, 'Compare')
    await fillDate(page, 'to', '2026-10-31')
    await page.fill('#months', '6')
    await page.click('button:has-text("Compare")')
    await landed(page, 'Compare')
    expect(await page.locator('body').innerText()).toMatch(/List 3: Referrals\s+2\s+2\s+0/)
    await go(page, '/annex-a', 'Ofsted Annex A')
  }, 240_000)
})
