import { randomInt } from 'node:crypto'
import { and, eq, ne } from 'drizzle-orm'
import type { Actor } from '../../access/index.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { caseAudits } from '../../db/schema/index.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { conflict, notFound, ruleBroken, validationFailed, type FieldErrors } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { caseAuditRepository, type AuditRow } from './caseAuditRepository.js'
import { caseAuditRollUp } from './caseAuditRollUp.js'
import { auditConductableBy, auditVisibleTo, mayConductAudit, maySeeAudit, rollUpScope } from './caseAuditScope.js'
import { questionsSchema, type AuditInput, type ModerationInput, type ProgrammeInput, type Question, type TemplateInput } from './caseAuditSchemas.js'
import { assignSample } from './sampling.js'

/**
 * Case audits (issue 6 part 5): templates set by the QA team, reproducible monthly and thematic
 * samples, the audit by a manager, moderation by a different person, actions tracked to completion
 * and the roll-up. Leicester 2015/2016: leaders did not know the quality of practice.
 */
export function caseAuditService(db: AppDb, clock: Clock, childrenService: ChildrenService) {
  const repo = caseAuditRepository(db)
  const questionsOf = (stored: unknown): Question[] => questionsSchema.parse(stored)

  /** An audit the actor may see, on a child they may see; anything else is a 404. */
  async function load(actor: Actor, id: string): Promise<AuditRow> {
    const row = await repo.audit(actor, id)
    if (!row || !maySeeAudit(actor, row.audit)) throw notFound('Case audit')
    await childrenService.requireAccessible(actor, row.audit.childId)
    return row
  }

  async function ownerErrors(actions: AuditInput['actions']): Promise<FieldErrors> {
    const active = new Set((await repo.activeUsers([...new Set(Object.values(actions).map((a) => a.ownerId))])).map((u) => u.id))
    return Object.fromEntries(Object.entries(actions).flatMap(([row, a]) => (active.has(a.ownerId) ? [] : [[`actions.${row}.ownerId`, 'Select an owner for the action from the list']])))
  }

  return {
    templates: () => repo.templates(),
    activeTemplates: async () => (await repo.templates()).filter((t) => !t.retiredAt),
    questionsOf,

    /** A new template; replacing one retires it in the same transaction, so audits keep the questions they answered. */
    async createTemplate(actor: Actor, input: TemplateInput, replaces?: string) {
      return withTransaction(db, async (tx) => {
        const r = caseAuditRepository(tx)
        const template = await r.insertTemplate({ name: input.name, questions: input.questions, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'caseAudit.templateCreate', entityType: 'audit_template', entityId: template.id, after: template })
        if (replaces) {
          const retired = await r.retireTemplate(replaces, clock.now())
          if (!retired) throw notFound('Active template')
          await recordWrite(tx, actor, { action: 'caseAudit.templateRetire', entityType: 'audit_template', entityId: retired.id, after: retired, detail: { replacedBy: template.id } })
        }
        return template
      })
    },

    async retireTemplate(actor: Actor, id: string) {
      return withTransaction(db, async (tx) => {
        const retired = await caseAuditRepository(tx).retireTemplate(id, clock.now())
        if (!retired) throw notFound('Active template')
        await recordWrite(tx, actor, { action: 'caseAudit.templateRetire', entityType: 'audit_template', entityId: id, after: retired })
        return retired
      })
    },

    teams: () => repo.teams(),
    programmes: () => repo.programmes(),

    /** The programme and every audit in its sample (the QA team and service managers see all audits). */
    async programme(actor: Actor, id: string) {
      const programme = await repo.programme(id)
      if (!programme) throw notFound('Audit programme')
      return { ...programme, audits: await repo.audits(actor, and(eq(caseAudits.programmeId, id), auditVisibleTo(actor))) }
    },

    /** One transaction: the programme, its reproducible sample and an assigned audit for each child, audited. */
    async createProgramme(actor: Actor, input: ProgrammeInput) {
      const template = await repo.template(input.templateId)
      if (!template || template.retiredAt) throw validationFailed({ templateId: 'Select a template that is in use' })
      const seed = input.seed ?? randomInt(1, 2_147_483_647)
      const month = `${input.month}-01`
      return withTransaction(db, async (tx) => {
        const r = caseAuditRepository(tx)
        const programme = await r.insertProgramme({ name: input.name, kind: input.kind, theme: input.theme ?? null, templateId: template.id, month, seed, criteria: input.criteria, createdBy: actor.id })
        const { cohort, sampled } = await assignSample(tx, programme.id, input.criteria, seed, month)
        if (sampled === 0) throw ruleBroken('No children match these criteria: widen the criteria and try again')
        await recordWrite(tx, actor, { action: 'caseAudit.programmeCreate', entityType: 'audit_programme', entityId: programme.id, after: programme, detail: { cohort, sampled } })
        return { programme, cohort, sampled }
      })
    },

    /** The audits the actor may carry out or moderate, not yet moderated. */
    worklist: (actor: Actor) => repo.audits(actor, and(auditConductableBy(actor), ne(caseAudits.status, 'MODERATED'))),

    /** An audit with its template's questions and actions; viewing it is audited. */
    async audit(actor: Actor, id: string) {
      const row = await load(actor, id)
      const template = await repo.template(row.templateId)
      const actions = await repo.actionsOf([id])
      await recordAccess(db, actor, { action: 'caseAudit.view', entityType: 'case_audit', entityId: id, childId: row.audit.childId })
      return { row, questions: questionsOf(template?.questions), actions, mayConduct: mayConductAudit(actor, row.audit) }
    },

    /** Who can own an action arising: the child's team, the worker and the auditor. */
    owners: (row: AuditRow, actor: Actor) => repo.owners(row.audit.teamId, [actor.id, ...(row.audit.workerId ? [row.audit.workerId] : [])]),

    /** A child's audits the actor may see, with their actions (the child's record). */
    async forChild(actor: Actor, childId: string) {
      const child = await childrenService.requireAccessible(actor, childId)
      const audits = await repo.audits(actor, and(eq(caseAudits.childId, childId), auditVisibleTo(actor), ne(caseAudits.status, 'ASSIGNED')))
      const actions = await repo.actionsOf(audits.map((a) => a.audit.id))
      await recordAccess(db, actor, { action: 'caseAudit.childList', entityType: 'child', entityId: childId, childId, detail: { count: audits.length } })
      return { child, audits, actions }
    },

    /** The audit by a manager: every answer and the grade, findings, themes, and actions with owners; all or nothing. */
    async complete(actor: Actor, id: string, input: AuditInput) {
      const row = await load(actor, id)
      if (!mayConductAudit(actor, row.audit)) throw notFound('Case audit')
      if (row.audit.status !== 'ASSIGNED') throw conflict('This audit has already been completed.')
      const errors = await ownerErrors(input.actions)
      if (Object.keys(errors).length) throw validationFailed(errors)
      return withTransaction(db, async (tx) => {
        const r = caseAuditRepository(tx)
        const after = await r.complete(id, input.version, { answers: input.answers, grade: input.grade, findings: input.findings, themes: input.themes, auditorId: actor.id, completedAt: clock.now() })
        if (!after) throw conflict('Someone else changed this audit since you opened the page.', { current: row.audit })
        const actions = await r.insertActions(Object.values(input.actions).map((a) => ({ ...a, caseAuditId: id, childId: row.audit.childId })))
        await recordWrite(tx, actor, { action: 'caseAudit.complete', entityType: 'case_audit', entityId: id, childId: row.audit.childId, before: row.audit, after, detail: { actions: actions.length } })
        return after
      })
    },

    /** Moderation by a QA officer who did not do the audit. */
    async moderate(actor: Actor, id: string, input: ModerationInput) {
      const row = await load(actor, id)
      if (row.audit.status !== 'COMPLETED') throw conflict(row.audit.status === 'ASSIGNED' ? 'This audit has not been completed yet.' : 'This audit has already been moderated.')
      if (row.audit.auditorId === actor.id) throw ruleBroken('A different person must moderate this audit: you completed it.')
      return withTransaction(db, async (tx) => {
        const after = await caseAuditRepository(tx).moderate(id, input.version, { moderatorId: actor.id, moderatedGrade: input.moderatedGrade, moderationNote: input.moderationNote, moderatedAt: clock.now() })
        if (!after) throw conflict('Someone else changed this audit since you opened the page.', { current: row.audit })
        await recordWrite(tx, actor, { action: 'caseAudit.moderate', entityType: 'case_audit', entityId: id, childId: row.audit.childId, before: row.audit, after })
        return after
      })
    },

    /** The audit an action arose from, if the actor may see it. */
    async auditOfAction(actor: Actor, actionId: string) {
      const action = await repo.action(actionId)
      if (!action) throw notFound('Action')
      return (await load(actor, action.caseAuditId)).audit.id
    },

    /** An action arising is marked done, version-checked; the caller must see its audit. */
    async completeAction(actor: Actor, actionId: string, version: number) {
      const action = await repo.action(actionId)
      if (!action) throw notFound('Action')
      await load(actor, action.caseAuditId)
      return withTransaction(db, async (tx) => {
        const after = await caseAuditRepository(tx).markDone(actionId, version, clock.now())
        if (!after) throw conflict('Someone else changed this action since you opened the page, or it is already done.', { current: action })
        await recordWrite(tx, actor, { action: 'caseAudit.actionDone', entityType: 'case_audit_action', entityId: actionId, childId: action.childId, before: action, after })
        return { action: after, caseAuditId: action.caseAuditId }
      })
    },

    /** Grades by team, theme and month, and the themes arising; a team manager sees their own team. */
    async summary(actor: Actor) {
      const r = caseAuditRollUp(db, rollUpScope(actor))
      const [byTeam, byTheme, byMonth, themes] = await Promise.all([r.byTeam(), r.byTheme(), r.byMonth(), r.themesArising()])
      return { byTeam, byTheme, byMonth, themes }
    },
  }
}

export type CaseAuditService = ReturnType<typeof caseAuditService>
