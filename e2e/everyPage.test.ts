import type { Browser, Page } from 'playwright-core'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/access/roles.js'
import { roleMay, type Action } from '../src/access/actions.js'
import { systemClock } from '../src/domain/clock.js'
import { fixturePassword } from '../test/fixtures.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { caseworkIds, caseworkKey } from '../test/casework.js'
import { toActor } from '../src/features/auth/authService.js'
import { expectAccessible, launchBrowser } from './browser.js'
import { lastCompleteMonth } from '../src/features/kpi-trends/months.js'
import { feedEnv, startFakeEndpoint, type FakeEndpoint } from '../src/features/csc-api-feed/cscFeedFixtures.js'

/**
 * Every HTML page, as a role allowed to see it, passes axe (WCAG 2.2 AA), and so do the
 * validation-error states of the main forms. The forms also work with JavaScript switched off.
 */
describe('every page passes axe; forms work without JavaScript', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  // The DfE feed's run and batch pages need a run, so the feed sends to an endpoint served here.
  let feedEndpoint: FakeEndpoint
  const pages = new Map<Role, Page>()

  async function signedIn(role: Role, javaScriptEnabled: boolean): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`${base}/sign-in`)
    await page.fill('#email', ctx.fixtures.user[role].email)
    await page.fill('#password', fixturePassword)
    await page.click('button:has-text("Sign in")')
    return page
  }

  beforeAll(async () => {
    feedEndpoint = await startFakeEndpoint()
    ctx = await createTestContext('pglite', systemClock, feedEnv(feedEndpoint.base))
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
    // qa_officer: the case-audit programme pages are the QA team's (and service managers').
    for (const role of ['front_door', 'team_manager', 'admin', 'data_protection', 'performance_analyst', 'qa_officer'] as const) pages.set(role, await signedIn(role, true))
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
    await feedEndpoint?.close()
  })

  it('visits every GET page route and finds no accessibility violations', async () => {
    const fd = ctx.fixtures.user.front_door
    const actor = { id: fd.id, role: 'front_door' as const, teamId: fd.teamId, displayName: fd.displayName }
    const contact = await ctx.deps.services.frontDoor.recordContact(actor, { childId: ctx.fixtures.child.unallocated.id, source: '6', reason: 'Police', presentingConcerns: 'Incident', receivedAt: '', receivedAtInstant: new Date(Date.now() - 3_600_000) })
    const { referral } = await ctx.deps.services.frontDoor.decide(actor, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    const casework = await caseworkIds(ctx)
    const censusRun = await ctx.deps.services.cinCensus.start(toActor(ctx.fixtures.user.performance_analyst), '2025-26')
    await ctx.deps.services.cinCensus.wait(censusRun.id)
    // A run is shown to the analyst who started it: the first role here that may see the SSDA903 page.
    const ssda903Run = await ctx.deps.services.ssda903.start(toActor(ctx.fixtures.user.performance_analyst), 2026)
    await ctx.deps.services.ssda903.wait(ssda903Run.id)
    // Issue 7: jobs and records behind the performance pages, each started by the first role below that may see it.
    const analyst = toActor(ctx.fixtures.user.performance_analyst)
    const admin = toActor(ctx.fixtures.user.admin)
    const annexA = ctx.deps.services.annexA
    const annexARun = await annexA.start(analyst, annexA.window(ctx.clock.today(), 6))
    await annexA.wait(annexARun.id)
    const annexAImport = await annexA.importWorkbook(analyst, 'annex-a.xlsx', (await annexA.download(analyst, annexARun.id)).xlsx)
    const lastMonth = lastCompleteMonth(ctx.clock.today())
    const rebuild = ctx.deps.services.kpiTrends.startRebuild(admin, lastMonth, lastMonth)
    await ctx.deps.services.kpiTrends.waitForRebuild(rebuild.id)
    const feedRun = ctx.deps.services.cscFeed.startRun(admin, true)
    await ctx.deps.services.cscFeed.waitForJob(feedRun.id)
    const [feedBatch] = (await ctx.database.db.execute<{ id: string }>(sql`select id from csc_api_batches limit 1`)).rows
    const idFor = (url: string) => {
      const key = caseworkKey(url)
      if (key) return casework[key]
      if (url.startsWith('/returns/cin-census/runs/')) return censusRun.id
      if (url.startsWith('/returns/ssda903/runs/')) return ssda903Run.id
      if (url.startsWith('/admin/local-standards/')) return 'CP_VISIT_10WD'
      if (url.startsWith('/annex-a/runs/')) return annexARun.id
      if (url.startsWith('/annex-a/imports/')) return 'id' in annexAImport ? String(annexAImport.id) : ''
      if (url.startsWith('/performance/snapshots/rebuilds/')) return rebuild.id
      if (url.startsWith('/returns/csc-api/runs/')) return feedRun.id
      if (url.startsWith('/returns/csc-api/batches/')) return feedBatch!.id
      if (url.startsWith('/performance/')) return 'ASSESS_45WD'
      if (url.startsWith('/teams/')) return ctx.fixtures.teams.teamA.id
      return url.includes('contacts') ? contact.id : url.includes('referrals') ? referral!.id : url.startsWith('/admin/users') || url.startsWith('/supervision/workers') || url.startsWith('/training/users') ? ctx.fixtures.user.social_worker.id : ctx.fixtures.child.own.id
    }
    const routes = ctx.app.routeTable.filter((r) => r.method === 'GET' && !r.url.startsWith('/api/') && !['/health', '/ready', '/audit/export.csv', '/', '/returns/cin-census/runs/:id/download', '/returns/ssda903/runs/:id/files/:file', '/children/:id/chronology/download', '/performance/:id/export.csv', '/performance/:id/export.xlsx', '/performance/export.csv', '/performance/export.xlsx', '/annex-a/runs/:runId/download', '/workforce/census.xml', '/improvement-plan/report/download', '/improvement-plan/report/xlsx'].includes(r.url))
    const visited: string[] = []
    for (const route of routes) {
      const role = ([...pages.keys()] as Role[]).find((r) => route.access === 'public' || route.access === 'signedIn' || roleMay(r, route.access as Action))!
      const page = pages.get(role)!
      const query = route.url === '/children' ? '?q=a' : route.url === '/audit' ? `?childRef=${ctx.fixtures.child.own.childRef}` : ''
      const response = await page.goto(`${base}${route.url.replace(/:(id|runId|importId|jobId)\b/, idFor(route.url))}${query}`)
      expect(response?.status(), route.url).toBeLessThan(400)
      await expectAccessible(page)
      visited.push(route.url)
    }
    expect(visited.length).toBeGreaterThan(12)
  }, 300_000)

  it('validation errors keep the input and pass axe', async () => {
    const page = pages.get('front_door')!
    await page.goto(`${base}/children/new`)
    await page.fill('#firstName', 'Kept')
    await page.click('button:has-text("Save")')
    expect(await page.locator('.govuk-error-summary').count()).toBe(1)
    expect(await page.inputValue('#firstName')).toBe('Kept')
    expect(await page.title()).toMatch(/^Error: /)
    await expectAccessible(page)
  }, 120_000)

  it('with JavaScript off, a child can be added and found', async () => {
    const page = await signedIn('front_door', false)
    await page.goto(`${base}/children/new`)
    await page.fill('#firstName', 'Nojs')
    await page.fill('#lastName', 'Worksfine')
    await page.fill('#dateOfBirth-day', '2')
    await page.fill('#dateOfBirth-month', '2')
    await page.fill('#dateOfBirth-year', '2020')
    await page.check('input[name="sex"][value="F"]')
    await page.selectOption('#ethnicity', 'WBRI')
    await page.selectOption('#upnUnknownReason', 'UN6')
    await page.click('button:has-text("Save")')
    expect(await page.locator('h1').innerText()).toContain('Nojs Worksfine')
    await page.goto(`${base}/children?q=worksfine`)
    expect(await page.locator('main').innerText()).toContain('1 child found')
  }, 120_000)
})
