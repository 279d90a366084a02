import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, planActionStatuses, planKinds } from '../../domain/codeLists/index.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { dateText, formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { page, planBody, planPage } from './planHttp.js'
import { actionFields, actionStatusFields, cinPlanFields, clockText, planEditFields, planValuesOf, reviewFields, visitFields } from './planPresenters.js'
import { actionStatusSchema, asksSafetyPlan, cinPlanSchema, planActionSchema, planEditSchema, planReviewSchema, visitSchema } from './planSchemas.js'
import { stepDownRoutes } from './stepDownRoutes.js'
import { safetyRows } from './safetyPlan.js'

const cell = (text: string | null | undefined) => ({ text: text ?? '' })

/** CIN plans with SMART actions and reviews, and visits (Working Together 2023 ch.2). */
export async function planRoutes(app: FastifyInstance, deps: Deps) {
  const { plans } = deps.services
  const today = () => deps.clock.today()
  const idOf = (params: unknown) => parseParams(idParam, params).id

  const renderNewPlan = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await planPage(deps, actor, childId, 'Start a child in need plan', errors)), values, forms: [formOf(`/children/${childId}/cin-plans`, 'Start the plan', cinPlanFields(await plans.domesticAbuse(actor, childId)), values)] })

  app.get('/children/:id/cin-plans/new', { config: { access: 'plan.record' } }, async (request, reply) => renderNewPlan(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/children/:id/cin-plans', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, cinPlanSchema(today()), planBody(request), renderNewPlan(reply, actor, id), async (input) => `/plans/${(await plans.startCinPlan(actor, id, input)).id}`)
  })

  async function showPlan(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const { plan: p, actions, reviews, incomplete, visitClock, reviewClock, domesticAbuse } = await plans.plan(actor, id)
    const open = !p.endDate
    const asksSafety = asksSafetyPlan(domesticAbuse, p)
    const rows = rowsOf([['Kind', describe(planKinds, p.kind)], ['Started', dateText(p.startDate)], ['Ended', p.endDate ? `${dateText(p.endDate)}: ${p.endReason}` : 'Open'], ['The child’s wishes and feelings', p.wishesAndFeelings], ['Identity, religion and culture', p.identity], ...safetyRows(asksSafety, p), ['Completeness', incomplete ?? 'Complete'], ...(open ? ([['Next visit', clockText(visitClock)], ['Next review', clockText(reviewClock)]] as [string, string | null][]) : [])])
    const tables = [
      { caption: 'SMART actions', head: ['Action', 'Owner', 'Measurable outcome', 'Due', 'Status'].map((text) => ({ text })), empty: 'No actions yet: a plan needs at least one.', rows: actions.map((a) => [{ html: `<a class="govuk-link" href="/plan-actions/${a.action.id}">${escape(a.action.action)}</a>` }, cell(a.ownerUser ?? a.action.ownerName), cell(a.action.outcome), cell(dateText(a.action.dueOn)), cell(describe(planActionStatuses, a.action.status))]) },
      { caption: 'Reviews', head: [{ text: 'Reviewed' }, { text: 'Summary' }], empty: 'No reviews yet.', rows: reviews.map((r) => [cell(dateText(r.reviewedOn)), cell(r.summary)]) },
    ]
    const v = { ...planValuesOf(p), ...posted }
    const forms = open && can(actor, 'plan.record') ? [formOf(`/plans/${id}`, 'Save changes', planEditFields(asksSafety), v, { heading: 'Update or end the plan', version: p.version }), formOf(`/plans/${id}/actions`, 'Add the action', actionFields(await plans.workers()), v, { heading: 'Add a SMART action' }), formOf(`/plans/${id}/reviews`, 'Record the review', reviewFields, v, { heading: 'Record a plan review' })] : []
    return reply.code(status).render(page, { ...(await planPage(deps, actor, p.childId, 'Child in need plan', errors)), tag: incomplete ? { text: 'Incomplete', classes: 'govuk-tag--red' } : undefined, rows, tables, forms, values: v })
  }

  app.get('/plans/:id', { config: { access: 'child.view' } }, async (request, reply) => showPlan(reply, actorOf(request), idOf(request.params)))

  app.post('/plans/:id', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, planEditSchema(today()), planBody(request), (s, e, v) => showPlan(reply, actor, id, s, e, v), async (input) => (await plans.updatePlan(actor, id, input), `/plans/${id}`))
  })

  app.post('/plans/:id/actions', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, planActionSchema, planBody(request), (s, e, v) => showPlan(reply, actor, id, s, e, v), async (input) => (await plans.addAction(actor, id, input), `/plans/${id}`))
  })

  app.post('/plans/:id/reviews', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, planReviewSchema(today()), planBody(request), (s, e, v) => showPlan(reply, actor, id, s, e, v), async (input) => (await plans.addReview(actor, id, input), `/plans/${id}`))
  })

  await planActionRoutes(app, deps)
  await stepDownRoutes(app, deps)
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** One SMART action and its status; and visits. */
async function planActionRoutes(app: FastifyInstance, deps: Deps) {
  const { plans } = deps.services
  const today = () => deps.clock.today()
  const idOf = (params: unknown) => parseParams(idParam, params).id

  async function showAction(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const a = await plans.action(actor, id)
    const rows = rowsOf([['Action', a.action.action], ['Owner', a.ownerName], ['Measurable outcome', a.action.outcome], ['Due', dateText(a.action.dueOn)], ['Status', describe(planActionStatuses, a.action.status)]])
    const v = { ...planValuesOf(a.action), ...posted }
    const forms = a.planOpen && can(actor, 'plan.record') ? [formOf(`/plan-actions/${id}`, 'Save status', actionStatusFields, v, { heading: 'Update the status', version: a.action.version })] : []
    return reply.code(status).render(page, { ...(await planPage(deps, actor, a.action.childId, 'SMART action', errors)), rows, links: [{ href: `/plans/${a.action.planId}`, text: 'Back to the plan' }], forms, values: v })
  }

  app.get('/plan-actions/:id', { config: { access: 'child.view' } }, async (request, reply) => showAction(reply, actorOf(request), idOf(request.params)))

  app.post('/plan-actions/:id', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, actionStatusSchema, planBody(request), (s, e, v) => showAction(reply, actor, id, s, e, v), async (input) => `/plans/${(await plans.setActionStatus(actor, id, input.version, input.status)).planId}`)
  })

  const renderVisit = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await planPage(deps, actor, childId, 'Record a visit', errors)), values, forms: [formOf(`/children/${childId}/visits`, 'Save the visit', visitFields, values)] })

  app.get('/children/:id/visits/new', { config: { access: 'plan.record' } }, async (request, reply) => renderVisit(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/children/:id/visits', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, visitSchema(today()), planBody(request), renderVisit(reply, actor, id), async (input) => (await plans.recordVisit(actor, id, input), `/children/${id}/child-protection`))
  })
}
