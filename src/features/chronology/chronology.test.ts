import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { caseworkIds } from '../../../test/casework.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'

const note = (occurredAt: string, summary: string, significant: boolean) => ({ kind: 'HOME_VISIT' as const, occurredAt: new Date(occurredAt), childSeen: true, seenAlone: false, summary, significant })

/** The child's chronology: every source in one dated list, filtered, exported and audited. */
describe.each(engines())('the chronology on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  let client: Client
  const url = (q = '') => `/children/${childId}/chronology${q}`
  const audits = async (action: string) => ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.childId, childId), eq(auditEvents.action, action)))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
    const sw = toActor(ctx.fixtures.user.social_worker)
    const { plan } = await caseworkIds(ctx)
    await ctx.deps.services.caseNotes.record(sw, childId, note('2026-10-01T09:00:00Z', 'Early home visit note', false))
    await ctx.deps.services.caseNotes.record(sw, childId, note('2026-11-20T15:30:00Z', 'Disclosure at school', true))
    await ctx.deps.services.protectiveOrders.record(sw, childId, { kind: 'POLICE_PROTECTION', startedAt: new Date('2026-11-10T22:00:00Z'), endedAt: new Date('2026-11-11T12:00:00Z'), reason: 'Found alone at night' })
    await ctx.deps.services.coreGroups.record(sw, plan, { heldOn: '2026-11-25', attendance: 'Mother, school', summary: 'First core group' })
    await ctx.deps.services.earlyHelp.record(sw, childId, { startDate: '2026-06-01', leadPractitioner: 'School: designated safeguarding lead', completedOn: '2026-07-10', outcome: 'STEP_UP' })
    client = await appAs(ctx, 'social_worker')
  })
  afterAll(() => ctx.close())

  it('lists every kind of event in date order, and viewing it is audited', async () => {
    const res = await client.get(url())
    expect(res.statusCode).toBe(200)
    const order = ['Early help assessment started', 'Early help assessment completed: Referred to children’s social care (stepped up)', 'Early home visit note', 'Police protection (s46) started', 'Disclosure at school', 'Contact received', 'Assessment started', 'Child in need plan started', 'Strategy discussion', 'Section 47 enquiry started', 'Initial child protection conference', 'Child protection plan started', 'First core group', 'Step-down to a child in need plan requested', 'Allocated to a named worker']
    for (const text of order) expect(res.body, text).toContain(text)
    expect(res.body).toContain('Led by School: designated safeguarding lead')
    const positions = order.slice(0, 6).map((t) => res.body.indexOf(t))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(await audits('chronology.view')).toHaveLength(1)
  })

  it('filters by date, type and significance from the query string', async () => {
    const since = await client.get(url('?from-day=1&from-month=11&from-year=2026&types=caseNote'))
    expect(since.body).toContain('Disclosure at school')
    expect(since.body).not.toContain('Early home visit note')
    expect(since.body).not.toContain('Contact received')
    const significant = await client.get(url('?significant=yes'))
    expect(significant.body).toContain('Disclosure at school')
    expect(significant.body).toContain('Strategy discussion')
    expect(significant.body).not.toContain('Early home visit note')
    expect(significant.body).not.toContain('Assessment started')
  })

  it('a bad filter is a 400 with the error summary and the input kept', async () => {
    const res = await client.get(url('?from-day=31&from-month=2&from-year=2026&types=nonsense'))
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('govuk-error-summary')
    expect(res.body).toContain('Enter the from date as a real date')
    expect(res.body).toContain('value="31"')
    const backwards = await client.get(url('?from-day=2&from-month=11&from-year=2026&to-day=1&to-month=11&to-year=2026'))
    expect(backwards.statusCode).toBe(400)
    expect(backwards.body).toContain('The to date must be the same as or after the from date')
    expect((await client.get(`/children/${childId}/chronology/download?from-day=99`)).statusCode).toBe(400)
  })

  it('downloads a self-contained HTML file for the court, audited as an export', async () => {
    const res = await client.get(`/children/${childId}/chronology/download?significant=yes`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toBe('attachment; filename="chronology-TESTCHILD1.html"')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.body).toContain('<style>')
    expect(res.body).toContain('@media print')
    expect(res.body).not.toMatch(/<link|<script|src="/)
    expect(res.body).toContain('Significant events only')
    expect(await audits('chronology.export')).toEqual([expect.objectContaining({ kind: 'access', detail: expect.objectContaining({ format: 'html', significantOnly: true }) })])
  })

  it('has a print view with a print stylesheet, also audited as an export', async () => {
    const res = await client.get(`/children/${childId}/chronology/print`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('/public/chronology.css')
    expect(res.body).toContain('Print command')
    expect((await audits('chronology.export')).map((a) => (a.detail as { format: string }).format).sort()).toEqual(['html', 'print'])
  })

  it('a child out of scope is a 404; a role without the export action gets 403 on the exports', async () => {
    expect((await client.get(`/children/${ctx.fixtures.child.otherTeam.id}/chronology`)).statusCode).toBe(404)
    const qa = await appAs(ctx, 'qa_officer')
    expect((await qa.get(url())).statusCode).toBe(200)
    expect((await qa.get(`/children/${childId}/chronology/download`)).statusCode).toBe(403)
  })
})
