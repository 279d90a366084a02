import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { requestRows, sendBackFields } from './closurePresenters.js'
import { formBody, pageModel, submit } from './cpHttp.js'
import { closureFields, formOf, type Values } from './cpPresenters.js'
import { closureSchema, idParam, sendBackSchema, versionOnlySchema } from './cpSchemas.js'
import { oversightLinks } from '../oversight/oversightLinks.js'

/**
 * Closing a CIN episode: the worker asks with the date, the CIN census reason and a rationale, and a
 * manager signs it off or sends it back (Working Together 2023 ch.2; issue 4 part 5).
 */
export async function closureRoutes(app: FastifyInstance, deps: Deps) {
  const { closures } = deps.services
  const today = () => deps.clock.today()
  const page = 'pages/child-protection/record.njk'
  const idOf = (params: unknown) => parseParams(idParam, params).id

  const renderRequest = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await pageModel(deps, actor, childId, 'Ask to close the child-in-need episode', errors)), values, forms: [formOf(`/children/${childId}/closure`, 'Ask a manager to sign off', closureFields, values)] })

  app.get('/children/:id/closure', { config: { access: 'closure.request' } }, async (request, reply) => renderRequest(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/children/:id/closure', { config: { access: 'closure.request' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, closureSchema(today()), formBody(request), renderRequest(reply, actor, id), async (input) => `/closure-requests/${(await closures.request(actor, id, input)).id}`)
  })

  async function show(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { request: r, requestedBy, decidedBy } = await closures.get(actor, id)
    const decides = !r.decision && can(actor, 'cin.close') && r.requestedBy !== actor.id
    const forms = decides
      ? [formOf(`/closure-requests/${id}/sign-off`, 'Sign off the closure', [], values, { heading: 'Sign off (manager)', version: r.version, buttonClasses: 'govuk-button--warning' }), formOf(`/closure-requests/${id}/send-back`, 'Send it back', sendBackFields, values, { heading: 'Or send it back', version: r.version, buttonClasses: 'govuk-button--secondary' })]
      : []
    return reply.code(status).render(page, { ...(await pageModel(deps, actor, r.childId, 'Closure of the child-in-need episode', errors)), rows: requestRows(r, requestedBy, decidedBy), links: oversightLinks(actor, id, [{ point: 'CLOSURE', decided: r.decision === 'SIGNED_OFF' }]), forms, values })
  }

  app.get('/closure-requests/:id', { config: { access: 'child.view' } }, async (request, reply) => show(reply, actorOf(request), idOf(request.params)))

  app.post('/closure-requests/:id/sign-off', { config: { access: 'cin.close' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, versionOnlySchema, formBody(request), (s, e, v) => show(reply, actor, id, s, e, v), async (input) => `/children/${(await closures.signOff(actor, id, input.version)).request.childId}/child-protection`)
  })

  app.post('/closure-requests/:id/send-back', { config: { access: 'cin.close' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, sendBackSchema, formBody(request), (s, e, v) => show(reply, actor, id, s, e, v), async (input) => (await closures.sendBack(actor, id, input.version, input.sendBackReason), `/closure-requests/${id}`))
  })
}
