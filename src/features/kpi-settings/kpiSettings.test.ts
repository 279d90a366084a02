import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, kpiPins, kpiSettings } from '../../db/schema/index.js'
import { fixedClock } from '../../domain/clock.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from '../performance/kpiFixture.js'
import { rowOf } from './scorecardTestKit.js'

const q = '?period=quarter&ending=2028-03'
const blank = { target: '', englandValue: '', englandYear: '', neighboursValue: '', neighboursYear: '', note: '' }

/**
 * Targets and benchmarks set by the performance team (issue 7 part 1) and the personal dashboard
 * (part 3). ASSESS_45WD is 50% (1 of 2) in the fixture's quarter against a catalogue target of 85%.
 */
describe.each(engines())('KPI settings and pins on %s', (engine) => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    await seedKpiFixture(ctx)
  })
  afterAll(() => ctx.close())

  it('lists every KPI with its target and benchmarks in force, for the analyst only', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const page = await analyst.get('/performance/settings')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('href="/performance/ASSESS_45WD/settings"')
    expect(page.body).toContain('81% (2024-25)') // CP_ICPC_15WD's catalogue England figure
    expect(page.body).not.toContain('govuk-tag--blue') // nothing set by the team yet
    for (const role of ['social_worker', 'team_manager', 'dcs'] as const) {
      const client = await appAs(ctx, role)
      expect((await client.get('/performance/settings')).statusCode, role).toBe(403)
      expect((await client.get('/performance/ASSESS_45WD/settings')).statusCode, role).toBe(403)
      expect((await client.post('/performance/ASSESS_45WD/settings', { ...blank, target: '10', version: '0' })).statusCode, role).toBe(403)
    }
    expect(await ctx.database.db.select().from(kpiSettings)).toEqual([])
  })

  it('refuses bad figures with the error summary and a 400, saving nothing', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const cases: [Record<string, string>, string][] = [
      [{ target: '-1' }, 'The target must be 0 or more'],
      [{ target: 'lots' }, 'The target must be a number'],
      [{ target: '101' }, 'cannot be more than 100'],
      [{ englandValue: '80' }, 'Enter the year of the England benchmark'],
      [{ englandValue: '80', englandYear: '2024-26' }, 'must look like 2024-25 or 2024'],
      [{ neighboursValue: '80', neighboursYear: '24-25' }, 'must look like 2024-25 or 2024'],
      [{ neighboursYear: '2024-25' }, 'Enter the statistical neighbours benchmark, or leave its year blank too'],
      [{ target: '1e5' }, 'The target must be a number'],
      [{ target: '99999999999999999999' }, 'must be 1,000,000 or less'],
      [{ note: 'x'.repeat(501) }, 'The reason must be 500 characters or fewer'],
      [{ version: 'stale' }, 'The form is out of date'],
    ]
    for (const [fields, message] of cases) {
      const res = await analyst.post('/performance/ASSESS_45WD/settings', { ...blank, version: '0', ...fields })
      expect(res.statusCode, JSON.stringify(fields)).toBe(400)
      expect(res.body).toContain('There is a problem')
      expect(res.body).toContain(message)
    }
    // A days KPI has no 100 ceiling.
    expect((await analyst.post('/performance/ASSESS_AVG_WD_REFERRAL/settings', { ...blank, target: '150', version: '0' })).statusCode).toBe(302)
    expect((await analyst.post('/performance/NOT_A_KPI/settings', { ...blank, version: '0' })).statusCode).toBe(404)
    expect((await ctx.database.db.select().from(kpiSettings)).map((r) => r.kpiId)).toEqual(['ASSESS_AVG_WD_REFERRAL'])
  })

  it('changes the RAG on the scorecard, drill-down and CSV when the target is edited, audited with before and after', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const before = rowOf((await analyst.get(`/performance${q}`)).body, 'ASSESS_45WD')
    expect(before).toContain('Off target')
    expect(before).toContain('85%')

    const form = await analyst.get('/performance/ASSESS_45WD/settings')
    expect(form.body).toContain('name="version" value="0"')
    const saved = await analyst.post('/performance/ASSESS_45WD/settings', { ...blank, target: '50', englandValue: '72.5', englandYear: '2024-25', neighboursValue: '70', neighboursYear: '2023', note: 'Board agreed an interim target', version: '0' })
    expect(saved.statusCode).toBe(302)
    expect(saved.headers.location).toBe('/performance/settings?saved=ASSESS_45WD')

    const after = rowOf((await analyst.get(`/performance${q}`)).body, 'ASSESS_45WD')
    expect(after).toContain('On target')
    expect(after).toContain('72.5% (2024-25)')
    expect(after).toContain('70% (2023)')
    const drill = await analyst.get(`/performance/ASSESS_45WD${q}`)
    expect(drill.body).toContain('On target')
    expect(drill.body).toContain('72.5% (2024-25)')
    const csv = (await analyst.get(`/performance/export.csv${q}&breakdown=authority`)).body
    expect(csv.split('\r\n').find((l) => l.includes(',ASSESS_45WD,'))).toMatch(/,50,green,72\.5,2024-25,70,2023$/)
    const list = await analyst.get('/performance/settings?saved=ASSESS_45WD')
    expect(list.body).toContain('Saved the target and benchmarks for Assessments completed within 45 working days of referral')
    expect(list.body).toContain('govuk-tag--blue')

    const audit = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'kpi.settings'), eq(auditEvents.entityId, 'ASSESS_45WD')))
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ kind: 'write', entityType: 'kpi', actorId: ctx.fixtures.user.performance_analyst.id })
    expect(audit[0]!.changes).toEqual({
      target: { from: null, to: 50 }, englandValue: { from: null, to: 72.5 }, englandYear: { from: null, to: '2024-25' },
      neighboursValue: { from: null, to: 70 }, neighboursYear: { from: null, to: '2023' }, note: { from: null, to: 'Board agreed an interim target' },
    })
  })

  it('shows a stale version as a conflict and saves nothing; blank goes back to the catalogue default', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const [row] = await ctx.database.db.select().from(kpiSettings).where(eq(kpiSettings.kpiId, 'ASSESS_45WD'))
    expect(row!.version).toBe(1)
    const auditCount = async () => (await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.settings'))).length
    const audits = await auditCount()
    for (const version of ['0', '7']) {
      const stale = await analyst.post('/performance/ASSESS_45WD/settings', { ...blank, target: '99', version })
      expect(stale.statusCode, version).toBe(409)
      expect(stale.body).toContain('Someone else changed these settings')
      expect(stale.body).toContain('name="version" value="1"') // the form now carries the saved version
    }
    const [unchanged] = await ctx.database.db.select().from(kpiSettings).where(eq(kpiSettings.kpiId, 'ASSESS_45WD'))
    expect(unchanged).toMatchObject({ target: 50, version: 1 })
    expect(await auditCount()).toBe(audits)

    expect((await analyst.post('/performance/ASSESS_45WD/settings', { ...blank, version: '1' })).statusCode).toBe(302)
    const back = rowOf((await analyst.get(`/performance${q}`)).body, 'ASSESS_45WD')
    expect(back).toContain('Off target')
    expect(back).toContain('85%')
    const [reset] = await ctx.database.db.select().from(kpiSettings).where(eq(kpiSettings.kpiId, 'ASSESS_45WD'))
    expect(reset).toMatchObject({ target: null, englandValue: null, version: 2 })
    expect(await auditCount()).toBe(audits + 1)
    const [last] = (await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.settings'))).filter((a) => a.entityId === 'ASSESS_45WD').slice(-1)
    expect(last!.changes).toMatchObject({ target: { from: 50, to: null }, englandValue: { from: 72.5, to: null } })
  })

  it('pins and unpins KPIs on a personal dashboard, audited; an unknown KPI is a 404', async () => {
    const tm = await appAs(ctx, 'team_manager')
    const empty = await tm.get('/performance/dashboard')
    expect(empty.statusCode).toBe(200)
    expect(empty.body).toContain('You have not pinned any KPIs yet')

    const pinned = await tm.post('/performance/ASSESS_45WD/pin', { returnTo: `/performance${q}` })
    expect(pinned.statusCode).toBe(302)
    expect(pinned.headers.location).toBe(`/performance${q}`)
    expect((await tm.post('/performance/CP_ICPC_15WD/pin', { returnTo: 'https://elsewhere.example/' })).headers.location).toBe('/performance/dashboard')
    expect((await tm.post('/performance/CP_ICPC_15WD/pin')).statusCode).toBe(302) // twice: still one pin

    const dash = await tm.get(`/performance/dashboard${q}`)
    expect(dash.statusCode).toBe(200)
    const assess = rowOf(dash.body, 'ASSESS_45WD')
    expect(assess).toContain('50% (1 of 2)')
    expect(assess).toContain('Off target')
    expect(assess).toContain('action="/performance/ASSESS_45WD/unpin"')
    expect(assess).toContain('href="/performance/ASSESS_45WD/trend"')
    expect(rowOf(dash.body, 'CP_ICPC_15WD')).toContain('81% (2024-25)')
    expect(dash.body).not.toContain('/performance/FD_CONTACTS?')
    // Another user's dashboard is their own.
    expect((await (await appAs(ctx, 'dcs')).get('/performance/dashboard')).body).toContain('You have not pinned any KPIs yet')
    // The scorecard offers to unpin what is pinned.
    expect(rowOf((await tm.get(`/performance${q}`)).body, 'ASSESS_45WD')).toContain('action="/performance/ASSESS_45WD/unpin"')

    expect((await tm.post('/performance/ASSESS_45WD/unpin', { returnTo: '/performance/dashboard' })).headers.location).toBe('/performance/dashboard')
    expect((await ctx.database.db.select().from(kpiPins).where(eq(kpiPins.userId, ctx.fixtures.user.team_manager.id))).map((p) => p.kpiId)).toEqual(['CP_ICPC_15WD'])
    const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, ctx.fixtures.user.team_manager.id))
    expect(audit.filter((a) => a.action === 'kpi.pin')).toHaveLength(2)
    expect(audit.filter((a) => a.action === 'kpi.unpin')).toHaveLength(1)

    for (const url of ['/performance/NOT_A_KPI/pin', '/performance/NOT_A_KPI/unpin', '/performance/lower/pin']) expect((await tm.post(url)).statusCode, url).toBe(404)
    expect((await (await appAs(ctx, 'social_worker')).post('/performance/ASSESS_45WD/pin')).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'social_worker')).get('/performance/dashboard')).statusCode).toBe(403)
  })
})
