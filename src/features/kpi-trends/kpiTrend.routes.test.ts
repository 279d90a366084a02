/**
 * The trend and snapshot pages (issue 7 part 3): the chart with its accessible name, table and
 * summary; bad input refused with nothing written; the rebuild job and its progress page; access.
 */
import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, kpiSnapshots } from '../../db/schema/index.js'
import { fixedClock } from '../../domain/clock.js'
import { kpiById, kpiCatalogue } from '../../domain/kpis/index.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from '../performance/kpiFixture.js'
import { trendSummary } from './trendSummary.js'

describe.each(engines())('KPI trend pages on %s', (engine) => {
  let ctx: TestContext
  const written = async () => ({
    snapshots: (await ctx.database.db.select({ n: count() }).from(kpiSnapshots))[0]!.n,
    audit: (await ctx.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'kpi.snapshot')))[0]!.n,
  })

  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    await seedKpiFixture(ctx)
    await ctx.deps.services.kpiTrends.rebuild('2028-02', '2028-03')
  })
  afterAll(() => ctx.close())

  it('draws a KPI’s trend as an SVG with an accessible name, a table of the same numbers and a summary', async () => {
    const page = await (await appAs(ctx, 'team_manager')).get('/performance/ASSESS_45WD/trend?team=authority')
    expect(page.statusCode).toBe(200)
    expect(page.body).toMatch(/<svg [^>]*role="img"[^>]*>|<svg [^>]*aria-labelledby="trend-chart-title trend-chart-desc"/)
    expect(page.body).toContain('<title id="trend-chart-title">Assessments completed within 45 working days of referral, the whole authority, month by month</title>')
    const points = (await ctx.deps.services.kpiTrends.series(['ASSESS_45WD'], '2028-03')).get('ASSESS_45WD')!
    expect(points.map((p) => [p.month, p.value, p.numerator, p.denominator])).toEqual([['2028-02', null, 0, 0], ['2028-03', 50, 1, 2]])
    const summary = trendSummary(kpiById('ASSESS_45WD')!, points)
    expect(summary).toBe('50% in March 2028; target 85%')
    expect(page.body).toContain(`${summary}.`)
    // The table: month, value, numerator and cohort size, for each month charted.
    const table = page.body.slice(page.body.indexOf('Month by month'))
    expect(table).toMatch(/February 2028<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric">No data<\/td>\s*<td[^>]*>0<\/td>\s*<td[^>]*>0<\/td>/)
    expect(table).toMatch(/March 2028<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric">50%<\/td>\s*<td[^>]*>1<\/td>\s*<td[^>]*>2<\/td>/)
  })

  it('gives a team manager their team’s trends beside their team’s figures, and the director the authority’s', async () => {
    const teamId = ctx.fixtures.user.team_manager.teamId!
    const ids = kpiCatalogue.map((k) => k.id)
    const [team, authority] = await Promise.all([
      ctx.deps.services.kpiTrends.series(ids, '2028-03', 24, { breakdown: 'team', key: teamId }),
      ctx.deps.services.kpiTrends.series(ids, '2028-03'),
    ])
    const summaries = (series: typeof team) => kpiCatalogue.map((k) => trendSummary(k, series.get(k.id) ?? []))
    const differs = kpiCatalogue.map((k, i) => [k, summaries(team)[i]!, summaries(authority)[i]!] as const).filter(([, t, a]) => t !== a)
    expect(differs.length).toBeGreaterThan(0)
    const [kpi, teamSummary, authoritySummary] = differs[0]!
    const q = '/performance?period=quarter&ending=2028-03'
    const tm = (await (await appAs(ctx, 'team_manager')).get(q)).body
    expect(tm).toContain('Trends are your team’s monthly snapshots')
    const row = (body: string) => body.slice(body.indexOf(`href="/performance/${kpi.id}?`), body.indexOf(`href="/performance/${kpi.id}/trend"`))
    expect(row(tm)).toContain(teamSummary)
    expect(row(tm)).not.toContain(authoritySummary)
    const dcs = (await (await appAs(ctx, 'dcs')).get(q)).body
    expect(dcs).toContain('Trends are the whole authority’s monthly snapshots')
    expect(row(dcs)).toContain(authoritySummary)
  })

  it('shows a team manager their own team’s trend until they choose another', async () => {
    const tm = await appAs(ctx, 'team_manager')
    const team = (await ctx.deps.services.kpiTrends.teams()).find((t) => t.id === ctx.fixtures.user.team_manager.teamId)!
    const own = await tm.get('/performance/FD_CONTACTS/trend')
    expect(own.statusCode).toBe(200)
    expect(own.body).toContain(`${team.name}, April 2026 to March 2028`)
    expect(own.body).toMatch(new RegExp(`<option value="${team.id}" selected>`))
    const dcs = await (await appAs(ctx, 'dcs')).get('/performance/FD_CONTACTS/trend')
    expect(dcs.body).toContain('Whole authority, April 2026 to March 2028')
    expect(dcs.body).toContain('<option value="authority" selected>')
  })

  it('shows one team’s trend', async () => {
    const page = await (await appAs(ctx, 'dcs')).get(`/performance/FD_CONTACTS/trend?team=${ctx.fixtures.teams.frontDoor.id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Front Door, April 2026 to March 2028')
    expect(page.body).toContain('<title id="trend-chart-title">Contacts received, Front Door, month by month</title>')
  })

  it('refuses a bad team with a 400 and a clear message, and an unknown KPI with a 404', async () => {
    const dcs = await appAs(ctx, 'dcs')
    for (const team of ['nonsense', '11111111-1111-4111-8111-111111111111']) {
      const page = await dcs.get(`/performance/ASSESS_45WD/trend?team=${team}`)
      expect(page.statusCode, team).toBe(400)
      expect(page.body).toContain('There is a problem')
      expect(page.body).toContain('Choose a team from the list')
      expect(page.body).not.toContain('<svg')
    }
    for (const url of ['/performance/NOT_A_KPI/trend', '/performance/not-a-kpi/trend']) expect((await dcs.get(url)).statusCode, url).toBe(404)
  })

  it('lists the months held for the performance team, and is refused (403) to others', async () => {
    const page = await (await appAs(ctx, 'performance_analyst')).get('/performance/snapshots')
    expect(page.statusCode).toBe(200)
    expect(page.body).toMatch(/March 2028<\/td>\s*<td class="govuk-table__cell">Rebuilt from the event history/)
    expect(page.body).toContain('February 2028')
    expect((await (await appAs(ctx, 'admin')).get('/performance/snapshots')).statusCode).toBe(200)
    for (const role of ['social_worker', 'team_manager', 'dcs'] as const) {
      const client = await appAs(ctx, role)
      expect((await client.get('/performance/snapshots')).statusCode, role).toBe(403)
      expect((await client.post('/performance/snapshots/rebuild', { from: '2028-01', to: '2028-01' })).statusCode, role).toBe(403)
    }
  })

  it('refuses a bad rebuild range with the error summary and a 400, writing nothing', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const before = await written()
    const cases: [Record<string, string>, string][] = [
      [{ from: '2028-13', to: '2028-03' }, 'The first month must be a year and month, like 2025-04'],
      [{ from: '', to: '2028-03' }, 'Enter the first month'],
      [{ from: '2028-03', to: '2028-01' }, 'The first month must be the same as or before the last month'],
      [{ from: '2028-01', to: '2028-04' }, 'The last month must have ended: March 2028 or earlier'],
      [{ from: '2030-01', to: '2030-02' }, 'The first month must have ended'],
      [{ from: '2025-01', to: '2028-03' }, 'Rebuild at most 36 months at a time'],
      [{ from: '2009-12', to: '2010-01' }, 'January 2010 or later'],
      [{ from: '<script>', to: '=1+1' }, 'like 2025-04'],
    ]
    for (const [form, message] of cases) {
      const page = await analyst.post('/performance/snapshots/rebuild', form)
      expect(page.statusCode, JSON.stringify(form)).toBe(400)
      expect(page.body).toContain('There is a problem')
      expect(page.body).toContain(message)
    }
    expect(ctx.deps.services.kpiTrends.rebuildJobs()).toEqual([])
    expect(await written()).toEqual(before)
  })

  it('rebuilds a range as a background job with a progress page, audited under the analyst', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const started = await analyst.post('/performance/snapshots/rebuild', { from: '2027-12', to: '2028-01' })
    expect(started.statusCode).toBe(303)
    const url = String(started.headers.location)
    expect(url).toMatch(/^\/performance\/snapshots\/rebuilds\/[0-9a-f-]{36}$/)
    const running = await analyst.get(url)
    expect(running.statusCode).toBe(200)
    expect(running.body).toContain('Rebuild of December 2027 to January 2028')
    expect(running.body).toContain('<meta http-equiv="refresh" content="2">')
    const job = await ctx.deps.services.kpiTrends.waitForRebuild(url.split('/').pop()!)
    expect(job?.status).toBe('done')
    const done = await analyst.get(url)
    expect(done.body).toContain('Finished')
    expect(done.body).toContain('2 of 2 months done')
    expect(done.body).not.toContain('http-equiv="refresh"')
    const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.snapshot'))
    expect(audit.filter((a) => a.entityId === '2027-12' || a.entityId === '2028-01').map((a) => a.actorId)).toEqual([ctx.fixtures.user.performance_analyst.id, ctx.fixtures.user.performance_analyst.id])
    const list = await analyst.get('/performance/snapshots')
    expect(list.body).toContain('December 2027 to January 2028')
    expect(list.body).toContain('Test Performance analyst')
  })

  it('404s an unknown or malformed rebuild id', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    for (const id of ['11111111-1111-4111-8111-111111111111', 'nonsense']) expect((await analyst.get(`/performance/snapshots/rebuilds/${id}`)).statusCode, id).toBe(404)
  })
})
