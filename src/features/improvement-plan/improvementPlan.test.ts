import { and, eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, improvementActions, improvementRecommendations } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { actionColumns } from './improvementXlsx.js'

/** The improvement plan and its board report (issue 6 part 6; Leicestershire 2016 made 17 recommendations). */
describe.each(engines())('improvement plan on %s', (engine) => {
  let ctx: TestContext
  let manager: Client
  let recommendationId: string
  const injected = '=HYPERLINK("http://example.invalid","x")'
  const actionForm = (over: Record<string, string> = {}) => ({
    action: injected, ownerId: ctx.fixtures.user.team_manager.id, 'dueOn-day': '31', 'dueOn-month': '10', 'dueOn-year': '2026', rag: 'AMBER', evidence: '+ audit results', kpiIds: 'assess_45wd', ...over,
  })
  const actions = () => ctx.database.db.select().from(improvementActions)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    manager = await appAs(ctx, 'service_manager')
  })
  afterAll(() => ctx.close())

  it('records a recommendation and an action linked to a KPI, both audited', async () => {
    const created = await manager.post('/improvement-plan', { reference: 'r1', text: 'Ensure assessments are completed within 45 working days', source: 'Ofsted ILACS 2026' })
    expect(created.statusCode).toBe(302)
    const [rec] = await ctx.database.db.select().from(improvementRecommendations).where(eq(improvementRecommendations.reference, 'R1'))
    recommendationId = rec!.id
    expect(created.headers.location).toBe(`/improvement-plan/recommendations/${recommendationId}`)
    expect((await manager.post(`/improvement-plan/recommendations/${recommendationId}/actions`, actionForm())).statusCode).toBe(302)
    expect(await actions()).toEqual([expect.objectContaining({ recommendationId, kpiIds: ['ASSESS_45WD'], rag: 'AMBER', dueOn: '2026-10-31', version: 1 })])
    const audited = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'improvement_action'))
    expect(audited.map((a) => a.action)).toEqual(['improvement.action.create'])
    const page = await manager.get(`/improvement-plan/recommendations/${recommendationId}`)
    expect(page.body).toContain('ASSESS_45WD')
    expect(page.body).toContain('Amber (overdue)')
  })

  it('refuses an unknown KPI or a duplicate reference with a clear message, and saves nothing', async () => {
    const bad = await manager.post(`/improvement-plan/recommendations/${recommendationId}/actions`, actionForm({ kpiIds: 'ASSESS_45WD, NOT_A_KPI' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('NOT_A_KPI is not a KPI in the catalogue')
    expect(await actions()).toHaveLength(1)
    const duplicate = await manager.post('/improvement-plan', { reference: 'R1', text: 'Again', source: 'Ofsted ILACS 2026' })
    expect(duplicate.statusCode).toBe(422)
    expect(duplicate.body).toContain('Recommendation R1 already exists')
  })

  it('a stale edit is a 409; the report shows the action turning GREEN and no longer overdue', async () => {
    const before = await manager.get('/improvement-plan/report')
    expect(before.statusCode).toBe(200)
    expect(before.body).toContain('Amber: overdue')
    expect(before.body).toContain('Assessments completed within 45 working days of referral')
    const [action] = await actions()
    const edit = (version: string, rag: string) => manager.post(`/improvement-plan/actions/${action!.id}`, actionForm({ version, rag, evidence: 'Audit shows 92% in time' }))
    expect((await edit('1', 'GREEN')).statusCode).toBe(302)
    const stale = await edit('1', 'RED')
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this action')
    expect((await actions())[0]).toMatchObject({ rag: 'GREEN', version: 2 })
    const after = await manager.get('/improvement-plan/report')
    expect(after.body).not.toContain('Amber: overdue')
    expect(after.body).toContain('No action is past its due date without being green')
    expect(after.body).toMatch(/govuk-tag--green">Green</)
    const exports = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'improvement.export'), eq(auditEvents.kind, 'access')))
    expect(exports).toHaveLength(2)
  })

  it('the xlsx opens with an Actions and a KPIs sheet, and formula-like text is escaped', async () => {
    const res = await manager.get('/improvement-plan/report/xlsx')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toContain('.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Actions', 'KPIs'])
    const values = (sheet: string, row: number) => (book.getWorksheet(sheet)!.getRow(row).values as unknown[]).slice(1)
    expect(values('Actions', 1)).toEqual(actionColumns)
    expect(values('Actions', 2)).toEqual(expect.arrayContaining(['R1', `'${injected}`, 'Green', 'No']))
    expect(values('KPIs', 1).slice(0, 3)).toEqual(['KPI ID', 'KPI', 'Target'])
    expect(values('KPIs', 1)).toHaveLength(11)
    expect(values('KPIs', 2)[0]).toBe('ASSESS_45WD')
  })

  it('the HTML download stands alone; viewers may read but not record; others are refused', async () => {
    const download = await manager.get('/improvement-plan/report/download')
    expect(download.headers['content-disposition']).toContain('attachment')
    expect(download.body).toContain('<style>')
    expect(download.body).not.toContain('/public/')
    const qa = await appAs(ctx, 'qa_officer')
    expect((await qa.get('/improvement-plan')).statusCode).toBe(200)
    expect((await qa.post('/improvement-plan', { reference: 'R2', text: 'x', source: 'y' })).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'social_worker')).get('/improvement-plan/report')).statusCode).toBe(403)
  })
})
