import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, earlyHelpAssessments } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/** A GOV.UK date input as posted. */
const date = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-')
  return { [`${name}-day`]: d!, [`${name}-month`]: m!, [`${name}-year`]: y! }
}
const newForm = (over: Record<string, string> = {}) => ({ ...date('startDate', '2026-11-02'), leadPractitioner: 'Oakfield Primary School: designated safeguarding lead', ...over })

/** Early help assessments on the child's record: recorded, completed with a version check, audited and scoped. Today is 25 November 2026. */
describe.each(engines())('early help assessments on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const rows = () => ctx.database.db.select().from(earlyHelpAssessments).where(eq(earlyHelpAssessments.childId, childId))
  const audits = (action: string) => ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.childId, childId), eq(auditEvents.action, action)))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('the child’s page renders with nothing recorded, and the child page links to it', async () => {
    const client = await appAs(ctx, 'social_worker')
    const page = await client.get(`/children/${childId}/early-help`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('No early help assessments recorded.')
    // Looking at a child's early help is an access to their record, and audited as one.
    expect(await audits('earlyHelp.view')).toEqual([expect.objectContaining({ kind: 'access', actorId: ctx.fixtures.user.social_worker.id, entityType: 'child' })])
    expect((await client.get(`/children/${childId}`)).body).toContain(`href="/children/${childId}/early-help"`)
  })

  it('a front door worker records an assessment following the child’s early help contact, and an audit row records it', async () => {
    const fd = toActor(ctx.fixtures.user.front_door)
    const contact = await ctx.deps.services.frontDoor.recordContact(fd, { childId, source: '2A', reason: 'School', presentingConcerns: 'Attendance and neglect worries', receivedAt: '', receivedAtInstant: new Date('2026-10-30T10:00:00Z') })
    await ctx.deps.services.frontDoor.decide(fd, contact.id, { version: 1, decision: 'EARLY_HELP', decisionReason: 'Family consent to early help' })
    const client = await appAs(ctx, 'front_door')
    expect((await client.get(`/children/${childId}/early-help`)).body).toContain(`value="${contact.id}"`)
    const res = await client.post(`/children/${childId}/early-help`, newForm({ contactId: contact.id }))
    expect(res.statusCode).toBe(302)
    const [row] = await rows()
    expect(row).toMatchObject({ contactId: contact.id, startDate: '2026-11-02', completedOn: null, outcome: null, version: 1, createdBy: fd.id })
    expect(res.headers.location).toBe(`/children/${childId}/early-help?assessment=${row!.id}`)
    const [audit] = await audits('earlyHelp.create')
    expect(audit).toMatchObject({ entityType: 'early_help_assessment', entityId: row!.id })
    expect((await client.get(res.headers.location as string)).body).toContain('Oakfield Primary School')
  })

  it('bad input is shown again with the input kept and nothing saved (422)', async () => {
    const client = await appAs(ctx, 'social_worker')
    const before = (await rows()).length
    const cases = [
      [newForm({ leadPractitioner: '' }), 'Enter the lead practitioner'],
      [newForm(date('startDate', '2026-12-01')), 'must be today or in the past'],
      [newForm({ ...date('completedOn', '2026-11-01'), outcome: 'SUPPORT_PLAN' }), 'cannot be completed before it started'],
      [newForm(date('completedOn', '2026-11-20')), 'Select the outcome of the completed assessment'],
      [newForm({ outcome: 'MAYBE' }), 'Select the outcome'],
      [newForm({ contactId: ctx.fixtures.child.own.id }), 'Choose one of this child’s contacts'],
    ] as const
    for (const [form, message] of cases) {
      const res = await client.post(`/children/${childId}/early-help`, form)
      expect(res.statusCode, message).toBe(422)
      expect(res.body).toContain(message)
      if (form.leadPractitioner) expect(res.body).toContain('Oakfield Primary School')
    }
    expect((await rows()).length).toBe(before)
    expect(await audits('earlyHelp.create')).toHaveLength(before)
  })

  it('completing with the outcome bumps the version; a stale completion is a conflict and changes nothing', async () => {
    const [open] = await rows()
    const worker = await appAs(ctx, 'social_worker')
    const manager = await appAs(ctx, 'team_manager')
    const url = `/children/${childId}/early-help/complete?assessment=${open!.id}`
    expect((await manager.post(url, { version: '1', ...date('completedOn', '2026-11-20'), outcome: 'SUPPORT_PLAN' })).statusCode).toBe(302)
    const stale = await worker.post(url, { version: '1', ...date('completedOn', '2026-11-21'), outcome: 'DECLINED' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this early help assessment')
    const early = await worker.post(url, { version: '2', ...date('completedOn', '2026-10-01'), outcome: 'DECLINED' })
    expect(early.statusCode).toBe(422)
    expect(early.body).toContain('cannot be completed before it started')
    const [after] = await rows()
    expect(after).toMatchObject({ completedOn: '2026-11-20', outcome: 'SUPPORT_PLAN', version: 2 })
    const [audit] = await audits('earlyHelp.complete')
    expect(audit).toMatchObject({ kind: 'write', entityId: open!.id, changes: { completedOn: { from: null, to: '2026-11-20' }, outcome: { from: null, to: 'SUPPORT_PLAN' } } })
    expect(await audits('earlyHelp.complete')).toHaveLength(1)
  })

  it('a child out of scope is a 404 on every route and nothing is written', async () => {
    const other = ctx.fixtures.child.otherTeam.id
    const sw = toActor(ctx.fixtures.user.social_worker)
    await expect(ctx.deps.services.earlyHelp.forChild(sw, other)).rejects.toMatchObject({ status: 404 })
    const client = await appAs(ctx, 'social_worker')
    expect((await client.get(`/children/${other}/early-help`)).statusCode).toBe(404)
    expect((await client.post(`/children/${other}/early-help`, newForm())).statusCode).toBe(404)
    const [mine] = await rows()
    // Another child's id with this child's assessment: not found, not completed.
    expect((await client.get(`/children/${other}/early-help?assessment=${mine!.id}`)).statusCode).toBe(404)
    expect((await client.post(`/children/${other}/early-help/complete?assessment=${mine!.id}`, { version: '2', ...date('completedOn', '2026-11-24'), outcome: 'DECLINED' })).statusCode).toBe(404)
    expect((await rows()).find((r) => r.id === mine!.id)).toMatchObject({ outcome: 'SUPPORT_PLAN', version: 2 })
    const done = await ctx.database.db.select().from(earlyHelpAssessments).where(eq(earlyHelpAssessments.childId, other))
    expect(done).toHaveLength(0)
  })

  it('an authority role sees the assessments without the forms, and may not record (403)', async () => {
    const dcs = await appAs(ctx, 'dcs')
    const page = await dcs.get(`/children/${childId}/early-help`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Oakfield Primary School')
    expect(page.body).not.toContain('Record an early help assessment')
    expect((await dcs.post(`/children/${childId}/early-help`, newForm())).statusCode).toBe(403)
  })
})
