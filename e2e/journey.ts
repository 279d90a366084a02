import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { fixturePassword } from '../test/fixtures.js'
import { expectAccessible } from './browser.js'

/** What every browser journey does: sign in, land on pages checked with axe, fill GOV.UK date inputs. */
export function journeyPages(browser: () => Browser, base: () => string) {
  /** Every page a journey reaches passes axe, and a page that refused the input shows no error summary unnoticed. */
  async function landed(page: Page, title: string) {
    await expect.poll(() => page.title()).toContain(title)
    expect(await page.locator('.govuk-error-summary').count(), `error summary on ${page.url()}`).toBe(0)
    await expectAccessible(page)
  }
  return {
    landed,
    async signInAs(email: string): Promise<Page> {
      const page = await (await browser().newContext()).newPage()
      await page.goto(`${base()}/sign-in`)
      await expectAccessible(page)
      await page.fill('#email', email)
      await page.fill('#password', fixturePassword)
      await page.click('button:has-text("Sign in")')
      await landed(page, 'My work')
      return page
    },
    async go(page: Page, path: string, title: string) {
      await page.goto(`${base()}${path}`)
      await landed(page, title)
    },
    async fillDate(page: Page, name: string, iso: string) {
      const [y, m, d] = iso.split('-')
      // By attribute: field names such as actions.0.dueOn are not valid in an #id selector.
      await page.fill(`[id="${name}-day"]`, String(Number(d)))
      await page.fill(`[id="${name}-month"]`, String(Number(m)))
      await page.fill(`[id="${name}-year"]`, y!)
    },
  }
}
