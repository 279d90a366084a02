import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../src/domain/clock.js'
import { readFixture } from '../src/returns/cin-census/fixtures.js'
import { fixturePassword } from '../test/fixtures.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { expectAccessible, launchBrowser } from './browser.js'

/**
 * The CIN census import in a real browser: a hostile file is refused with the error summary, then
 * the DfE fake census is imported and its report shown. axe on every state. (The form is a plain
 * file input and a POST, so it needs no JavaScript; axe itself runs as a script in the page.)
 */
describe('CIN census import upload in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  let dir: string

  beforeAll(async () => {
    ctx = await createTestContext('pglite', systemClock)
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
    dir = mkdtempSync(path.join(tmpdir(), 'cairn-e2e-'))
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  async function signedIn(): Promise<Page> {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${base}/sign-in`)
    await page.fill('#email', ctx.fixtures.user.performance_analyst.email)
    await page.fill('#password', fixturePassword)
    await page.click('button:has-text("Sign in")')
    return page
  }

  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text)
    return path.join(dir, name)
  }

  it('refuses a hostile file with an error summary, then imports the fake census', async () => {
    const xml = readFixture('fake_data/fake_CIN_data.xml')
    const page = await signedIn()
    await page.goto(`${base}/returns/cin-census`)
    await page.click('a:has-text("Import a CIN census file")')
    await expectAccessible(page)

    await page.setInputFiles('#file', file('hostile.xml', xml.replace('<Message>', '<!DOCTYPE Message>\n<Message>')))
    await page.click('button:has-text("Check and import")')
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('DOCTYPE or ENTITY')
    expect(await page.title()).toMatch(/^Error: /)
    await expectAccessible(page)

    await page.setInputFiles('#file', file('census.xml', xml))
    await page.click('button:has-text("Check and import")')
    expect(await page.locator('h1').textContent()).toContain('CIN census 2021-22 imported')
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('332 created')
    await expectAccessible(page)
  }, 120_000)
})
