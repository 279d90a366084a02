import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../src/domain/clock.js'
import { fixturePassword } from '../test/fixtures.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { expectAccessible, launchBrowser } from './browser.js'

/**
 * The front-door journey in a real browser: a front-door worker records a contact and decides
 * "referral"; a team manager allocates it; the social worker sees it in My work. axe on every page.
 */
describe('front-door journey in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string

  beforeAll(async () => {
    ctx = await createTestContext('pglite', systemClock)
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  async function signInAs(email: string): Promise<Page> {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/sign-in`)
    await expectAccessible(page)
    await page.fill('#email', email)
    await page.fill('#password', fixturePassword)
    await page.click('button:has-text("Sign in")')
    return page
  }

  it('records a contact, refers, allocates, and shows the item in the worker’s My work', async () => {
    const child = ctx.fixtures.child.unallocated
    const fd = await signInAs(ctx.fixtures.user.front_door.email)
    await expect.poll(() => fd.title()).toContain('My work')
    await expectAccessible(fd)

    await fd.goto(`${base}/children?q=waiting`)
    await expectAccessible(fd)
    await fd.click('a:has-text("Cara Waiting")')
    await expectAccessible(fd)
    await fd.click('a:has-text("Record a contact")')
    await expectAccessible(fd)

    // An empty submission shows the error summary and changes nothing.
    await fd.click('button:has-text("Record contact")')
    await expect.poll(() => fd.locator('.govuk-error-summary').count()).toBe(1)
    await expectAccessible(fd)

    const now = new Date()
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(now.getTime() - 2 * 3600_000))
    const part = (t: string) => london.find((p) => p.type === t)!.value
    await fd.selectOption('#source', '2A')
    await fd.fill('#reason', 'Concern raised by school')
    await fd.fill('#receivedAt-day', part('day'))
    await fd.fill('#receivedAt-month', part('month'))
    await fd.fill('#receivedAt-year', part('year'))
    await fd.fill('#receivedAt-time', '00:05')
    await fd.fill('#presentingConcerns', 'Child arrived at school hungry and withdrawn for the third day.')
    await fd.click('button:has-text("Record contact")')
    await expect.poll(() => fd.title()).toContain('Contact about')
    await expectAccessible(fd)

    await fd.check('input[name="decision"][value="REFERRAL"]')
    await fd.selectOption('#primaryNeed', 'N1')
    await fd.fill('#decisionReason', 'Threshold for a child and family assessment is met.')
    await fd.click('button:has-text("Record decision")')
    await expect.poll(() => fd.title()).toContain('Referral for')
    await expectAccessible(fd)
    const referralUrl = fd.url()

    const tm = await signInAs(ctx.fixtures.user.team_manager.email)
    await tm.goto(`${base}/front-door`)
    await expectAccessible(tm)
    await tm.goto(referralUrl)
    await tm.selectOption('#workerId', { label: `${ctx.fixtures.user.social_worker.displayName} (Assessment Team A)` })
    await tm.fill('#reason', 'Capacity in team A')
    await tm.click('button:has-text("Allocate")')
    await expect.poll(() => tm.url()).toContain('allocated=1')
    await expectAccessible(tm)

    const sw = await signInAs(ctx.fixtures.user.social_worker.email)
    await sw.goto(`${base}/my-work`)
    await expectAccessible(sw)
    const row = sw.locator('tr', { hasText: 'Cara Waiting' })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.innerText()).toContain('Complete the assessment')
    await sw.click(`a[href="/children/${child.id}"] >> nth=0`)
    await expectAccessible(sw)
    expect(await sw.locator('h1').innerText()).toContain('Cara Waiting')
  }, 240_000)
})
