import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, children } from '../../db/schema/index.js'
import { fixedClock } from '../../domain/clock.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { rowOf } from '../kpi-settings/scorecardTestKit.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from './kpiFixture.js'

const q = '?period=quarter&ending=2028-03'

/** The scorecard, drill-down and CSV pages: access, bad input, scope, audit and CSV escaping. */
describe.each(engines())('performance pages on %s', (engine) => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    const { X1 } = await seedKpiFixture(ctx)
    await ctx.database.db.update(children).set({ firstName: '=HYPERLINK("x")' }).where(eq(children.id, X1))
  })
  afterAll(() => ctx.close())

  it('shows every KPI with value, cohort, target RAG and benchmark, by team and by worker', async () => {
    const dcs = await appAs(ctx, 'dcs')
    const page = await dcs.get(`/performance${q}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Quarter 4 of 2027-28')
    expect(page.body).toContain('Assessments completed within 45 working days of referral')
    expect(page.body).toContain('1 of 2') // ASSESS_45WD: the cohort beside the rate
    expect(page.body).toContain('Off target')
    expect(page.body).toContain('81% (2024-25)') // CP_ICPC_15WD England benchmark
    expect(page.body).toContain('50% (1 of 2)') // ASSESS_45WD: the rate with its cohort beside it
    const assess = rowOf(page.body, 'ASSESS_45WD')
    expect(assess).toContain('85%') // the catalogue target
    expect(assess.match(/<td class="govuk-table__cell">absent<\/td>/g)).toHaveLength(2) // England and statistical neighbours, neither published
    expect(assess).toContain('href="/performance/ASSESS_45WD/trend"')
    expect(assess).toContain('action="/performance/ASSESS_45WD/pin"')
    expect(page.body).toContain('href="/performance/export.csv?period=quarter&amp;ending=2028-03&amp;breakdown=authority"')
    expect(page.body).toContain('href="/performance/export.xlsx?period=quarter&amp;ending=2028-03&amp;breakdown=authority"')
    expect(page.body).toContain('href="/performance/dashboard"')
    expect(page.body).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Front door</caption>')
    const byTeam = await dcs.get(`/performance${q}&breakdown=team`)
    expect(byTeam.body).toContain('Assessment Team B')
    expect(byTeam.body).toMatch(/href="\/performance\/FD_CONTACTS\?period=quarter&amp;ending=2028-03&amp;team=[0-9a-f-]{36}"/)
    expect((await dcs.get(`/performance${q}&breakdown=worker`)).body).toContain(ctx.fixtures.user.other_worker.displayName)
  })

  it('refuses a bad period with the error summary and a 400', async () => {
    const dcs = await appAs(ctx, 'dcs')
    for (const bad of ['?period=fortnight', '?ending=2028-13', '?ending=2099-01', '?breakdown=street']) {
      const page = await dcs.get(`/performance${bad}`)
      expect(page.statusCode, bad).toBe(400)
      expect(page.body).toContain('There is a problem')
    }
    const drill = await dcs.get('/performance/ASSESS_45WD?period=fortnight')
    expect(drill.statusCode).toBe(400)
    expect(drill.body).toContain('Choose a period')
    expect((await dcs.get('/performance/ASSESS_45WD/export.csv?ending=nonsense')).statusCode).toBe(400)
    for (const [bad, message] of [['page=0', 'The page must be 1 or more'], ['page=two', 'The page must be a whole number'], ['page=7', 'There is no page 7: this list has 1 page']]) {
      const paged = await dcs.get(`/performance/ASSESS_45WD${q}&${bad}`)
      expect(paged.statusCode, bad).toBe(400)
      expect(paged.body, bad).toContain(message)
    }
    // A refused page is not an access to the children behind the KPI.
    expect(await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'kpi.drillDown'), eq(auditEvents.actorId, ctx.fixtures.user.dcs.id)))).toEqual([])
  })

  it('404s an unknown KPI', async () => {
    const dcs = await appAs(ctx, 'dcs')
    for (const url of ['/performance/NOT_A_KPI', '/performance/not-a-kpi', '/performance/NOT_A_KPI/export.csv']) expect((await dcs.get(url)).statusCode, url).toBe(404)
  })

  it('lists the children behind a KPI, audited; a team manager never sees a child out of scope', async () => {
    const tm = await appAs(ctx, 'team_manager')
    const page = await tm.get(`/performance/FD_CONTACTS${q}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Amira Testcase')
    expect(page.body).toContain('Restricted record TESTCHILD4')
    expect(page.body).not.toContain('Ben Otherteam')
    expect(page.body).not.toContain('Longplan')
    const audit = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'kpi.drillDown'), eq(auditEvents.actorId, ctx.fixtures.user.team_manager.id)))
    expect(audit).toEqual([expect.objectContaining({ kind: 'access', entityType: 'kpi', entityId: 'FD_CONTACTS', detail: expect.objectContaining({ from: '2028-01-01', to: '2028-03-31', children: 5 }) })])
  })

  it('exports a drill-down as CSV with formula injection escaped, audited as an export', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const csv = await analyst.get(`/performance/FD_CONTACTS/export.csv${q}`)
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['content-disposition']).toContain('kpi-fd_contacts-2028-01-01-2028-03-31.csv')
    expect(csv.body.split('\r\n')[0]).toContain('KPI,Period from,Period to,Child ID')
    expect(csv.body).toContain(`"'=HYPERLINK(""x"") Oneplan"`)
    expect(csv.body.trim().split('\r\n')).toHaveLength(8)
    const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.export'))
    expect(audit).toHaveLength(1)
  })

  it('is refused (403) to roles without the scorecard', async () => {
    for (const role of ['social_worker', 'front_door', 'personal_adviser', 'data_protection', 'admin'] as const) expect((await (await appAs(ctx, role)).get('/performance')).statusCode, role).toBe(403)
  })
})
