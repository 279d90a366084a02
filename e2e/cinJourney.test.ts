import { eq } from 'drizzle-orm'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cinEpisodes, referrals } from '../src/db/schema/index.js'
import { fixedClock } from '../src/domain/clock.js'
import { toActor } from '../src/features/auth/authService.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { launchBrowser } from './browser.js'
import { journeyPages } from './journey.js'

/**
 * The statutory CIN/CP journey in a real browser (issue 4, "Tests that must exist"): referral →
 * assessment (recorded by the social worker, authorised by the team manager) → strategy discussion →
 * s47 → ICPC → CP plan → RCPC → step-down to CIN (asked for, authorised) → closure (asked for, signed
 * off). The clock is fixed at Wednesday 1 July 2026 and every date is a working day in England, so
 * weekends and bank holidays never move the expected dates. axe runs on every page visited.
 */
const now = '2026-07-01T09:00:00Z'
const dates = {
  referral: '2026-02-02', // Monday
  assessmentStart: '2026-02-03',
  childSeen: '2026-02-04',
  authorised: '2026-02-20', // 14 working days after the referral: within 45
  strategy: '2026-02-23', // Monday
  icpc: '2026-03-12', // Thursday, 13 working days after the strategy discussion
  rcpc: '2026-06-04', // Thursday, within 3 months of the ICPC
  stepDown: '2026-06-05',
  closure: '2026-06-26',
}

describe('CIN and child protection journey in Chromium', () => {
  let ctx: TestContext
  let browser: Browser
  let base: string
  const childId = () => ctx.fixtures.child.own.id

  beforeAll(async () => {
    ctx = await createTestContext('pglite', fixedClock(now))
    // The referral comes through the front door (covered by frontDoorJourney), dated back to the journey's start.
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await ctx.deps.services.frontDoor.recordContact(fd, { childId: childId(), source: '2A', reason: 'School', presentingConcerns: 'Child disclosed violence at home', receivedAt: '', receivedAtInstant: new Date(`${dates.referral}T09:00:00Z`) })
    const { referral } = await ctx.deps.services.frontDoor.decide(fd, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    await ctx.database.db.update(referrals).set({ referralDate: dates.referral }).where(eq(referrals.id, referral!.id))
    await ctx.database.db.update(cinEpisodes).set({ startDate: dates.referral }).where(eq(cinEpisodes.id, referral!.cinEpisodeId))
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  const { signInAs, landed, go, fillDate } = journeyPages(() => browser, () => base)
  const summaryValue = (page: Page, key: string) => page.locator('.govuk-summary-list__row', { has: page.locator('.govuk-summary-list__key', { hasText: key }) }).locator('.govuk-summary-list__value').innerText()

  it('takes a child from referral to a signed-off closure, checking the dates on the way', async () => {
    const sw = await signInAs(ctx.fixtures.user.social_worker.email)
    const tm = await signInAs(ctx.fixtures.user.team_manager.email)
    const overview = `/children/${childId()}/child-protection`

    // Assessment: the social worker records it, finding domestic abuse (3A); the manager authorises it.
    await go(sw, overview, 'Child protection and assessments')
    await sw.click('a:has-text("Record an assessment")')
    await landed(sw, 'Record an assessment')
    await fillDate(sw, 'startDate', dates.assessmentStart)
    await fillDate(sw, 'childSeenOn', dates.childSeen)
    await fillDate(sw, 'childSeenAloneOn', dates.childSeen)
    await sw.check('input[name="factors"][value="3A"]')
    await sw.check('input[name="outcome"][value="STRATEGY"]')
    await sw.fill('#nextStep', 'Strategy discussion with police and health')
    await sw.click('button:has-text("Save assessment")')
    await landed(sw, 'Child and family assessment')
    const assessmentUrl = new URL(sw.url()).pathname

    await go(tm, assessmentUrl, 'Child and family assessment')
    await fillDate(tm, 'authorisedOn', dates.authorised)
    await tm.click('button:has-text("Authorise assessment")')
    await landed(tm, 'Child and family assessment')
    await go(sw, overview, 'Child protection and assessments')
    expect(await sw.locator('table', { hasText: '45 working days' }).innerText()).toContain('20 February 2026')

    // Strategy discussion and s47: the ICPC target is 15 working days after the strategy discussion.
    await sw.click('a:has-text("Record a strategy discussion")')
    await landed(sw, 'Record a strategy discussion')
    await fillDate(sw, 'heldOn', dates.strategy)
    await sw.check('input[name="agencies"][value="POLICE"]')
    await sw.check('input[name="agencies"][value="HEALTH"]')
    await sw.check('input[name="agencies"][value="EDUCATION"]')
    await sw.check('input[name="decision"][value="S47"]')
    await sw.click('button:has-text("Save strategy discussion")')
    await landed(sw, 'Strategy discussion')
    await fillDate(sw, 'startDate', dates.strategy)
    await sw.click('button:has-text("Start the enquiry")')
    await landed(sw, 'Section 47 enquiry')
    expect(await summaryValue(sw, 'ICPC target')).toBe('16 March 2026')
    await sw.check('input[name="outcome"][value="SUBSTANTIATED"]')
    await sw.click('button:has-text("Save outcome")')
    await landed(sw, 'Section 47 enquiry')

    // ICPC, inside the target, then the CP plan from it.
    await go(sw, `/children/${childId()}/conferences/new`, 'Record a conference')
    await sw.check('input[name="kind"][value="ICPC"]')
    await fillDate(sw, 'heldOn', dates.icpc)
    await sw.selectOption('#chairId', ctx.fixtures.user.iro.id)
    await sw.fill('#attendance', 'Mother, school, health visitor, police')
    await sw.fill('#childViews', 'Wants the shouting to stop and to stay with mum')
    await sw.fill('#viewsGatheredHow', 'Seen alone at school using a three houses tool')
    await sw.click('button:has-text("Save conference")')
    await landed(sw, 'Child protection conference')
    await sw.check('input[name="initialCategory"][value="EMO"]')
    await sw.click('button:has-text("Start the plan")')
    await landed(sw, 'Child protection plan')
    const cpPlanUrl = new URL(sw.url()).pathname
    expect(await summaryValue(sw, 'Start date')).toBe('12 March 2026')
    // The first review conference is due within 3 months of the ICPC.
    expect(await summaryValue(sw, 'Next review conference')).toContain('Due 12 June 2026')
    // Domestic abuse was found: the plan is incomplete until it has the safety plan and the parents' history.
    expect(await summaryValue(sw, 'Completeness')).toContain('the domestic abuse safety plan')
    await sw.fill('#safetyPlan', 'Mother and child stay with grandmother if father returns; police marker on the address')
    await sw.fill('#parentsHistory', 'Mother experienced abuse as a child; father’s own history is not yet known')
    await sw.click('button:has-text("Save changes")')
    await landed(sw, 'Child protection plan')
    expect(await summaryValue(sw, 'Completeness')).toBe('Complete')
    await go(sw, overview, 'Child protection and assessments')
    expect(await sw.locator('table', { hasText: 'ICPC target' }).innerText()).toContain('16 March 2026 (held 12 March 2026)')

    // The first review conference, in time; the next is due within 6 months.
    await go(sw, `/children/${childId()}/conferences/new`, 'Record a conference')
    await sw.check('input[name="kind"][value="RCPC"]')
    await fillDate(sw, 'heldOn', dates.rcpc)
    await sw.selectOption('#chairId', ctx.fixtures.user.iro.id)
    await sw.fill('#attendance', 'Mother, school, health visitor')
    await sw.fill('#childViews', 'Home is calmer; wants to keep seeing dad at the contact centre')
    await sw.fill('#viewsGatheredHow', 'Seen alone at home')
    await sw.click('button:has-text("Save conference")')
    await landed(sw, 'Child protection conference')
    await go(sw, cpPlanUrl, 'Child protection plan')
    expect(await summaryValue(sw, 'Next review conference')).toContain('Due 4 December 2026')

    // Step-down to a CIN plan: the worker asks, the manager authorises from Team work.
    await sw.click('a:has-text("Ask to step down to a child in need plan")')
    await landed(sw, 'Ask to step down')
    await sw.fill('#rationale', 'Risk reduced: father has left, mother engaging with the domestic abuse service')
    await sw.click('button:has-text("Ask a manager to authorise")')
    await landed(sw, 'Step-down to a child in need plan')
    await go(tm, '/team-work', 'Team')
    await tm.click('a[href^="/step-downs/"]')
    await landed(tm, 'Step-down to a child in need plan')
    await fillDate(tm, 'endDate', dates.stepDown)
    await tm.click('button:has-text("Authorise the step-down")')
    await landed(tm, 'Child in need plan')
    const cinPlanUrl = new URL(tm.url()).pathname
    expect(await summaryValue(tm, 'Started')).toBe('5 June 2026')
    await go(sw, cpPlanUrl, 'Child protection plan')
    expect(await summaryValue(sw, 'Ended')).toContain('5 June 2026')

    // Needs met: the worker ends the CIN plan, then asks for closure; the manager signs it off.
    await go(sw, cinPlanUrl, 'Child in need plan')
    await sw.fill('#wishesAndFeelings', 'Happy at home and at school')
    await sw.fill('#identity', 'Proud of her Irish family; goes to Mass with her grandmother')
    await sw.fill('#safetyPlan', 'Mother knows how to call the police and the refuge; school alerted')
    await sw.fill('#parentsHistory', 'Mother experienced abuse as a child and is in counselling')
    await fillDate(sw, 'endDate', dates.closure)
    await sw.fill('#endReason', 'Needs met; no further involvement needed')
    await sw.click('button:has-text("Save changes")')
    await landed(sw, 'Child in need plan')
    await go(sw, overview, 'Child protection and assessments')
    await sw.click('a:has-text("Ask to close the episode")')
    await landed(sw, 'Ask to close the child-in-need episode')
    await fillDate(sw, 'closedOn', dates.closure)
    await sw.check('input[name="reason"][value="RC7"]')
    await sw.fill('#note', 'Needs met through universal services; family agree')
    await sw.click('button:has-text("Ask a manager to sign off")')
    await landed(sw, 'Closure of the child-in-need episode')
    expect(await summaryValue(sw, 'Decision')).toContain('Awaiting')
    expect(await sw.locator('button:has-text("Sign off the closure")').count()).toBe(0)

    await go(tm, '/team-work', 'Team')
    await tm.click('a[href^="/closure-requests/"]')
    await landed(tm, 'Closure of the child-in-need episode')
    expect(await summaryValue(tm, 'Closure date')).toBe('26 June 2026')
    await tm.click('button:has-text("Sign off the closure")')
    await landed(tm, 'Child protection and assessments')
    expect(await summaryValue(tm, 'Child-in-need episode')).toBe('No open episode')
    expect(await tm.locator('table', { hasText: 'Rationale' }).innerText()).toContain('26 June 2026')
    expect(await tm.locator('table', { hasText: 'Decision' }).last().innerText()).toContain('Signed off')
  }, 300_000)
})
