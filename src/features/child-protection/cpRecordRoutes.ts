import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, s47Outcomes, strategyAgencies, strategyDecisions } from '../../domain/codeLists/index.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { formBody, pageModel, submit } from './cpHttp.js'
import { cpPlanRoutes } from './cpPlanRoutes.js'
import { codesText, dateText, formOf, notConvenedFields, notConvenedText, rowsOf, s47OutcomeFields, s47StartFields, strategyFields, valuesOf, type Values } from './cpPresenters.js'
import { idParam, notConvenedSchema, s47OutcomeSchema, s47StartSchema, strategySchema, versionOnlySchema } from './cpSchemas.js'
import { oversightLinks } from '../oversight/oversightLinks.js'

/** Strategy discussions and section 47 enquiries (Working Together 2023 ch.2; Children Act 1989 s47). */
export async function cpRecordRoutes(app: FastifyInstance, deps: Deps) {
  const { childProtection } = deps.services
  const today = () => deps.clock.today()
  const page = 'pages/child-protection/record.njk'

  const renderNew = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await pageModel(deps, actor, childId, 'Record a strategy discussion', errors)), values, forms: [formOf(`/children/${childId}/strategy-discussions`, 'Save strategy discussion', strategyFields, values)] })

  app.get('/children/:id/strategy-discussions/new', { config: { access: 'cp.record' } }, async (request, reply) =>
    renderNew(reply, actorOf(request), parseParams(idParam, request.params).id)(200, {}, {}),
  )

  app.post('/children/:id/strategy-discussions', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, strategySchema(today()), formBody(request), renderNew(reply, actor, id), async (input) => `/strategy-discussions/${(await childProtection.recordStrategy(actor, id, input)).id}`)
  })

  async function showStrategy(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { strategy: s, s47 } = await childProtection.strategy(actor, id)
    const rows = rowsOf([['Held on', dateText(s.heldOn)], ['Agencies present', codesText(strategyAgencies, s.agencies)], ['Decision', describe(strategyDecisions, s.decision)], ['Section 47 enquiry', s47 ? `Started ${dateText(s47.startDate)}` : null]])
    const canStart = s.decision === 'S47' && !s47 && can(actor, 'cp.record')
    const forms = canStart ? [formOf(`/strategy-discussions/${id}/s47`, 'Start the enquiry', s47StartFields, values, { heading: 'Start the section 47 enquiry' })] : []
    return reply.code(status).render(page, { ...(await pageModel(deps, actor, s.childId, 'Strategy discussion', errors)), rows, forms, values })
  }

  app.get('/strategy-discussions/:id', { config: { access: 'child.view' } }, async (request, reply) => showStrategy(reply, actorOf(request), parseParams(idParam, request.params).id))

  app.post('/strategy-discussions/:id/s47', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, s47StartSchema(today()), formBody(request), (s, e, v) => showStrategy(reply, actor, id, s, e, v), async (input) => `/s47-enquiries/${(await childProtection.startS47(actor, id, input.startDate)).id}`)
  })

  async function showS47(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { s47: e, strategy, icpc, requestedBy, authorisedBy } = await childProtection.s47(actor, id)
    const pending = e.outcome === 'SUBSTANTIATED' && !icpc && !e.notConvenedAuthorisedAt
    const rows = rowsOf([
      ['Strategy discussion', dateText(strategy.heldOn)], ['Started', dateText(e.startDate)], ['Outcome', describe(s47Outcomes, e.outcome) || 'In progress'],
      ['ICPC target (15 working days from the strategy discussion)', dateText(e.icpcTargetOn)], ['Initial conference', icpc ? dateText(icpc.heldOn) : null],
      ['Decision not to convene', notConvenedText(e) ? `${notConvenedText(e)}. ${e.notConvenedReason} (${requestedBy}${authorisedBy ? `; authorised by ${authorisedBy}` : ''})` : null],
    ])
    const v = { ...valuesOf(e), ...values }
    const forms = [
      ...(!icpc && !e.notConvenedAuthorisedAt && can(actor, 'cp.record') ? [formOf(`/s47-enquiries/${id}/outcome`, 'Save outcome', s47OutcomeFields, v, { heading: 'Outcome', version: e.version })] : []),
      ...(pending && !e.notConvenedReason && can(actor, 'cp.record') ? [formOf(`/s47-enquiries/${id}/not-convened`, 'Ask a manager to authorise', notConvenedFields, v, { heading: 'Not convening an initial conference', version: e.version })] : []),
      ...(pending && e.notConvenedReason && can(actor, 'cp.authorise') ? [formOf(`/s47-enquiries/${id}/not-convened/authorise`, 'Authorise not convening', [], v, { heading: 'Authorise the decision not to convene', version: e.version })] : []),
    ]
    return reply.code(status).render(page, { ...(await pageModel(deps, actor, e.childId, 'Section 47 enquiry', errors)), rows, links: oversightLinks(actor, id, [{ point: 'S47_OUTCOME', decided: !!e.outcome }, { point: 'ICPC_NOT_CONVENED', decided: !!e.notConvenedAuthorisedAt }]), forms, values: v })
  }

  app.get('/s47-enquiries/:id', { config: { access: 'child.view' } }, async (request, reply) => showS47(reply, actorOf(request), parseParams(idParam, request.params).id))

  app.post('/s47-enquiries/:id/outcome', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, s47OutcomeSchema, formBody(request), (s, e, v) => showS47(reply, actor, id, s, e, v), async (input) => (await childProtection.recordS47Outcome(actor, id, input.version, input.outcome), `/s47-enquiries/${id}`))
  })

  app.post('/s47-enquiries/:id/not-convened', { config: { access: 'cp.record' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, notConvenedSchema, formBody(request), (s, e, v) => showS47(reply, actor, id, s, e, v), async (input) => (await childProtection.requestNotConvened(actor, id, input.version, input.notConvenedReason), `/s47-enquiries/${id}`))
  })

  app.post('/s47-enquiries/:id/not-convened/authorise', { config: { access: 'cp.authorise' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const actor = actorOf(request)
    return submit(reply, versionOnlySchema, formBody(request), (s, e, v) => showS47(reply, actor, id, s, e, v), async (input) => (await childProtection.authoriseNotConvened(actor, id, input.version), `/s47-enquiries/${id}`))
  })

  await cpPlanRoutes(app, deps)
}
