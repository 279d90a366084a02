import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { assessmentRows, assessmentTable, completeFields, completeValues, earlyHelpAnchors, recordFields } from './earlyHelpPresenters.js'
import { assessmentQuery, completeSchema, earlyHelpBody, recordSchema } from './earlyHelpSchemas.js'

const page = 'pages/early-help/child.njk'
const listTitle = 'Early help assessments'

/** Early help assessments on the child's record: list, record, and complete with the outcome. */
export async function earlyHelpRoutes(app: FastifyInstance, deps: Deps) {
  const { earlyHelp } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const assessmentOf = (request: FastifyRequest) => assessmentQuery.parse(request.query ?? {}).assessment
  const body = (request: FastifyRequest) => earlyHelpBody((request.body ?? {}) as Record<string, unknown>)

  async function pageModel(actor: Actor, childId: string, title: string, errors: FieldErrors) {
    const child = await deps.services.children.forEdit(actor, childId)
    const name = `${child.firstName} ${child.lastName}`
    const list = title === listTitle ? [] : [{ text: listTitle, href: `/children/${childId}/early-help` }]
    return { title, childId, caption: name, errors, errorList: errorList(errors, earlyHelpAnchors), breadcrumbs: [{ text: name, href: `/children/${childId}` }, ...list, { text: title }] }
  }

  async function listPage(reply: FastifyReply, actor: Actor, childId: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { assessments, contacts } = await earlyHelp.forChild(actor, childId)
    const forms = can(actor, 'earlyHelp.record') ? [formOf(`/children/${childId}/early-help`, 'Save assessment', recordFields(contacts), values, { heading: 'Record an early help assessment' })] : []
    return reply.code(status).render(page, { ...(await pageModel(actor, childId, listTitle, errors)), table: assessmentTable(childId, assessments), forms, values })
  }

  async function assessmentPage(reply: FastifyReply, actor: Actor, childId: string, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const a = await earlyHelp.get(actor, childId, id)
    const values = { ...completeValues(a), ...posted }
    const heading = a.completedOn ? 'Correct the completion' : 'Complete the assessment'
    const forms = can(actor, 'earlyHelp.record') ? [formOf(`/children/${childId}/early-help/complete?assessment=${a.id}`, 'Save', completeFields, values, { heading, version: a.version })] : []
    return reply.code(status).render(page, { ...(await pageModel(actor, childId, 'Early help assessment', errors)), rows: rowsOf(assessmentRows(a)), forms, values })
  }

  // The assessment comes in the query string so every URL keeps the child's id as its only parameter.
  app.get('/children/:id/early-help', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor, assessment] = [idOf(request.params), actorOf(request), assessmentOf(request)]
    return assessment ? assessmentPage(reply, actor, id, assessment) : listPage(reply, actor, id)
  })

  app.post('/children/:id/early-help', { config: { access: 'earlyHelp.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    const render = (s: number, e: FieldErrors, v: Values) => listPage(reply, actor, id, s, e, v)
    return submit(reply, recordSchema(deps.clock.today()), body(request), render, async (input) => `/children/${id}/early-help?assessment=${(await earlyHelp.record(actor, id, input)).id}`)
  })

  app.post('/children/:id/early-help/complete', { config: { access: 'earlyHelp.record' } }, async (request, reply) => {
    const [id, actor, assessment] = [idOf(request.params), actorOf(request), assessmentOf(request)]
    if (!assessment) return listPage(reply, actor, id, 422, { form: 'Choose the assessment from the list, then complete it' })
    const render = (s: number, e: FieldErrors, v: Values) => assessmentPage(reply, actor, id, assessment, s, e, v)
    return submit(reply, completeSchema(deps.clock.today()), { ...body(request), assessmentId: assessment }, render, async (input) => (await earlyHelp.complete(actor, id, input), `/children/${id}/early-help?assessment=${assessment}`))
  })
}
