import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents } from '../../db/schema/index.js'
import { fixedClock } from '../../domain/clock.js'
import { toActor } from '../auth/authService.js'
import { extractCensus } from '../../returns/cin-census/extract.js'
import { parseCensus } from '../../returns/cin-census/parse.js'
import { validateCensus } from '../../returns/cin-census/validate.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'

/** Mid-year 2025-26, a Wednesday: the casework below falls inside the 2025-26 collection. */
const now = '2025-11-26T10:00:00Z'
const day = '2025-11-26'

/** The fixture child's journey through the existing services: referral to CP plan (as test/casework.ts). */
async function seedCohort(ctx: TestContext) {
  const { frontDoor, assessments, childProtection, cpPlans } = ctx.deps.services
  const fd = toActor(ctx.fixtures.user.front_door)
  const sw = toActor(ctx.fixtures.user.social_worker)
  const childId = ctx.fixtures.child.own.id
  const contact = await frontDoor.recordContact(fd, { childId, source: '2A', reason: 'School', presentingConcerns: 'Injury', receivedAt: '', receivedAtInstant: new Date(`${day}T08:00:00Z`) })
  await frontDoor.decide(fd, contact.id, { version: 1, decision: 'STRATEGY', decisionReason: 'Significant harm', primaryNeed: 'N1' })
  const assessment = await assessments.create(sw, childId, { startDate: day, factors: ['3A', '4B'], outcome: 'STRATEGY' })
  await assessments.authorise(toActor(ctx.fixtures.user.team_manager), assessment.id, { version: 1, authorisedOn: day })
  const strategy = await childProtection.recordStrategy(sw, childId, { heldOn: day, agencies: ['POLICE'], decision: 'S47' })
  const s47 = await childProtection.startS47(sw, strategy.id, day)
  await childProtection.recordS47Outcome(sw, s47.id, 1, 'SUBSTANTIATED')
  const icpc = await childProtection.recordConference(sw, childId, { kind: 'ICPC', heldOn: day, chairId: ctx.fixtures.user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', confirmBankHoliday: false })
  await cpPlans.startPlan(sw, icpc.id, 'NEG')
  // A second child, in another team, with a referral only.
  const other = await frontDoor.recordContact(fd, { childId: ctx.fixtures.child.otherTeam.id, source: '6', reason: 'Police', presentingConcerns: 'Incident', receivedAt: '', receivedAtInstant: new Date(`${day}T08:30:00Z`) })
  await frontDoor.decide(fd, other.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N4' })
}

describe.each(engines())('CIN census return on %s', (engine) => {
  let ctx: TestContext
  let runId = ''
  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(now))
    await seedCohort(ctx)
  })
  afterAll(() => ctx.close())

  it('runs the 2025-26 export and validation as a background job, with progress then findings', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    expect((await analyst.get('/returns/cin-census')).statusCode).toBe(200)
    const posted = await analyst.post('/returns/cin-census/runs', { collectionYear: '2025-26' })
    expect(posted.statusCode).toBe(303)
    runId = /\/returns\/cin-census\/runs\/([0-9a-f-]{36})$/.exec(String(posted.headers.location))?.[1] ?? ''
    expect(runId).not.toBe('')
    const run = await ctx.deps.services.cinCensus.wait(runId)
    expect(run).toMatchObject({ status: 'done', stepsDone: 4, error: null })
    const page = await analyst.get(`/returns/cin-census/runs/${runId}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain('http-equiv="refresh"')
    expect(page.body).toContain('Findings by rule')
    // 2025-26 is checked against Cairn's adaptation of the DfE schema (schemas/README.md).
    expect(page.body).toMatch(/Schema \(XSD\)<\/dt><dd class="govuk-summary-list__value">\s*Valid/)
  })

  it('writes XML that parses back to the records read from the casework', async () => {
    const result = ctx.deps.services.cinCensus.run(toActor(ctx.fixtures.user.performance_analyst), runId).result!
    const parsed = parseCensus(result.xml)
    const extracted = await extractCensus(ctx.database.db, toActor(ctx.fixtures.user.performance_analyst), { collectionYear: '2025-26', laCode: '999', now: new Date(now) })
    expect(parsed).toEqual(extracted)
    expect(parsed.header).toMatchObject({ collection: 'CIN', year: '2026', referenceDate: '2026-03-31', lea: '999' })
    expect(parsed.children.map((c) => c.laChildId)).toEqual(['TESTCHILD1', 'TESTCHILD2'])
    const [own, other] = parsed.children
    expect(own).toMatchObject({ sex: 'F', genderCurrent: null, ethnicity: 'WBRI', birthDate: '2015-03-14', disabilities: ['NONE'] })
    expect(own?.episodes).toEqual([
      expect.objectContaining({
        referralDate: day, referralSource: '2A', primaryNeedCode: 'N1', closureDate: null, reasonForClosure: null, dateOfInitialCpc: null, referralNfa: 'false',
        assessments: [{ position: 1, startDate: day, internalReviewDate: null, authorisationDate: day, factors: ['3A', '4B'] }],
        section47s: [expect.objectContaining({ startDate: day, icpcDate: day, icpcNotRequired: 'false', icpcTarget: expect.stringMatching(/^2025-12-\d\d$/) })],
        cpPlans: [{ position: 1, startDate: day, endDate: null, initialCategory: 'NEG', latestCategory: 'NEG', numberOfPreviousCpp: '0', reviews: [] }],
      }),
    ])
    expect(other?.episodes[0]).toMatchObject({ referralSource: '6', primaryNeedCode: 'N4', assessments: [], section47s: [], cpPlans: [] })
    expect(result.findings).toEqual(validateCensus(parsed, { collectionYear: '2025-26', referenceDate: '2026-03-31' }))
    expect(result.childCount).toBe(2)
  })

  it('audits the run and the download', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const res = await analyst.get(`/returns/cin-census/runs/${runId}/download`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toBe('attachment; filename="CIN_Census_999_2026.xml"')
    expect(parseCensus(res.body).children).toHaveLength(2)
    const audit = (action: string) => ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, runId)))
    expect(await audit('return.cinCensus.run')).toEqual([expect.objectContaining({ kind: 'access', actorId: ctx.fixtures.user.performance_analyst.id })])
    expect(await audit('return.cinCensus.download')).toEqual([expect.objectContaining({ kind: 'access', detail: expect.objectContaining({ collectionYear: '2025-26', children: 2 }) })])
  })

  it('refuses a role without the action, and hides a run from anyone but its owner', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get('/returns/cin-census')).statusCode).toBe(403)
    expect((await worker.post('/returns/cin-census/runs', { collectionYear: '2025-26' })).statusCode).toBe(403)
    expect((await worker.get(`/returns/cin-census/runs/${runId}/download`)).statusCode).toBe(403)
    const manager = await appAs(ctx, 'service_manager')
    expect((await manager.get(`/returns/cin-census/runs/${runId}`)).statusCode).toBe(404)
    expect((await manager.post('/returns/cin-census/runs', { collectionYear: '2023-24' })).statusCode).toBe(422)
  })

  it('exports only the children in the actor’s scope, and an empty year cleanly', async () => {
    const { cinCensus } = ctx.deps.services
    const sw = toActor(ctx.fixtures.user.social_worker)
    const run = await cinCensus.start(sw, '2025-26')
    const done = await cinCensus.wait(run.id)
    expect(parseCensus(done!.result!.xml).children.map((c) => c.laChildId)).toEqual(['TESTCHILD1'])
    const empty = await cinCensus.wait((await cinCensus.start(sw, '2024-25')).id)
    expect(empty).toMatchObject({ status: 'done', result: expect.objectContaining({ childCount: 0 }) })
  })
})
