import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { clockTag, formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { arrangementEditFields, arrangementFields, arrangementRows, arrangementValues, childTables, listRows, pfAnchors, visitFields, visitTable } from './privateFosteringPresenters.js'
import { arrangementEditSchema, arrangementQuery, arrangementSchema, pfBody, visitSchema } from './privateFosteringSchemas.js'

const page = 'pages/child-protection/record.njk'

/** Private fostering: notifications, assessment, visits and ends (Children Act 1989 ss66–67; 2005 Regulations). */
export async function privateFosteringRoutes(app: FastifyInstance, deps: Deps) {
  const { privateFostering } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const arrangementOf = (request: FastifyRequest) => arrangementQuery.parse(request.query ?? {}).arrangement
  const body = (request: FastifyRequest) => pfBody((request.body ?? {}) as Record<string, unknown>)
  const today = () => deps.clock.today()

  async function childPage(actor: Actor, childId: string, title: string, errors: FieldErrors, sub?: boolean) {
    const child = await deps.services.children.forEdit(actor, childId)
    const name = `${child.firstName} ${child.lastName}`
    const overview = { text: 'Private fostering', href: `/children/${childId}/private-fostering` }
    return { title, childId, caption: name, captionHref: `/children/${childId}`, errors, errorList: errorList(errors, pfAnchors), breadcrumbs: [{ text: name, href: `/children/${childId}` }, ...(sub ? [overview] : []), { text: title }] }
  }

  async function overview(reply: FastifyReply, actor: Actor, childId: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const list = await privateFostering.forChild(actor, childId)
    const forms = can(actor, 'privateFostering.record') ? [formOf(`/children/${childId}/private-fostering/arrangements`, 'Save notification', arrangementFields, values, { heading: 'Record a private fostering notification' })] : []
    return reply.code(status).render(page, { ...(await childPage(actor, childId, 'Private fostering', errors)), tables: childTables(childId, list), forms, values })
  }

  async function arrangementPage(reply: FastifyReply, actor: Actor, childId: string, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const a = await privateFostering.arrangement(actor, childId, id)
    const values = { ...arrangementValues(a), ...posted }
    const at = `?arrangement=${a.id}`
    const forms = can(actor, 'privateFostering.record')
      ? [
          ...(a.endedOn ? [] : [formOf(`/children/${childId}/private-fostering/visits${at}`, 'Save visit', visitFields, values, { heading: 'Record a visit' })]),
          formOf(`/children/${childId}/private-fostering/arrangement${at}`, 'Save changes', arrangementEditFields, values, { heading: 'Assessment, end and corrections', version: a.version }),
        ]
      : []
    const tag = a.endedOn ? { text: 'Ended', classes: 'govuk-tag--grey' } : clockTag(a.clocks.next)
    return reply.code(status).render(page, { ...(await childPage(actor, childId, 'Private fostering arrangement', errors, true)), tag, rows: rowsOf(arrangementRows(a)), tables: [visitTable(a.visits)], forms, values })
  }

  app.get('/children/:id/private-fostering', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor, arrangement] = [idOf(request.params), actorOf(request), arrangementOf(request)]
    return arrangement ? arrangementPage(reply, actor, id, arrangement) : overview(reply, actor, id)
  })

  app.post('/children/:id/private-fostering/arrangements', { config: { access: 'privateFostering.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, arrangementSchema(today()), body(request), (s, e, v) => overview(reply, actor, id, s, e, v), async (input) => `/children/${id}/private-fostering?arrangement=${(await privateFostering.notify(actor, id, input)).id}`)
  })

  // The arrangement comes in the query string so every URL keeps the child's id as its only parameter.
  app.post('/children/:id/private-fostering/arrangement', { config: { access: 'privateFostering.record' } }, async (request, reply) => {
    const [id, actor, arrangement] = [idOf(request.params), actorOf(request), arrangementOf(request)]
    if (!arrangement) return overview(reply, actor, id, 422, { form: 'Choose the arrangement from the list first' })
    return submit(reply, arrangementEditSchema(today()), body(request), (s, e, v) => arrangementPage(reply, actor, id, arrangement, s, e, v), async (input) => (await privateFostering.update(actor, id, arrangement, input), `/children/${id}/private-fostering?arrangement=${arrangement}`))
  })

  app.post('/children/:id/private-fostering/visits', { config: { access: 'privateFostering.record' } }, async (request, reply) => {
    const [id, actor, arrangement] = [idOf(request.params), actorOf(request), arrangementOf(request)]
    if (!arrangement) return overview(reply, actor, id, 422, { form: 'Choose the arrangement from the list first' })
    return submit(reply, visitSchema(today()), body(request), (s, e, v) => arrangementPage(reply, actor, id, arrangement, s, e, v), async (input) => (await privateFostering.recordVisit(actor, id, arrangement, input), `/children/${id}/private-fostering?arrangement=${arrangement}`))
  })

  app.get('/private-fostering', { config: { access: 'privateFostering.list' } }, async (request, reply) => {
    const list = await privateFostering.list(actorOf(request))
    const children = new Set(list.map((r) => r.childId)).size
    const overdue = list.filter((r) => r.clocks.next.status === 'overdue').length
    return reply.render('pages/private-fostering/list.njk', { title: 'Private fostering', breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Private fostering' }], children, overdue, rows: listRows(list) })
  })
}
