import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { assessmentFactors, assessmentOutcomes, describe } from '../../domain/codeLists/index.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { formBody, pageModel, submit } from './cpHttp.js'
import { assessmentFields, authoriseFields, clockTag, codesText, dateText, formOf, rowsOf, valuesOf, type Values } from './cpPresenters.js'
import { overviewModel } from './cpOverview.js'
import { planTables } from '../plans/planPresenters.js'
import { protectiveOrderTable } from '../protective-orders/protectiveOrderPresenters.js'
import { assessmentEditSchema, assessmentSchema, authoriseAssessmentSchema, idParam } from './cpSchemas.js'
import { cpRecordRoutes } from './cpRecordRoutes.js'
import { closureRequestTable } from './closurePresenters.js'
import { oversightLinks } from '../oversight/oversightLinks.js'

/** The child's CIN/CP overview and child and family assessments (Working Together 2023 ch.2). */
export async function cpRoutes(app: FastifyInstance, deps: Deps) {
  const { assessments, cpPlans } = deps.services
  const today = () => deps.clock.today()

  app.get('/children/:id/child-protection', { config: { access: 'child.view' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    const model = await pageModel(deps, actor, id, 'Child protection and assessments', {})
    const overview = overviewModel(await cpPlans.overview(actor, id), actor)
    // Plans, visits and their clocks (Working Together 2023 ch.2), from the plans feature.
    const planModel = { tables: [...overview.tables, ...planTables(await deps.services.plans.forChild(actor, id))], canRecordPlan: !!overview.openEpisode && can(actor, 'plan.record') }
    // Emergency protection (Children Act 1989 ss44–46), from the protective-orders feature.
    planModel.tables.push(protectiveOrderTable(await deps.services.protectiveOrders.forChild(actor, id)))
    const canRecordProtection = can(actor, 'protectiveOrder.record')
    // Requests to close the episode, awaiting or given a manager's sign-off.
    planModel.tables.push(closureRequestTable(await deps.services.closures.forChild(actor, id)))
    return reply.render('pages/child-protection/child.njk', { ...model, ...overview, ...planModel, canRecordProtection, breadcrumbs: model.breadcrumbs.slice(0, 1).concat({ text: model.title }) })
  })

  const renderNew = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render('pages/child-protection/record.njk', { ...(await pageModel(deps, actor, childId, 'Record an assessment', errors)), values, forms: [formOf(`/children/${childId}/assessments`, 'Save assessment', assessmentFields, values)] })

  app.get('/children/:id/assessments/new', { config: { access: 'assessment.record' } }, async (request, reply) =>
    renderNew(reply, actorOf(request), parseParams(idParam, request.params).id)(200, {}, { 'startDate-day': '', factors: [] }),
  )

  app.post('/children/:id/assessments', { config: { access: 'assessment.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, assessmentSchema(today()), formBody(request), renderNew(reply, actor, id), async (input) => `/assessments/${(await assessments.create(actor, id, input)).id}`)
  })

  async function showAssessment(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values?: Values) {
    const a = await assessments.get(actor, id)
    const x = a.assessment
    const open = !x.authorisedOn
    const formValues = { ...valuesOf(x), ...values }
    const forms = [
      ...(open && can(actor, 'assessment.record') ? [formOf(`/assessments/${id}`, 'Save changes', assessmentFields, formValues, { heading: 'Edit the assessment', version: x.version })] : []),
      ...(open && can(actor, 'assessment.authorise') ? [formOf(`/assessments/${id}/authorise`, 'Authorise assessment', authoriseFields, formValues, { heading: 'Authorise (manager)', version: x.version })] : []),
    ]
    const rows = rowsOf([
      ['Referral date', dateText(a.referralDate)], ['Start date', dateText(x.startDate)], ['Child seen', dateText(x.childSeenOn)], ['Child seen alone', dateText(x.childSeenAloneOn)], ['Internal review', dateText(x.internalReviewOn)],
      ['Factors identified', codesText(assessmentFactors, x.factors)], ['Outcome', describe(assessmentOutcomes, x.outcome)], ['Next step', x.nextStep], ['Why late', x.lateReason],
      ['Due (45 working days from referral)', dateText(a.clock.dueOn)], ['Authorised', x.authorisedOn ? `${dateText(x.authorisedOn)} by ${a.authorisedByName}` : 'Awaiting authorisation'],
    ])
    return reply.code(status).render('pages/child-protection/record.njk', { ...(await pageModel(deps, actor, x.childId, 'Child and family assessment', errors)), tag: clockTag(a.clock), rows, links: oversightLinks(actor, id, [{ point: 'ASSESSMENT_AUTHORISATION', decided: !!x.authorisedOn }]), forms, values: formValues })
  }

  app.get('/assessments/:id', { config: { access: 'child.view' } }, async (request, reply) => showAssessment(reply, actorOf(request), parseParams(idParam, request.params).id))

  app.post('/assessments/:id', { config: { access: 'assessment.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, assessmentEditSchema(today()), formBody(request), (s, e, v) => showAssessment(reply, actor, id, s, e, v), async (input) => (await assessments.update(actor, id, input), `/assessments/${id}`))
  })

  app.post('/assessments/:id/authorise', { config: { access: 'assessment.authorise' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, authoriseAssessmentSchema(today()), formBody(request), (s, e, v) => showAssessment(reply, actor, id, s, e, v), async (input) => (await assessments.authorise(actor, id, input), `/assessments/${id}`))
  })

  await cpRecordRoutes(app, deps)
}
