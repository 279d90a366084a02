import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../src/domain/clock.js'
import { toActor } from '../src/features/auth/authService.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { launchBrowser } from './browser.js'
import { journeyPages } from './journey.js'

/**
 * Issue 6's journey in a real browser, as far as it is built: a manager allocates a child from the
 * team's queue → the worker sees the child in My work → the manager records supervision with a case
 * decision → the decision is on the child's chronology. axe on every page visited.
 */
const now = '2026-11-18T10:00:00Z' // Wednesday
const today = '2026-11-18'

describe('allocation and supervision journey in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  const { signInAs, landed, go, fillDate } = journeyPages(() => browser, () => base)
  const child = () => ctx.fixtures.child.unallocated

  beforeAll(async () => {
    ctx = await createTestContext('pglite', fixedClock(now))
    // The referral that puts the child in the queue comes through the front door (frontDoorJourney covers it).
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await ctx.deps.services.frontDoor.recordContact(fd, { childId: child().id, source: '2A', reason: 'School', presentingConcerns: 'Repeated absence and hunger', receivedAt: '', receivedAtInstant: new Date('2026-11-16T09:00:00Z') })
    await ctx.deps.services.frontDoor.decide(fd, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  it('allocates from the queue, shows the child in My work, and puts the supervision decision on the chronology', async () => {
    const { social_worker: worker, team_manager: manager } = ctx.fixtures.user
    const tm = await signInAs(manager.email)
    await go(tm, '/allocation', 'Allocation queue')
    await tm.check(`input[name="childIds"][value="${child().id}"]`)
    await tm.selectOption('#teamId', ctx.fixtures.teams.teamA.id)
    await tm.selectOption('#workerId', worker.id)
    await tm.fill('#reason', 'Capacity in team A; the worker knows the school')
    await tm.click('button:has-text("Allocate the children ticked")')
    await expect.poll(() => tm.url()).toContain('allocated=1')
    await landed(tm, 'Allocation queue')
    expect(await tm.locator(`input[name="childIds"][value="${child().id}"]`).count()).toBe(0)

    const sw = await signInAs(worker.email)
    await go(sw, '/my-work', 'My work')
    await expect.poll(() => sw.locator(`a[href="/children/${child().id}"]`).count()).toBeGreaterThan(0)

    await go(tm, `/supervision/workers/${worker.id}/sessions/new`, 'Record a supervision session')
    await fillDate(tm, 'heldOn', today)
    await tm.fill('#reflectiveDiscussion', 'Workload manageable; reflected on engaging a reluctant father.')
    const field = (f: string) => `[name="cases.${child().id}.${f}"]`
    await tm.fill(field('discussion'), 'Assessment under way; school reports continued hunger.')
    const decision = 'Complete home visit this week and seek the school nurse view before day 10.'
    await tm.fill(field('decisions'), decision)
    await tm.click('button:has-text("Save supervision")')
    await landed(tm, worker.displayName)

    await go(sw, `/children/${child().id}/chronology`, 'Chronology')
    expect(await sw.locator('body').innerText()).toContain(decision)
  }, 240_000)
})
