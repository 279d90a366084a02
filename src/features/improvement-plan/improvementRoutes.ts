import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { formatDate } from '../../domain/format.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { actionFields, actionRows, improvementAnchors, ragCounts, recommendationFields } from './improvementPresenters.js'
import { actionEditSchema, actionSchema, improvementBody, recommendationEditSchema, recommendationSchema } from './improvementSchemas.js'

const home = { text: 'Improvement plan', href: '/improvement-plan' }
const actionHead = ['Action', 'Owner', 'Due', 'RAG', 'KPIs', 'Record'].map((text) => ({ text }))

/** The improvement plan (issue 6 part 6): recommendations, their actions, and the forms to record them. */
export async function improvementRoutes(app: FastifyInstance, deps: Deps) {
  const { improvement } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const body = (request: FastifyRequest) => improvementBody((request.body ?? {}) as Record<string, unknown>)
  const page = (reply: FastifyReply, status: number, errors: FieldErrors, model: Record<string, unknown>) => reply.code(status).render('pages/child-protection/record.njk', { captionHref: '/improvement-plan', caption: 'Improvement plan', errors, errorList: errorList(errors, improvementAnchors), ...model })

  async function showPlan(request: FastifyRequest, reply: FastifyReply, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { recommendations, actions } = await improvement.plan()
    const form = can(actorOf(request), 'improvement.manage') ? formOf('/improvement-plan', 'Add recommendation', recommendationFields, values, { heading: 'Add a recommendation' }) : null
    return reply.code(status).render('pages/improvement-plan/list.njk', {
      title: 'Improvement plan', recommendations: recommendations.map((r) => ({ ...r, href: `/improvement-plan/recommendations/${r.id}`, actions: actions.filter((a) => a.action.recommendationId === r.id).length })),
      ragCounts: ragCounts(actions), overdue: actionRows(actions, improvement.today()).filter((a) => a.overdue).length, form, values, errors, errorList: errorList(errors, improvementAnchors), breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Improvement plan' }],
    })
  }

  async function showRecommendation(request: FastifyRequest, reply: FastifyReply, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const id = idOf(request.params)
    const { recommendation: r, actions } = await improvement.recommendation(id)
    const rows = actionRows(actions, improvement.today())
    const table = { caption: 'Actions', empty: 'No actions yet.', head: actionHead, rows: rows.map((a, i) => [{ text: a.action }, { text: a.owner }, { text: a.due }, { text: a.overdue ? `${a.rag} (overdue)` : a.rag }, { text: a.kpis || 'None' }, { html: `<a class="govuk-link" href="${a.href}">Open<span class="govuk-visually-hidden"> action ${i + 1}</span></a>` }]) }
    const manage = can(actorOf(request), 'improvement.manage')
    // The two forms' fields have different names, so one set of values serves both.
    const shown = { reference: r.reference, text: r.text, source: r.source, ...values }
    const forms = manage
      ? [formOf(`/improvement-plan/recommendations/${id}`, 'Save recommendation', recommendationFields, shown, { heading: 'Edit the recommendation', version: r.version, buttonClasses: 'govuk-button--secondary' }), formOf(`/improvement-plan/recommendations/${id}/actions`, 'Add action', actionFields(await improvement.owners()), shown, { heading: 'Add an action' })]
      : []
    return page(reply, status, errors, { title: `Recommendation ${r.reference}`, values: shown, rows: rowsOf([['Recommendation', r.text], ['Source', r.source]]), tables: [table], forms, breadcrumbs: [home, { text: r.reference }] })
  }

  async function showAction(request: FastifyRequest, reply: FastifyReply, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const id = idOf(request.params)
    const { action: a, ownerName } = await improvement.action(id)
    const { recommendation: r } = await improvement.recommendation(a.recommendationId)
    const [row] = actionRows([{ action: a, ownerName }], improvement.today())
    const stored = { ...a, kpiIds: a.kpiIds.join(', '), evidence: a.evidence ?? '', 'dueOn-day': String(Number(a.dueOn.slice(8, 10))), 'dueOn-month': String(Number(a.dueOn.slice(5, 7))), 'dueOn-year': a.dueOn.slice(0, 4) }
    const shown = status === 200 ? stored : values
    const forms = can(actorOf(request), 'improvement.manage') ? [formOf(`/improvement-plan/actions/${id}`, 'Save action', actionFields(await improvement.owners()), shown, { heading: 'Edit the action', version: a.version })] : []
    return page(reply, status, errors, {
      title: `Action under ${r.reference}`, values: shown, tag: row ? { text: row.overdue ? `${row.rag}: overdue` : row.rag, classes: `govuk-tag--${{ red: 'red', amber: 'yellow', green: 'green' }[row.ragClass] ?? 'grey'}` } : undefined,
      rows: rowsOf([['Recommendation', `${r.reference}: ${r.text}`], ['Action', a.action], ['Owner', ownerName], ['Due', formatDate(a.dueOn)], ['Evidence', a.evidence], ['KPIs', a.kpiIds.join(', ') || 'None']]), forms,
      breadcrumbs: [home, { text: r.reference, href: `/improvement-plan/recommendations/${r.id}` }, { text: 'Action' }],
    })
  }

  app.get('/improvement-plan', { config: { access: 'improvement.view' } }, (request, reply) => showPlan(request, reply))
  app.post('/improvement-plan', { config: { access: 'improvement.manage' } }, (request, reply) =>
    submit(reply, recommendationSchema, body(request), (s, e, v) => showPlan(request, reply, s, e, v), async (input) => `/improvement-plan/recommendations/${(await improvement.addRecommendation(actorOf(request), input)).id}`))

  app.get('/improvement-plan/recommendations/:id', { config: { access: 'improvement.view' } }, (request, reply) => showRecommendation(request, reply))
  app.post('/improvement-plan/recommendations/:id', { config: { access: 'improvement.manage' } }, (request, reply) =>
    submit(reply, recommendationEditSchema, body(request), (s, e, v) => showRecommendation(request, reply, s, e, v), async (input) => (await improvement.editRecommendation(actorOf(request), idOf(request.params), input), `/improvement-plan/recommendations/${idOf(request.params)}`)))
  app.post('/improvement-plan/recommendations/:id/actions', { config: { access: 'improvement.manage' } }, (request, reply) =>
    submit(reply, actionSchema, body(request), (s, e, v) => showRecommendation(request, reply, s, e, v), async (input) => (await improvement.addAction(actorOf(request), idOf(request.params), input), `/improvement-plan/recommendations/${idOf(request.params)}`)))

  app.get('/improvement-plan/actions/:id', { config: { access: 'improvement.view' } }, (request, reply) => showAction(request, reply))
  app.post('/improvement-plan/actions/:id', { config: { access: 'improvement.manage' } }, (request, reply) =>
    submit(reply, actionEditSchema, body(request), (s, e, v) => showAction(request, reply, s, e, v), async (input) => `/improvement-plan/recommendations/${(await improvement.editAction(actorOf(request), idOf(request.params), input)).recommendationId}`))
}
