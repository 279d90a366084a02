import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, placementCosts } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { forecastRepository } from './forecastRepository.js'
import { seedForecastFixture } from './forecastFixture.js'

const FROM = '2021-11-01'
const TO = '2026-10-31'

/** The flows SQL, the forecast page, the costs form, bad input and permissions (issue 7 part 5). */
describe.each(engines())('forecasting on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
    await seedForecastFixture(ctx)
  })
  afterAll(() => ctx.close())

  const flows = async (measure: Parameters<ReturnType<typeof forecastRepository>['flows']>[0]) => {
    const rows = await forecastRepository(ctx.database.db).flows(measure, FROM, TO)
    expect(rows).toHaveLength(60)
    expect(rows[0]!.month).toBe('2021-11')
    expect(rows.at(-1)!.month).toBe('2026-10')
    return Object.fromEntries(rows.map((r) => [r.month, r]))
  }
  const nonZero = (byMonth: Record<string, { entries: number; exits: number }>) =>
    Object.fromEntries(Object.entries(byMonth).filter(([, r]) => r.entries || r.exits).map(([m, r]) => [m, [r.entries, r.exits]]))

  it('counts contacts by the London month received, and referrals by referral date', async () => {
    expect(nonZero(await flows('contacts'))).toEqual({ '2026-08': [1, 0], '2026-10': [2, 0] })
    expect(nonZero(await flows('referrals'))).toEqual({ '2025-03': [1, 0], '2026-10': [2, 0] })
  })

  it('counts CP plans in and out each month, with the stock at each month end', async () => {
    const cp = await flows('cp')
    expect(nonZero(cp)).toEqual({ '2026-02': [1, 1], '2026-10': [1, 0] })
    expect(cp['2021-11']!.stock).toBe(1) // the plan begun in June 2021
    expect(cp['2026-02']!.stock).toBe(1)
    expect(cp['2026-10']!.stock).toBe(2)
  })

  it('counts periods of care: a stay ending on the last day of a month has left by its end', async () => {
    const cla = await flows('cla')
    expect(nonZero(cla)).toEqual({ '2022-03': [0, 1], '2024-01': [1, 0], '2024-02': [0, 1], '2026-10': [1, 0] })
    expect([cla['2022-02']!.stock, cla['2022-03']!.stock, cla['2024-01']!.stock, cla['2024-02']!.stock, cla['2026-10']!.stock]).toEqual([1, 0, 1, 0, 1])
  })

  it('counts care leavers from the adviser (or the record) to the end of the local offer', async () => {
    const cl = await flows('careLeavers')
    expect(nonZero(cl)).toEqual({ '2023-06': [1, 0], '2025-01': [1, 0], '2026-05': [0, 1] })
    expect([cl['2023-05']!.stock, cl['2023-06']!.stock, cl['2025-01']!.stock, cl['2026-05']!.stock, cl['2026-10']!.stock]).toEqual([0, 1, 2, 1, 1])
  })

  it('counts the placement mix and the staffing of teams of each kind', async () => {
    const repo = forecastRepository(ctx.database.db)
    expect(await repo.placementMix(TO)).toEqual({ U1: 1 })
    expect(await repo.staffing(['looked_after', 'child_protection'])).toEqual([{ service: 'looked_after', teams: 1, threshold: 15, funded: 2.5, fte: 1.5 }])
  })

  it('shows the forecast, staffing, cost and backtest tables to the director', async () => {
    const dcs = await appAs(ctx, 'dcs')
    const page = await dcs.get('/forecasts')
    expect(page.statusCode).toBe(200)
    const body = page.body
    expect(body).toContain('Contacts: not enough history to forecast')
    expect(body).toContain('Children on a child protection plan: 2 at the end of October 2026. Forecast')
    expect(body).toContain('Children looked after: forecast by month (at the month end)</caption>')
    expect(body).toContain('Caseload and staffing: workers needed at the caseload threshold</caption>')
    expect(body).toContain('Children looked after (threshold 15.0; 1 team, funded 2.5 FTE)')
    expect(body).toContain('Backtest: what the model would have said, against what happened</caption>')
    expect(body).toContain('October 2025 (12 months back)')
    expect(body).toContain('In 12 months (October 2027)')
    expect(body).not.toContain('In 24 months')
    expect(body).toMatch(/<svg class="cairn-forecast-chart"[^>]*role="img" aria-label="Chart: Children on a child protection plan: 2 at/)
    expect(body).toContain('No weekly placement costs have been entered')
    expect(body).toContain('href="/forecasts/costs"')
    const long = await dcs.get('/forecasts?horizon=36')
    expect(long.statusCode).toBe(200)
    expect(long.body).toContain('In 36 months (October 2029)')
    expect(long.body).toContain('October 2029</th>')
  })

  it('refuses a junk horizon with the error summary and a 400', async () => {
    const dcs = await appAs(ctx, 'dcs')
    for (const bad of ['?horizon=7', '?horizon=abc', '?horizon=<script>', '?horizon=12.0']) expect((await dcs.get(`/forecasts${bad}`)).statusCode, bad).toBe(400)
    // A repeated parameter: the first value is the one read.
    expect((await dcs.get('/forecasts?horizon=24&horizon=<script>')).statusCode).toBe(200)
    const page = await dcs.get('/forecasts?horizon=7')
    expect(page.body).toContain('There is a problem')
    expect(page.body).toContain('Choose how far ahead to forecast: 12, 24 or 36 months')
    expect(page.body).toContain('href="#horizon"')
  })

  it('enters, corrects and uses a weekly placement cost, with an audit row for each change', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const form = { placementType: 'U1', weeklyCost: '£700', 'effectiveFrom-day': '1', 'effectiveFrom-month': '1', 'effectiveFrom-year': '2026' }
    const saved = await analyst.post('/forecasts/costs', form)
    expect(saved.statusCode).toBe(303)
    expect(saved.headers.location).toBe('/forecasts/costs?saved=1')
    expect((await analyst.post('/forecasts/costs', { ...form, weeklyCost: '700.00' })).statusCode).toBe(303)
    const rows = await ctx.database.db.select().from(placementCosts)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ placementType: 'U1', weeklyCost: '700.00', effectiveFrom: '2026-01-01', updatedBy: ctx.fixtures.user.performance_analyst.id })
    const audit = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'placement_cost'), eq(auditEvents.entityId, rows[0]!.id)))
    expect(audit.map((a) => a.action).sort()).toEqual(['placementCost.create', 'placementCost.update'])
    const list = await analyst.get('/forecasts/costs?saved=1')
    expect(list.body).toContain('The weekly cost was saved.')
    expect(list.body).toContain('£700.00')
    // One child in care, in U1 at £700 a week: £700 now, £36,525 a year (700 × 365.25 ÷ 7).
    const page = await analyst.get('/forecasts')
    expect(page.body).toContain('£700</td>')
    expect(page.body).toContain('£36,525</td>')
  })

  it('refuses a bad cost with the error summary, keeping the input and saving nothing', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const before = (await ctx.database.db.select().from(placementCosts)).length
    const bad = await analyst.post('/forecasts/costs', { placementType: 'XX', weeklyCost: 'lots', 'effectiveFrom-day': '30', 'effectiveFrom-month': '2', 'effectiveFrom-year': '2027' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('There is a problem')
    expect(bad.body).toContain('Choose the placement type from the list')
    expect(bad.body).toContain('Enter the weekly cost in pounds, like 850 or 850.50')
    expect(bad.body).toContain('The date the cost takes effect must be a real date')
    expect(bad.body).toContain('value="lots"')
    const empty = await analyst.post('/forecasts/costs', {})
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('Enter the weekly cost')
    expect(empty.body).toContain('Enter the date the cost takes effect')
    expect((await ctx.database.db.select().from(placementCosts)).length).toBe(before)
  })

  it('answers junk in any field with a 400, never a 500, and saves nothing', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    const before = (await ctx.database.db.select().from(placementCosts)).length
    const nasty = ['', ' ', 'NaN', '-1', '99999999999999999999', '2026-02-30', "'; drop table children; --", '<script>alert(1)</script>', '=1+1', '%00', 'x'.repeat(5000)]
    for (const v of nasty) {
      expect((await analyst.get(`/forecasts?horizon=${encodeURIComponent(v)}&other=${encodeURIComponent(v)}`)).statusCode, v).toBe(v === '' || v === ' ' ? 200 : 400)
      const res = await analyst.post('/forecasts/costs', { placementType: v, weeklyCost: v, 'effectiveFrom-day': v, 'effectiveFrom-month': v, 'effectiveFrom-year': v })
      expect(res.statusCode, v).toBe(400)
    }
    expect((await ctx.database.db.select().from(placementCosts)).length).toBe(before)
  })

  it('lets only the roles with the actions in', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get('/forecasts')).statusCode).toBe(403)
    expect((await worker.get('/forecasts/costs')).statusCode).toBe(403)
    expect((await worker.post('/forecasts/costs', { placementType: 'U1', weeklyCost: '1', 'effectiveFrom-day': '1', 'effectiveFrom-month': '1', 'effectiveFrom-year': '2026' })).statusCode).toBe(403)
    const manager = await appAs(ctx, 'service_manager')
    expect((await manager.get('/forecasts')).statusCode).toBe(200)
    expect((await manager.get('/forecasts/costs')).statusCode).toBe(403)
    expect((await manager.get('/forecasts')).body).not.toContain('href="/forecasts/costs"')
  })
})
