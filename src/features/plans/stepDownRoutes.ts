import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, stepDownDecisions } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { dateText, formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { page, planBody, planPage } from './planHttp.js'
import { stepDownAuthoriseFields, stepDownRejectFields, stepDownRequestFields } from './planPresenters.js'
import { stepDownAuthoriseSchema, stepDownRejectSchema, stepDownRequestSchema } from './planSchemas.js'
import { oversightLinks } from '../oversight/oversightLinks.js'

/** Step-down from CP to CIN with a manager's authorisation, and re-escalation (Working Together 2023 ch.2). */
export async function stepDownRoutes(app: FastifyInstance, deps: Deps) {
  const { stepDowns, cpPlans } = deps.services
  const today = () => deps.clock.today()
  const idOf = (params: unknown) => parseParams(idParam, params).id

  const renderRequest = (reply: FastifyReply, actor: Actor, planId: string) => async (status: number, errors: FieldErrors, values: Values) => {
    const plan = await cpPlans.plan(actor, planId)
    const rows = rowsOf([['Child protection plan started', dateText(plan.startDate)]])
    return reply.code(status).render(page, { ...(await planPage(deps, actor, plan.childId, 'Ask to step down to a child in need plan', errors)), rows, values, forms: [formOf(`/cp-plans/${planId}/step-down`, 'Ask a manager to authorise', stepDownRequestFields, values)] })
  }

  app.get('/cp-plans/:id/step-down', { config: { access: 'plan.record' } }, async (request, reply) => renderRequest(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/cp-plans/:id/step-down', { config: { access: 'plan.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, stepDownRequestSchema, planBody(request), renderRequest(reply, actor, id), async (input) => `/step-downs/${(await stepDowns.request(actor, id, input.rationale)).id}`)
  })

  async function show(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { stepDown: s, plan, requestedBy, decidedBy } = await stepDowns.get(actor, id)
    const decision = s.decision ? `${describe(stepDownDecisions, s.decision)} by ${decidedBy}${s.steppedDownOn ? ` on ${formatDate(s.steppedDownOn)}` : ''}${s.rejectReason ? `: ${s.rejectReason}` : ''}` : 'Awaiting a manager’s authorisation'
    const rows = rowsOf([['Child protection plan started', dateText(plan.startDate)], ['Requested by', requestedBy], ['Rationale', s.rationale], ['Decision', decision]])
    const forms = !s.decision && can(actor, 'stepDown.authorise') ? [formOf(`/step-downs/${id}/authorise`, 'Authorise the step-down', stepDownAuthoriseFields, values, { heading: 'Authorise (manager)', version: s.version }), formOf(`/step-downs/${id}/reject`, 'Reject the step-down', stepDownRejectFields, values, { heading: 'Or reject it', version: s.version, buttonClasses: 'govuk-button--warning' })] : []
    const links = [{ href: `/cp-plans/${plan.id}`, text: 'The child protection plan' }, ...(s.cinPlanId ? [{ href: `/plans/${s.cinPlanId}`, text: 'The child in need plan' }] : []), ...oversightLinks(actor, id, [{ point: 'STEP_DOWN', decided: !!s.decision }])]
    return reply.code(status).render(page, { ...(await planPage(deps, actor, s.childId, 'Step-down to a child in need plan', errors)), rows, links, forms, values })
  }

  app.get('/step-downs/:id', { config: { access: 'child.view' } }, async (request, reply) => show(reply, actorOf(request), idOf(request.params)))

  app.post('/step-downs/:id/authorise', { config: { access: 'stepDown.authorise' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, stepDownAuthoriseSchema(today()), planBody(request), (s, e, v) => show(reply, actor, id, s, e, v), async (input) => `/plans/${(await stepDowns.authorise(actor, id, input.version, input.endDate)).cinPlan.id}`)
  })

  app.post('/step-downs/:id/reject', { config: { access: 'stepDown.authorise' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, stepDownRejectSchema, planBody(request), (s, e, v) => show(reply, actor, id, s, e, v), async (input) => (await stepDowns.reject(actor, id, input.version, input.rejectReason), `/step-downs/${id}`))
  })

  app.get('/child-protection/re-escalations', { config: { access: 'cp.reEscalations' } }, async (request, reply) => {
    const { reEscalated, repeats } = await stepDowns.reEscalations(actorOf(request))
    const head = (...h: string[]) => h.map((text) => ({ text }))
    const child = (x: { childId: string; childLabel: string }) => ({ html: `<a class="govuk-link" href="/children/${x.childId}/child-protection">${x.childLabel.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</a>` })
    const tables = [
      { caption: 'Re-escalated within 6 months of a step-down', head: head('Child', 'Stepped down', 'New CP plan', 'Days between'), empty: 'No child has returned to a plan within 6 months of a step-down.', rows: reEscalated.map((x) => [child(x), { text: formatDate(x.steppedDownOn) }, { text: formatDate(x.newPlanStart) }, { text: String(x.daysBetween), format: 'numeric' }]) },
      { caption: 'Second or later child protection plans', head: head('Child', 'Plan started', 'Plan number', 'Previous plan ended', 'Within 2 years'), empty: 'No child has had a second or later plan.', rows: repeats.map((x) => [child(x), { text: formatDate(x.startDate) }, { text: String(x.planNumber), format: 'numeric' }, { text: x.previousEnd ? formatDate(x.previousEnd) : 'Still open' }, { text: x.withinTwoYears ? 'Yes' : 'No' }]) },
    ]
    return reply.render('pages/child-protection/re-escalations.njk', { title: 'Re-escalation after step-down, and repeat plans', tables, breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Re-escalation and repeat plans' }] })
  })
}
