/**
 * The trend chart, the snapshots page and their error states pass axe (WCAG 2.2 AA) in Chromium,
 * and work with JavaScript switched off (issue 7 part 3: "They work without JavaScript and pass
 * axe"). axe itself needs script, so it runs in a second, script-enabled browser context.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../domain/clock.js'
import { expectAccessible, launchBrowser } from '../../../e2e/browser.js'
import { fixturePassword } from '../../../test/fixtures.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from '../performance/kpiFixture.js'

describe('KPI trend pages in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  let page: Page
  let noScript: Page

  async function signedIn(javaScriptEnabled: boolean): Promise<Page> {
    const p = await (await browser.newContext({ javaScriptEnabled })).newPage()
    await p.goto(`${base}/sign-in`)
    await p.fill('#email', ctx.fixtures.user.performance_analyst.email)
    await p.fill('#password', fixturePassword)
    await p.click('button:has-text("Sign in")')
    return p
  }

  beforeAll(async () => {
    ctx = await createTestContext('pglite', fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    await seedKpiFixture(ctx)
    await ctx.deps.services.kpiTrends.rebuild('2027-12', '2028-03')
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
    page = await signedIn(true)
    noScript = await signedIn(false)
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  it('the trend chart, its table and summary pass axe; a bad team shows the error summary', async () => {
    await page.goto(`${base}/performance/CP_VISITS_IN_TIME/trend`)
    const chart = page.locator('svg[role="img"]')
    expect(await chart.count()).toBe(1)
    expect(await chart.getAttribute('aria-labelledby')).toBe('trend-chart-title trend-chart-desc')
    expect(await page.locator('table.govuk-table tbody tr').count()).toBe(4)
    await expectAccessible(page)
    // Without script: the chart is already drawn, and the team form still works.
    await noScript.goto(`${base}/performance/CP_VISITS_IN_TIME/trend`)
    expect(await noScript.locator('svg[role="img"] title').textContent()).toContain('month by month')
    await noScript.selectOption('#team', { label: 'Assessment Team A' })
    await noScript.click('button:has-text("Show trend")')
    expect(await noScript.locator('main h2').first().innerText()).toContain('Assessment Team A')
    await page.goto(noScript.url())
    await expectAccessible(page)
    await page.goto(`${base}/performance/CP_VISITS_IN_TIME/trend?team=nonsense`)
    expect(await page.locator('.govuk-error-summary').count()).toBe(1)
    await expectAccessible(page)
  }, 120_000)

  it('the snapshots page, its errors and a rebuild’s progress page pass axe; the form works without JavaScript', async () => {
    await page.goto(`${base}/performance/snapshots`)
    await expectAccessible(page)
    await noScript.goto(`${base}/performance/snapshots`)
    await noScript.fill('#from', '2028-02')
    await noScript.fill('#to', '2028-02')
    await noScript.click('button:has-text("Rebuild these months")')
    expect(noScript.url()).toMatch(/\/performance\/snapshots\/rebuilds\//)
    expect(await noScript.locator('main').innerText()).toContain('Rebuild of February 2028 to February 2028')
    await ctx.deps.services.kpiTrends.waitForRebuild(ctx.deps.services.kpiTrends.rebuildJobs()[0]!.id)
    await page.fill('#from', '2028-03')
    await page.fill('#to', '2028-01')
    await page.click('button:has-text("Rebuild these months")')
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('The first month must be the same as or before the last month')
    expect(await page.inputValue('#from')).toBe('2028-03')
    await expectAccessible(page)
    await page.fill('#from', '2028-03')
    await page.fill('#to', '2028-03')
    await page.click('button:has-text("Rebuild these months")')
    expect(page.url()).toMatch(/\/performance\/snapshots\/rebuilds\//)
    await expectAccessible(page)
    const job = ctx.deps.services.kpiTrends.rebuildJobs()[0]!
    await ctx.deps.services.kpiTrends.waitForRebuild(job.id)
    await page.reload()
    expect(await page.locator('main').innerText()).toContain('Finished')
    await expectAccessible(page)
  }, 120_000)
})
