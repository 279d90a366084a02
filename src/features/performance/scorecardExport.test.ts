import ExcelJS from 'exceljs'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, children, teams } from '../../db/schema/index.js'
import { fixedClock } from '../../domain/clock.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from './kpiFixture.js'
import { csvHeader } from './performancePresenters.js'
import { scorecardColumns } from './scorecardExport.js'

const q = '?period=quarter&ending=2028-03'
const evil = "=cmd|' /C calc'!A0"

async function readBook(body: Buffer, sheet = 'Scorecard') {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(body as unknown as ArrayBuffer)
  const ws = book.getWorksheet(sheet)!
  const rows: unknown[][] = []
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

/** The scorecard as CSV and xlsx (issue 7 part 3): the same figures, formula injection escaped, audited. */
describe.each(engines())('scorecard exports on %s', (engine) => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    const { X1 } = await seedKpiFixture(ctx)
    await ctx.database.db.update(children).set({ firstName: evil }).where(eq(children.id, X1))
    // A name that a spreadsheet would run as a formula if it were written as it is.
    await ctx.database.db.update(teams).set({ name: evil }).where(eq(teams.id, ctx.fixtures.teams.teamB.id))
  })
  afterAll(() => ctx.close())

  it('downloads the scorecard as CSV with every KPI, its cohort, target, RAG and benchmarks', async () => {
    const dcs = await appAs(ctx, 'dcs')
    const res = await dcs.get(`/performance/export.csv${q}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    expect(res.headers['content-disposition']).toContain('kpi-scorecard-authority-2028-01-01-2028-03-31.csv')
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe(scorecardColumns.join(','))
    expect(lines.find((l) => l.includes(',ASSESS_45WD,'))).toBe('Assessments,ASSESS_45WD,Assessments completed within 45 working days of referral,authority,Whole authority,2028-01-01,2028-03-31,percent,50,1,2,85,red,absent,,absent,')
    expect(lines.find((l) => l.includes(',CP_ICPC_15WD,'))).toMatch(/,81,2024-25,/)
  })

  it('escapes a formula-like team name in the CSV by team', async () => {
    const res = await (await appAs(ctx, 'dcs')).get(`/performance/export.csv${q}&breakdown=team`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(`,'${evil},`)
    expect(res.body).not.toMatch(/,=cmd/)
  })

  it('downloads the same rows as an xlsx workbook whose text cells are not formulas', async () => {
    const dcs = await appAs(ctx, 'dcs')
    const res = await dcs.get(`/performance/export.xlsx${q}&breakdown=team`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    expect(res.headers['content-disposition']).toContain('kpi-scorecard-team-2028-01-01-2028-03-31.xlsx')
    const rows = await readBook(res.rawPayload)
    expect(rows[0]).toEqual(scorecardColumns)
    const groups = rows.slice(1).map((r) => r[4])
    expect(groups).toContain(`'${evil}`)
    expect(groups.some((g) => typeof g === 'string' && g.startsWith('='))).toBe(false)
    // No cell anywhere is a formula, and figures stay numbers.
    expect(rows.flat().some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false)
    const assess = rows.find((r) => r[1] === 'ASSESS_45WD' && r[4] === 'Assessment Team A')
    expect(assess).toBeDefined()
    expect(typeof assess![8]).toBe('number')

    const csv = (await dcs.get(`/performance/export.csv${q}&breakdown=team`)).body.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(rows.length).toBe(csv.length)
  })

  it('downloads a drill-down as xlsx with a formula-like child name escaped, audited as an export', async () => {
    const tm = await appAs(ctx, 'team_manager')
    const res = await tm.get(`/performance/FD_CONTACTS/export.xlsx${q}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toContain('kpi-fd_contacts-2028-01-01-2028-03-31.xlsx')
    const rows = await readBook(res.rawPayload, 'Children')
    expect(rows[0]).toEqual(csvHeader)
    const names = rows.slice(1).map((r) => r[4])
    expect(names).toContain(`'${evil} Oneplan`)
    expect(names.some((n) => typeof n === 'string' && /^[=+@-]/.test(n))).toBe(false)
    expect(names).not.toContain('Ben Otherteam') // the team manager's scope, as on the page
    expect(rows).toHaveLength(6) // header and the five children in the team's scope, as the page lists
    const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.export'))
    expect(audit).toEqual([expect.objectContaining({ kind: 'access', entityId: 'FD_CONTACTS', detail: expect.objectContaining({ format: 'xlsx', children: 5 }) })])
  })

  it('audits each download as an export and refuses a bad period with a 400', async () => {
    const analyst = await appAs(ctx, 'performance_analyst')
    expect((await analyst.get(`/performance/export.xlsx${q}`)).statusCode).toBe(200)
    const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.scorecardExport'))
    expect(audit.length).toBe(5)
    expect(audit.find((a) => a.actorId === ctx.fixtures.user.performance_analyst.id)).toMatchObject({ kind: 'access', entityType: 'kpi_scorecard', detail: expect.objectContaining({ format: 'xlsx', from: '2028-01-01', to: '2028-03-31', breakdown: 'authority' }) })
    for (const url of ['/performance/export.csv?period=fortnight', '/performance/export.xlsx?ending=2099-01', '/performance/export.csv?breakdown=street']) {
      const res = await analyst.get(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.body).toMatch(/Choose|must|cannot/)
    }
    expect((await (await appAs(ctx, 'social_worker')).get('/performance/export.csv')).statusCode).toBe(403)
  })
})
