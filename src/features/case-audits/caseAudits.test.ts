import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, auditProgrammes, caseAuditActions, caseAudits } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import type { Criteria } from './caseAuditSchemas.js'
import { drawSample } from './sampling.js'

/** Case audits (issue 6 part 5): template → programme → audit (missing grade refused) → moderation → action done; who sees it. */
describe.each(engines())('case audits on %s', (engine) => {
  let ctx: TestContext
  let qa: Client
  let manager: Client
  let auditId: string
  let templateId: string
  const template = { name: 'Monthly practice audit', 'questions.0.text': 'Is the child’s voice evident?', 'questions.0.scale': 'YES_NO', 'questions.1.text': 'Quality of the plan', 'questions.1.scale': 'GRADE' }
  const programme = (over: Record<string, string> = {}) => ({ name: 'November 2026 sample', kind: 'RANDOM', templateId, month: '2026-11', 'criteria.population': 'OPEN', 'criteria.teamId': ctx.fixtures.teams.teamA.id, 'criteria.sizeKind': 'NUMBER', 'criteria.sizeValue': '5', seed: '42', ...over })
  const audit = (over: Record<string, string> = {}) => ({
    version: '1', 'answers.q1': 'YES', 'answers.q2': 'GOOD', grade: 'GOOD', findings: 'Child seen alone; plan is specific', themes: 'VOICE_OF_CHILD',
    'actions.0.action': 'Update the chronology', 'actions.0.ownerId': ctx.fixtures.user.social_worker.id, 'actions.0.dueOn-day': '18', 'actions.0.dueOn-month': '12', 'actions.0.dueOn-year': '2026', ...over,
  })
  const row = async (id: string) => (await ctx.database.db.select().from(caseAudits).where(eq(caseAudits.id, id)))[0]!

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    qa = await appAs(ctx, 'qa_officer')
    manager = await appAs(ctx, 'team_manager')
  })
  afterAll(() => ctx.close())

  it('the QA team sets a template; a question without a scale is refused', async () => {
    const bad = await qa.post('/case-audits/templates', { ...template, 'questions.1.scale': '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('Select the answer scale')
    expect((await qa.post('/case-audits/templates', template)).statusCode).toBe(302)
    templateId = (await ctx.deps.services.caseAudits.activeTemplates())[0]!.id
  })

  it('a programme draws the reproducible sample and assigns each child with their team and worker, audited', async () => {
    const res = await qa.post('/case-audits/programmes', programme())
    expect(res.statusCode).toBe(302)
    const [created] = await ctx.database.db.select().from(caseAudits)
    expect(created).toMatchObject({ childId: ctx.fixtures.child.own.id, teamId: ctx.fixtures.teams.teamA.id, workerId: ctx.fixtures.user.social_worker.id, status: 'ASSIGNED' })
    auditId = created!.id
    expect(res.headers.location).toBe(`/case-audits/programmes/${created!.programmeId}`)
    expect((await qa.get(res.headers.location!)).body).toContain('Amira Testcase')
    expect(await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'caseAudit.programmeCreate'))).toHaveLength(1)
    // Reproducible: drawing again from the stored seed, criteria and month gives the same children.
    const [stored] = await ctx.database.db.select().from(auditProgrammes).where(eq(auditProgrammes.id, created!.programmeId))
    expect((await drawSample(ctx.database.db, stored!.criteria as Criteria, stored!.seed, stored!.month)).sample.map((c) => c.childId)).toEqual([created!.childId])
    const thematic = await qa.post('/case-audits/programmes', programme({ kind: 'THEMATIC' }))
    expect(thematic.statusCode).toBe(422)
    expect(thematic.body).toContain('Enter the theme of a thematic audit')
  })

  it('an audit with a missing grade, or an action without an owner, is refused and nothing is saved', async () => {
    const noGrade = await manager.post(`/case-audits/${auditId}/complete`, audit({ grade: '' }))
    expect(noGrade.statusCode).toBe(422)
    expect(noGrade.body).toContain('Select the overall grade')
    expect(noGrade.body).toContain('Child seen alone; plan is specific')
    const noAnswer = await manager.post(`/case-audits/${auditId}/complete`, audit({ 'answers.q2': '' }))
    expect(noAnswer.body).toContain('Answer question 2: Quality of the plan')
    const noOwner = await manager.post(`/case-audits/${auditId}/complete`, audit({ 'actions.0.ownerId': '' }))
    expect(noOwner.statusCode).toBe(422)
    expect(noOwner.body).toContain('Select who owns the action')
    expect(await row(auditId)).toMatchObject({ status: 'ASSIGNED', grade: null, version: 1 })
    expect(await ctx.database.db.select().from(caseAuditActions)).toEqual([])
  })

  it('the manager completes the audit; a different QA officer moderates it; the auditor may not moderate their own', async () => {
    expect((await manager.post(`/case-audits/${auditId}/complete`, audit())).statusCode).toBe(302)
    expect(await row(auditId)).toMatchObject({ status: 'COMPLETED', grade: 'GOOD', themes: ['VOICE_OF_CHILD'], auditorId: ctx.fixtures.user.team_manager.id })
    expect((await manager.post(`/case-audits/${auditId}/complete`, audit({ version: '2' }))).statusCode).toBe(409)
    expect((await manager.post(`/case-audits/${auditId}/moderate`, { version: '2', moderatedGrade: 'GOOD', moderationNote: 'Agreed' })).statusCode).toBe(403)
    const moderated = await qa.post(`/case-audits/${auditId}/moderate`, { version: '2', moderatedGrade: 'REQUIRES_IMPROVEMENT', moderationNote: 'Plan lacks timescales' })
    expect(moderated.statusCode).toBe(302)
    expect(await row(auditId)).toMatchObject({ status: 'MODERATED', moderatedGrade: 'REQUIRES_IMPROVEMENT', moderatorId: ctx.fixtures.user.qa_officer.id })

    const services = ctx.deps.services.caseAudits
    const qaActor = toActor(ctx.fixtures.user.qa_officer)
    const second = await services.createProgramme(qaActor, { name: 'Neglect', kind: 'THEMATIC', theme: 'Neglect', templateId, month: '2026-10', seed: 9, criteria: { population: 'OPEN', teamId: ctx.fixtures.teams.teamA.id, sizeKind: 'NUMBER', sizeValue: 1 } })
    const [own] = await ctx.database.db.select().from(caseAudits).where(eq(caseAudits.programmeId, second.programme.id))
    await services.complete(qaActor, own!.id, { version: 1, answers: { q1: 'NO', q2: 'INADEQUATE' }, grade: 'INADEQUATE', findings: 'Neglect not recognised', themes: ['NEGLECT'], actions: {} })
    const self = await qa.post(`/case-audits/${own!.id}/moderate`, { version: '2', moderatedGrade: 'INADEQUATE', moderationNote: 'Mine' })
    expect(self.statusCode).toBe(422)
    expect(self.body).toContain('A different person must moderate this audit')
  })

  it('the worker sees the findings on the child’s record and completes the action, version-checked', async () => {
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.get(`/children/${ctx.fixtures.child.own.id}`)).body).toContain(`/children/${ctx.fixtures.child.own.id}/case-audits`)
    const list = await worker.get(`/children/${ctx.fixtures.child.own.id}/case-audits`)
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('Update the chronology')
    const page = await worker.get(`/case-audits/${auditId}`)
    expect(page.body).toContain('Child seen alone; plan is specific')
    expect(page.body).toContain('Plan lacks timescales')
    const [action] = await ctx.database.db.select().from(caseAuditActions).where(and(eq(caseAuditActions.caseAuditId, auditId)))
    expect((await worker.post(`/case-audit-actions/${action!.id}/done`, { version: '1' })).statusCode).toBe(302)
    const stale = await worker.post(`/case-audit-actions/${action!.id}/done`, { version: '1' })
    expect(stale.statusCode).toBe(409)
    expect((await ctx.database.db.select().from(caseAuditActions).where(eq(caseAuditActions.id, action!.id)))[0]).toMatchObject({ status: 'DONE', version: 2 })
  })

  it('audit content is hidden from other workers, administrators and the front door; the roll-up shows grades and themes', async () => {
    expect((await (await appAs(ctx, 'other_worker')).get(`/case-audits/${auditId}`)).statusCode).toBe(404)
    expect((await (await appAs(ctx, 'other_worker')).get(`/children/${ctx.fixtures.child.own.id}/case-audits`)).statusCode).toBe(404)
    for (const role of ['admin', 'front_door', 'performance_analyst', 'iro'] as const) expect((await (await appAs(ctx, role)).get(`/case-audits/${auditId}`)).statusCode).toBe(403)
    expect((await (await appAs(ctx, 'dcs')).get(`/case-audits/${auditId}`)).statusCode).toBe(200)
    const summary = await (await appAs(ctx, 'performance_analyst')).get('/case-audits/summary')
    expect(summary.statusCode).toBe(200)
    expect(summary.body).toContain('Assessment Team A')
    expect(summary.body).toContain('Neglect')
    expect(summary.body).toContain('Voice of the child')
    expect(summary.body).not.toContain('Child seen alone')
    expect((await manager.get('/case-audits/summary')).body).toContain('Assessment Team A')
  })

  it('a template in use is replaced, not edited: the new version is saved and the old one retired', async () => {
    const res = await qa.post(`/case-audits/templates/${templateId}/replace`, { ...template, name: 'Monthly practice audit v2' })
    expect(res.statusCode).toBe(302)
    const active = await ctx.deps.services.caseAudits.activeTemplates()
    expect(active.map((t) => t.name)).toEqual(['Monthly practice audit v2'])
    expect((await qa.post(`/case-audits/templates/${templateId}/replace`, template)).statusCode).toBe(404)
  })
})
