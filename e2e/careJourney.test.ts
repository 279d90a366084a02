import { eq } from 'drizzle-orm'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { children } from '../src/db/schema/index.js'
import { londonDateOf, type Clock } from '../src/domain/clock.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { launchBrowser } from './browser.js'
import { journeyPages } from './journey.js'

/**
 * Issue 5's journey in a real browser, with the clock moved on between steps: a child comes into
 * care → placement → a visit within a week → the first review within 20 working days → a missing
 * episode and a return home interview within 72 hours → a placement move with a reason → turning 18
 * and leaving care → a pathway plan and contact from the personal adviser. axe on every page.
 */
let now = new Date('2026-09-07T09:00:00Z')
const clock: Clock = { now: () => new Date(now), today: () => londonDateOf(now) }
const moveTo = (iso: string) => {
  now = new Date(iso)
}
// Sessions time out after idle minutes on the same clock, so each step after a move signs in afresh.

type Fill = { dates?: Record<string, string>; times?: Record<string, string>; text?: Record<string, string>; radios?: Record<string, string>; selects?: Record<string, string> }

/** Fills and submits the form posting to `action`, by field name within that form (a page may hold several). */
async function submitForm(page: Page, action: string, fill: Fill) {
  const form = page.locator(`form[action="${action}"]`)
  for (const [name, iso] of Object.entries(fill.dates ?? {})) {
    const [y, m, d] = iso.split('-')
    await form.locator(`[name="${name}-day"]`).fill(String(Number(d)))
    await form.locator(`[name="${name}-month"]`).fill(String(Number(m)))
    await form.locator(`[name="${name}-year"]`).fill(y!)
  }
  for (const [name, time] of Object.entries(fill.times ?? {})) await form.locator(`[name="${name}-time"]`).fill(time)
  for (const [name, value] of Object.entries(fill.text ?? {})) await form.locator(`[name="${name}"]`).fill(value)
  for (const [name, value] of Object.entries(fill.radios ?? {})) await form.locator(`input[name="${name}"][value="${value}"]`).check()
  for (const [name, value] of Object.entries(fill.selects ?? {})) await form.locator(`select[name="${name}"]`).selectOption(value)
  await form.locator('button.govuk-button').click()
}

describe('children in care journey in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  const { signInAs, landed, go } = journeyPages(() => browser, () => base)
  const child = () => ctx.fixtures.child.own

  beforeAll(async () => {
    ctx = await createTestContext('pglite', clock)
    // Seventeen and a half when care starts, so the journey reaches the 18th birthday (20 March 2027).
    await ctx.database.db.update(children).set({ dateOfBirth: '2009-03-20' }).where(eq(children.id, child().id))
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  it('records care from the start to leaving care, with each clock met on the way', async () => {
    const { social_worker: worker, iro, personal_adviser: adviser } = ctx.fixtures.user
    const id = child().id
    const care = `/children/${id}/care`

    // Monday 7 September 2026: accommodated under section 20 in foster care.
    let sw = await signInAs(worker.email)
    await go(sw, `${care}/start`, 'Start a period of care')
    await submitForm(sw, `${care}/start`, {
      dates: { startsOn: '2026-09-07' },
      selects: { legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1', prevPerm: 'Z1' },
      radios: { isMother: 'no' },
      text: { placementPostcode: 'LE2 3AB', homePostcode: 'LE4 5CD' },
    })
    await landed(sw, 'Children in care')
    await expect.poll(() => sw.locator('main').innerText()).toContain('U6')

    // Friday 11 September: the first visit, within a week of the placement (CPPCR 2010 reg 28(2)(a)).
    moveTo('2026-09-11T15:00:00Z')
    sw = await signInAs(worker.email)
    await go(sw, `${care}/visits`, 'Record a visit to a child in care')
    await submitForm(sw, `${care}/visits`, { dates: { visitedOn: '2026-09-11' }, radios: { childSeen: 'yes', seenAlone: 'yes' }, text: { notes: 'Settling in; wants to see her brother at weekends.' } })
    await landed(sw, 'Children in care')
    const afterVisit = await sw.locator('main').innerText()
    expect(afterVisit).toContain('11 September 2026')

    // The IRO is allocated and holds the first review on Friday 2 October, within 20 working days (reg 33).
    moveTo('2026-10-02T14:00:00Z')
    const reviews = `/children/${id}/care-reviews`
    const io = await signInAs(iro.email)
    await go(io, `${reviews}/iro`, 'The IRO, reviews')
    await submitForm(io, `${reviews}/iro`, { selects: { iroId: iro.id }, dates: { startDate: '2026-09-08' } })
    await landed(io, 'The IRO, reviews')
    await submitForm(io, `${reviews}/reviews`, { dates: { heldOn: '2026-10-02' }, radios: { participation: 'PN1' }, text: { recommendations: 'Plan endorsed; family time twice a month.' } })
    await landed(io, 'The IRO, reviews')
    await go(io, reviews, 'Care plans and reviews')
    expect(await io.locator('main').innerText()).toContain('2 October 2026')

    // Missing overnight on 14–15 October; the return home interview is offered the next morning (DfE 2014, para 46).
    moveTo('2026-10-16T10:00:00Z')
    sw = await signInAs(worker.email)
    const missing = `/children/${id}/missing`
    await go(sw, missing, 'Missing, return interviews')
    await submitForm(sw, `${missing}/episodes`, { radios: { kind: 'M' }, dates: { startedAt: '2026-10-14', endedAt: '2026-10-15' }, times: { startedAt: '21:00', endedAt: '23:00' }, text: { whereFound: 'With friends in the city centre' } })
    // Recording the episode opens it, with the forms for its return and its interview.
    await landed(sw, 'Missing episode')
    const interview = await sw.locator(`form[action^="${missing}/interview"]`).getAttribute('action')
    await submitForm(sw, interview!, { dates: { offeredAt: '2026-10-16', heldOn: '2026-10-16' }, times: { offeredAt: '09:00' }, radios: { response: 'ACCEPTED' }, text: { findings: 'Went to meet older friends; safety plan agreed with carers.' } })
    await landed(sw, 'Missing episode')
    expect(await sw.locator('main').innerText()).toMatch(/Accepted/)

    // Monday 2 November: the carers ask for the placement to end; the move is recorded with the reason.
    moveTo('2026-11-02T12:00:00Z')
    sw = await signInAs(worker.email)
    await go(sw, `${care}/placement`, 'Move placement')
    await submitForm(sw, `${care}/placement`, { dates: { startsOn: '2026-11-02' }, selects: { placementType: 'K2', placementProvider: 'PR4', reasonPlaceChange: 'CREQB' }, radios: { sameCarers: 'no' }, text: { urn: 'SC123456', placementPostcode: 'LE3 9QP' } })
    await landed(sw, 'Children in care')
    expect(await sw.locator('main').innerText()).toContain('K2')

    // Monday 22 March 2027: she turned 18 on Saturday and left care for supported accommodation (E5).
    moveTo('2027-03-22T10:00:00Z')
    sw = await signInAs(worker.email)
    await go(sw, `${care}/end`, 'End care')
    await submitForm(sw, `${care}/end`, { dates: { endedOn: '2027-03-20' }, selects: { reasonCeased: 'E5' } })
    await landed(sw, 'Children in care')
    const leaver = `/children/${id}/care-leaver`
    await go(sw, leaver, 'Care leaver')
    await submitForm(sw, leaver, { radios: { eligibility: 'FORMER_RELEVANT', stayingPut: 'no', apprenticeship: 'no' } })
    await landed(sw, 'Care leaver')
    await submitForm(sw, `${leaver}/pa`, { selects: { paId: adviser.id }, dates: { paStartDate: '2027-03-22' } })
    await landed(sw, 'Care leaver')

    // The personal adviser now sees her, starts the pathway plan and records a face-to-face visit.
    moveTo('2027-03-24T11:00:00Z')
    const pa = await signInAs(adviser.email)
    await go(pa, leaver, 'Care leaver')
    await submitForm(pa, `${leaver}/pathway-plan`, { dates: { planStartDate: '2027-03-24' }, text: { wishesAndFeelings: 'Wants to start college in September.', identity: 'Attends her church on Sundays.' } })
    await landed(pa, 'Care leaver')
    await submitForm(pa, `${leaver}/contacts`, { dates: { contactedOn: '2027-03-24' }, radios: { kind: 'VISIT', faceToFace: 'yes' }, text: { notes: 'Visited at her new flat; college application started.' } })
    await landed(pa, 'Care leaver')
    const page = await pa.locator('main').innerText()
    expect(page).toContain('24 March 2027')
    expect(page).toMatch(/Pathway plan/i)
  }, 240_000)
})
