import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { pageModel, submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { maximumTag, protectiveOrderAnchors, protectiveOrderFields, protectiveOrderRows, protectiveOrderValues } from './protectiveOrderPresenters.js'
import { protectiveOrderBody, protectiveOrderEditSchema, protectiveOrderSchema } from './protectiveOrderSchemas.js'

const page = 'pages/child-protection/record.njk'
const body = (request: FastifyRequest) => protectiveOrderBody((request.body ?? {}) as Record<string, unknown>)

/** Emergency protection orders (Children Act 1989 s44–45) and police protection (s46). */
export async function protectiveOrderRoutes(app: FastifyInstance, deps: Deps) {
  const { protectiveOrders } = deps.services
  const now = () => deps.clock.now()
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const orderPage = async (actor: Actor, childId: string, title: string, errors: FieldErrors) => ({ ...(await pageModel(deps, actor, childId, title, errors)), errorList: errorList(errors, protectiveOrderAnchors) })

  const renderNew = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await orderPage(actor, childId, 'Record an EPO or police protection', errors)), values, forms: [formOf(`/children/${childId}/protective-orders`, 'Save', protectiveOrderFields, values)] })

  app.get('/children/:id/protective-orders/new', { config: { access: 'protectiveOrder.record' } }, async (request, reply) => renderNew(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/children/:id/protective-orders', { config: { access: 'protectiveOrder.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, protectiveOrderSchema(now()), body(request), renderNew(reply, actor, id), async (input) => `/protective-orders/${(await protectiveOrders.record(actor, id, input)).id}`)
  })

  async function showOrder(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const order = await protectiveOrders.get(actor, id)
    const values = { ...protectiveOrderValues(order), ...posted }
    const forms = can(actor, 'protectiveOrder.record') ? [formOf(`/protective-orders/${id}`, 'Save changes', protectiveOrderFields, values, { heading: order.endedAt ? 'Correct the record' : 'Record the end', version: order.version })] : []
    return reply.code(status).render(page, { ...(await orderPage(actor, order.childId, 'Emergency protection', errors)), tag: maximumTag(order), rows: rowsOf(protectiveOrderRows(order)), forms, values })
  }

  app.get('/protective-orders/:id', { config: { access: 'child.view' } }, async (request, reply) => showOrder(reply, actorOf(request), idOf(request.params)))

  app.post('/protective-orders/:id', { config: { access: 'protectiveOrder.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, protectiveOrderEditSchema(now()), body(request), (s, e, v) => showOrder(reply, actor, id, s, e, v), async (input) => (await protectiveOrders.update(actor, id, input), `/protective-orders/${id}`))
  })
}
