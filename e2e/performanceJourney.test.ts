import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../src/domain/clock.js'
import { toActor } from '../src/features/auth/authService.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from '../src/features/performance/kpiFixture.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { launchBrowser } from './browser.js'
import { journeyPages } from './journey.js'

/**
 * Issue 7's scorecard journey in a real browser: the director opens the scorecard → filters to the
 * quarter by team → opens a red KPI for a team → sees the children → opens a child → returns to the
 * drill-down; pins the KPI to their dashboard. The analyst sets a target on the settings form and the
 * scorecard's RAG follows it. axe on every page visited.
 *
 * The data is the hand-built KPI fixture (src/features/performance/kpiFixture.ts), quarter 4 of
 * 2027-28: assessment team A's assessments are 50% (1 of 2) within 45 working days against the
 * catalogue's 85%, so that KPI is red for the team.
 */
describe('performance scorecard journey in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  const { signInAs, landed, go } = journeyPages(() => browser, () => base)
  const kpiTitle = 'Assessments completed within 45 working days of referral'

  beforeAll(async () => {
    ctx = await createTestContext('pglite', fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    await seedKpiFixture(ctx)
    // The performance team's own target, so the journey depends on the settings being applied: 90%, still red at 50%.
    await ctx.deps.services.kpiSettings.save(toActor(ctx.fixtures.user.performance_analyst), 'ASSESS_45WD', { target: 90, englandValue: null, englandYear: null, neighboursValue: null, neighboursYear: null, note: 'Journey fixture', version: 0 })
    // Three months of snapshots, so the scorecard draws its trend charts and axe checks them too.
    await ctx.deps.services.kpiTrends.rebuild('2028-01', '2028-03', toActor(ctx.fixtures.user.performance_analyst))
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  it('opens the scorecard, filters by team, opens a red KPI, sees the children, opens a child and returns', async () => {
    const dcs = await signInAs(ctx.fixtures.user.dcs.email)
    await go(dcs, '/performance', 'Performance scorecard')
    await dcs.selectOption('#period', 'quarter')
    await dcs.selectOption('#ending', '2028-03')
    await Promise.all([dcs.waitForURL(/period=quarter&ending=2028-03&breakdown=authority/), dcs.click('button:has-text("Show scorecard")')])
    await landed(dcs, 'Performance scorecard')
    expect(await dcs.locator('table svg').count()).toBeGreaterThan(0) // the authority view's trend charts
    await dcs.selectOption('#breakdown', 'team')
    await Promise.all([dcs.waitForURL(/breakdown=team/), dcs.click('button:has-text("Show scorecard")')])
    await landed(dcs, 'Performance scorecard')

    // The team's row for the KPI is red against the performance team's 90%.
    const row = dcs.locator('tr', { has: dcs.locator(`a:text-is("${kpiTitle}")`) }).filter({ hasText: 'Assessment Team A' })
    expect(await row.locator('.govuk-tag--red').innerText()).toBe('Off target')
    expect(await row.innerText()).toContain('90%')
    await row.locator(`a:text-is("${kpiTitle}")`).click()
    await landed(dcs, kpiTitle)
    const drillUrl = dcs.url()
    expect(await dcs.locator('a[href="/performance/ASSESS_45WD/trend"]').count()).toBe(1)
    expect(drillUrl).toContain(`team=${ctx.fixtures.teams.teamA.id}`)

    const table = dcs.locator('table', { hasText: 'Children in this KPI (filtered)' })
    const children = table.locator('a[href^="/children/"]')
    expect(await children.count()).toBe(2)
    const child = children.filter({ hasNotText: 'Restricted' }).first()
    const name = await child.innerText()
    await child.click()
    await landed(dcs, name)
    expect(dcs.url()).toMatch(/\/children\/[0-9a-f-]{36}$/)

    await dcs.goBack()
    await landed(dcs, kpiTitle)
    expect(dcs.url()).toBe(drillUrl)

    // Pin it, and find it on My dashboard with its value, cohort and RAG.
    await dcs.click('button:has-text("Pin to my dashboard")')
    await landed(dcs, kpiTitle)
    await go(dcs, '/performance/dashboard', 'My dashboard')
    const pinned = dcs.locator('tr', { hasText: kpiTitle })
    expect(await pinned.innerText()).toMatch(/Off target|On target|Near target|No target/)
  }, 360_000)

  it('lets the analyst change a target, and the scorecard follows it', async () => {
    const analyst = await signInAs(ctx.fixtures.user.performance_analyst.email)
    await go(analyst, '/performance/settings', 'KPI targets and benchmarks')
    await analyst.click('a[href="/performance/ASSESS_45WD/settings"]')
    await landed(analyst, 'Target and benchmarks')
    await analyst.fill('#target', '50')
    await analyst.fill('#englandValue', '78')
    await analyst.fill('#englandYear', '2024-25')
    await analyst.click('button:has-text("Save the target and benchmarks")')
    await landed(analyst, 'KPI targets and benchmarks')
    await go(analyst, '/performance?period=quarter&ending=2028-03', 'Performance scorecard')
    const row = analyst.locator('tr', { has: analyst.locator(`a:text-is("${kpiTitle}")`) })
    expect(await row.locator('.govuk-tag').innerText()).toBe('On target')
    expect(await row.innerText()).toContain('78% (2024-25)')
  }, 360_000)
})
