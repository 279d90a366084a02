import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { abuseCategories, conferenceKinds, describe } from '../../domain/codeLists/index.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { formBody, pageModel, submit } from './cpHttp.js'
import { conferenceFields, dateText, formOf, planEditFields, planStartFields, rowsOf, valuesOf, type Values } from './cpPresenters.js'
import { conferenceSchema, coreGroupSchema, cpPlanEditSchema, cpPlanSchema, idParam } from './cpSchemas.js'
import { coreGroupFields, coreGroupRows, coreGroupTable } from './coreGroupPresenters.js'
import { closureRoutes } from './closureRoutes.js'
import { safetyRows } from '../plans/safetyPlan.js'

/** Conferences, child protection plans and closure of the CIN episode (Working Together 2023 ch.2). */
export async function cpPlanRoutes(app: FastifyInstance, deps: Deps) {
  const { childProtection, cpPlans } = deps.services
  const today = () => deps.clock.today()
  const page = 'pages/child-protection/record.njk'

  const renderNew = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await pageModel(deps, actor, childId, 'Record a conference', errors)), values, forms: [formOf(`/children/${childId}/conferences`, 'Save conference', conferenceFields(await childProtection.chairs()), values)] })

  app.get('/children/:id/conferences/new', { config: { access: 'cp.record' } }, async (request, reply) => renderNew(reply, actorOf(request), parseParams(idParam, request.params).id)(200, {}, {}))

  app.post('/children/:id/conferences', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, conferenceSchema(today()), formBody(request), renderNew(reply, actor, id), async (input) => `/conferences/${(await childProtection.recordConference(actor, id, input)).id}`)
  })

  async function showConference(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { conference: c, plan, chairName } = await cpPlans.conference(actor, id)
    const rows = rowsOf([
      ['Type', describe(conferenceKinds, c.kind)], ['Held on', `${dateText(c.heldOn)}${c.bankHolidayConfirmed ? ' (bank holiday, confirmed)' : ''}`], ['Chair', chairName],
      ['Attendance', c.attendance], ['The child’s views', c.childViews], ['How the views were gathered', c.viewsGatheredHow], ['Child protection plan', plan ? `Started ${dateText(plan.startDate)}` : null],
    ])
    const forms = c.kind === 'ICPC' && !plan && can(actor, 'cp.record') ? [formOf(`/conferences/${id}/cp-plan`, 'Start the plan', planStartFields, values, { heading: 'Start a child protection plan' })] : []
    return reply.code(status).render(page, { ...(await pageModel(deps, actor, c.childId, 'Child protection conference', errors)), rows, forms, values })
  }

  app.get('/conferences/:id', { config: { access: 'child.view' } }, async (request, reply) => showConference(reply, actorOf(request), parseParams(idParam, request.params).id))

  app.post('/conferences/:id/cp-plan', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, cpPlanSchema, formBody(request), (s, e, v) => showConference(reply, actor, id, s, e, v), async (input) => `/cp-plans/${(await cpPlans.startPlan(actor, id, input.initialCategory)).id}`)
  })

  async function showPlan(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { plan: p, ...coreGroups } = await deps.services.coreGroups.forPlan(actor, id)
    const safety = await cpPlans.safety(p)
    const completeness: [string, string][] = safety.asks ? [['Completeness', safety.incomplete ?? 'Complete']] : []
    const rows = rowsOf([['Start date (the initial conference)', dateText(p.startDate)], ['Initial category', describe(abuseCategories, p.initialCategory)], ['Latest category', describe(abuseCategories, p.latestCategory)], ['Ended', p.endDate ? `${dateText(p.endDate)}: ${p.endReason}` : 'Open'], ...safetyRows(safety.asks, p), ...completeness, ...coreGroupRows(coreGroups)])
    const v = { ...valuesOf(p), ...values }
    const forms = !p.endDate && can(actor, 'cp.record') ? [formOf(`/cp-plans/${id}/core-groups`, 'Save core group', coreGroupFields, v, { heading: 'Record a core group meeting' }), formOf(`/cp-plans/${id}`, 'Save changes', planEditFields(safety.asks), v, { heading: 'Update or end the plan', version: p.version })] : []
    const stepDowns = await deps.services.stepDowns.forPlan(p.id)
    const links = [...stepDowns.map((s) => ({ href: `/step-downs/${s.id}`, text: `Step-down ${s.decision ? s.decision.toLowerCase() : 'awaiting authorisation'}` })), ...(!p.endDate && !stepDowns.some((s) => !s.decision) && can(actor, 'plan.record') ? [{ href: `/cp-plans/${id}/step-down`, text: 'Ask to step down to a child in need plan' }] : [])]
    return reply.code(status).render(page, { ...(await pageModel(deps, actor, p.childId, 'Child protection plan', errors)), tag: safety.incomplete ? { text: 'Incomplete', classes: 'govuk-tag--red' } : undefined, rows, links, tables: [coreGroupTable(coreGroups.meetings)], forms, values: v })
  }

  app.get('/cp-plans/:id', { config: { access: 'child.view' } }, async (request, reply) => showPlan(reply, actorOf(request), parseParams(idParam, request.params).id))

  app.post('/cp-plans/:id', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, cpPlanEditSchema(today()), formBody(request), (s, e, v) => showPlan(reply, actor, id, s, e, v), async (input) => (await cpPlans.updatePlan(actor, id, input), `/cp-plans/${id}`))
  })

  app.post('/cp-plans/:id/core-groups', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, coreGroupSchema(today()), formBody(request), (s, e, v) => showPlan(reply, actor, id, s, e, v), async (input) => (await deps.services.coreGroups.record(actor, id, input), `/cp-plans/${id}`))
  })

  // Closing the CIN episode: a request, then a manager's sign-off.
  await closureRoutes(app, deps)
}
