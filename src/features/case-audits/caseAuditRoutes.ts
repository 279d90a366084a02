import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { actionTable, anchorsOf, answerRows, auditFields, auditSummary, auditTable, moderationFields } from './caseAuditPresenters.js'
import { auditBody, auditSchema, moderationSchema, versionSchema } from './caseAuditSchemas.js'

const page = 'pages/child-protection/record.njk'

/** A case audit: the audit form, moderation, actions to completion, and the child's audits (issue 6 part 5). */
export async function caseAuditRoutes(app: FastifyInstance, deps: Deps) {
  const { caseAudits } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const body = (request: FastifyRequest) => (request.body ?? {}) as Values

  /** The audit page: what was found, and the one form the actor may use at this stage. */
  async function show(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { row, questions, actions, mayConduct } = await caseAudits.audit(actor, id)
    const { audit } = row
    const conduct = audit.status === 'ASSIGNED' && mayConduct && can(actor, 'caseAudit.conduct')
    const fields = conduct ? auditFields(questions, await caseAudits.owners(row, actor)) : []
    const forms = [
      ...(conduct ? [formOf(`/case-audits/${id}/complete`, 'Save the audit', fields, values, { heading: 'Audit this case', version: audit.version })] : []),
      ...(audit.status === 'COMPLETED' && can(actor, 'caseAudit.moderate') && audit.auditorId !== actor.id ? [formOf(`/case-audits/${id}/moderate`, 'Save moderation', moderationFields, values, { heading: 'Moderate this audit', version: audit.version })] : []),
      ...(can(actor, 'caseAudit.actions') ? actions.filter((a) => a.action.status === 'OPEN').map((a) => formOf(`/case-audit-actions/${a.action.id}/done`, 'Mark as done', [], {}, { heading: `Action: ${a.action.action}`, version: a.action.version, buttonClasses: 'govuk-button--secondary' })) : []),
    ]
    const tables = [{ caption: 'Answers', empty: 'Not audited yet.', head: [{ text: 'Question' }, { text: 'Answer' }], rows: audit.answers ? answerRows(questions, audit.answers).map(([q, a]) => [{ text: q }, { text: a ?? 'Not answered' }]) : [] }, actionTable(actions)]
    return reply.code(status).render(page, {
      title: 'Case audit', caption: 'Case audits', captionHref: `/children/${audit.childId}/case-audits`, errors, errorList: errorList(errors, anchorsOf(fields)), values, rows: rowsOf(auditSummary(row)), tables, forms,
      breadcrumbs: [{ text: 'Child', href: `/children/${audit.childId}` }, { text: 'Case audits', href: `/children/${audit.childId}/case-audits` }, { text: 'Case audit' }],
    })
  }
  const render = (reply: FastifyReply, actor: Actor, id: string) => (status: number, errors: FieldErrors, values: Values) => show(reply, actor, id, status, errors, values)

  app.get('/case-audits/:id', { config: { access: 'caseAudit.findings' } }, async (request, reply) => show(reply, actorOf(request), idOf(request.params)))

  app.post('/case-audits/:id/complete', { config: { access: 'caseAudit.conduct' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    const { questions } = await caseAudits.audit(actor, id)
    const schema = z.preprocess((v) => auditBody((v ?? {}) as Record<string, unknown>, questions), auditSchema(questions))
    return submit(reply, schema, body(request), render(reply, actor, id), async (input) => (await caseAudits.complete(actor, id, input), `/case-audits/${id}`))
  })

  app.post('/case-audits/:id/moderate', { config: { access: 'caseAudit.moderate' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, moderationSchema, body(request), render(reply, actor, id), async (input) => (await caseAudits.moderate(actor, id, input), `/case-audits/${id}`))
  })

  app.post('/case-audit-actions/:id/done', { config: { access: 'caseAudit.actions' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    const auditId = await caseAudits.auditOfAction(actor, id)
    return submit(reply, versionSchema, body(request), render(reply, actor, auditId), async (input) => `/case-audits/${(await caseAudits.completeAction(actor, id, input.version)).caseAuditId}`)
  })

  app.get('/children/:id/case-audits', { config: { access: 'caseAudit.findings' } }, async (request, reply) => {
    const { child, audits, actions } = await caseAudits.forChild(actorOf(request), idOf(request.params))
    const name = `${child.firstName} ${child.lastName}`
    return reply.render(page, {
      title: 'Case audits', caption: name, captionHref: `/children/${child.id}`, errors: {}, errorList: [], values: {},
      tables: [auditTable('Audits of this child’s case', audits, 'No completed audits of this case.'), actionTable(actions)],
      breadcrumbs: [{ text: 'Children', href: '/children' }, { text: name, href: `/children/${child.id}` }, { text: 'Case audits' }],
    })
  })
}
