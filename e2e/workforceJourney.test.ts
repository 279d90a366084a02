import { and, eq } from 'drizzle-orm'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseAudits } from '../src/db/schema/index.js'
import { fixedClock } from '../src/domain/clock.js'
import { toActor } from '../src/features/auth/authService.js'
import { createTestContext, type TestContext } from '../test/harness.js'
import { launchBrowser } from './browser.js'
import { journeyPages } from './journey.js'

/**
 * Issue 6's journey in a real browser, as far as it is built: a manager allocates a child from the
 * team's queue → the worker sees the child in My work → the manager records supervision with a case
 * decision → the decision is on the child's chronology → a QA officer audits the case → the worker
 * completes the audit's action → the improvement-plan action turns green. axe on every page visited.
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

  it('audits the case, completes the audit action, and turns the improvement-plan action green', async () => {
    const { social_worker: worker, qa_officer: qa, service_manager: head } = ctx.fixtures.user
    const services = ctx.deps.services
    // The QA team's template and this month's sample of team A's open cases (every one of them).
    const template = await services.caseAudits.createTemplate(toActor(qa), { name: 'Practice audit', questions: [{ id: 'q1', text: 'Is the child’s voice evident in the assessment?', scale: 'GRADE' }] })
    await services.caseAudits.createProgramme(toActor(qa), { name: 'November sample', kind: 'RANDOM', templateId: template.id, month: '2026-11', seed: 7, criteria: { population: 'OPEN', teamId: ctx.fixtures.teams.teamA.id, sizeKind: 'PERCENT', sizeValue: 100 } })
    const [audit] = await ctx.database.db.select().from(caseAudits).where(and(eq(caseAudits.childId, child().id)))
    expect(audit).toBeDefined()
    // The board's recommendation and its action, linked to the assessment KPI, start amber.
    const recommendation = await services.improvement.addRecommendation(toActor(head), { reference: 'R1', text: 'Assessments are timely and the child’s voice is evident.', source: 'Ofsted ILACS 2026' })
    const action = await services.improvement.addAction(toActor(head), recommendation.id, { action: 'Monthly audit of assessment quality', ownerId: head.id, dueOn: '2027-03-31', rag: 'AMBER', kpiIds: ['ASSESS_45WD'] })

    // The QA officer finds the case on their audit list and audits it.
    const qo = await signInAs(qa.email)
    await go(qo, '/case-audits', 'audit')
    await qo.click(`a[href="/case-audits/${audit!.id}"]`)
    await qo.waitForURL(`**/case-audits/${audit!.id}`)
    await landed(qo, 'Case audit')
    await qo.check('input[name="answers.q1"][value="GOOD"]')
    await qo.check('input[name="grade"][value="GOOD"]')
    await qo.fill('#findings', 'The child’s wishes are recorded; the plan needs measurable outcomes.')
    await qo.fill('[name="actions.0.action"]', 'Rewrite the plan’s outcomes as measurable steps')
    await qo.selectOption('[name="actions.0.ownerId"]', worker.id)
    await fillDate(qo, 'actions.0.dueOn', '2026-12-02')
    await qo.click('button:has-text("Save the audit")')
    await landed(qo, 'audit')
    const [saved] = await ctx.database.db.select().from(caseAudits).where(eq(caseAudits.id, audit!.id))
    expect(saved).toMatchObject({ status: 'COMPLETED', grade: 'GOOD', auditorId: qa.id })

    const sw = await signInAs(worker.email)
    await go(sw, `/case-audits/${audit!.id}`, 'audit')
    expect(await sw.locator('body').innerText()).toContain('measurable outcomes')
    await sw.click('button:has-text("Mark as done")')
    await landed(sw, 'audit')
    expect(await sw.locator('button:has-text("Mark as done")').count()).toBe(0)

    const board = await signInAs(head.email)
    await go(board, `/improvement-plan/actions/${action.id}`, 'Action under R1')
    await board.check('input[name="rag"][value="GREEN"]')
    await board.fill('#evidence', 'Audit programme running; first audit graded good.')
    await board.click('button:has-text("Save action")')
    await go(board, '/improvement-plan/report', 'board report')
    const row = board.locator('tr', { hasText: 'Monthly audit of assessment quality' })
    expect(await row.innerText()).toMatch(/GREEN|Green/)
  }, 240_000)
})
