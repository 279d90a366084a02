import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { attendanceFields, trainingAnchors, trainingFields, trainingRows } from './trainingPresenters.js'
import { attendanceSchema, trainingBody, trainingListQuery, trainingSchema } from './trainingSchemas.js'

/** Training and development: everyone the user may see, a person's records, and the manager's forms. */
export async function trainingRoutes(app: FastifyInstance, deps: Deps) {
  const { training } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const body = (request: FastifyRequest) => trainingBody((request.body ?? {}) as Record<string, unknown>)

  app.get('/training', { config: { access: 'training.view' } }, async (request, reply) => {
    const parsed = trainingListQuery.safeParse(request.query ?? {})
    const errors = parsed.success ? {} : fieldErrorsOf(parsed.error)
    const overdueOnly = parsed.success && parsed.data.overdue === 'yes'
    const rows = parsed.success ? trainingRows(await training.list(actorOf(request), overdueOnly), training.today()) : []
    return reply.code(parsed.success ? 200 : 400).render('pages/training/list.njk', { title: 'Training and development', overdueOnly, rows, errors, errorList: errorList(errors), breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Training and development' }] })
  })

  async function showPerson(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const { person, records, mayManage } = await training.forPerson(actor, id)
    const rows = trainingRows(records, training.today())
    const table = { caption: 'Programme records', empty: 'No training recorded.', head: ['Programme', 'Session or module', 'Due', 'Attended', 'Status'].map((text) => ({ text })), rows: rows.map((r) => [{ text: r.programme }, { text: r.title }, { text: r.due }, { text: r.attended }, { text: r.statusText }]) }
    const attendable = records.some((r) => !r.record.attendedOn)
    const forms = mayManage ? [formOf(`/training/users/${id}`, 'Add training record', trainingFields, values, { heading: 'Add a training record' }), ...(attendable ? [formOf(`/training/users/${id}/attendance`, 'Record attendance', attendanceFields(records), values, { heading: 'Record attendance', buttonClasses: 'govuk-button--secondary' })] : [])] : []
    return reply.code(status).render('pages/child-protection/record.njk', {
      title: person.displayName, caption: 'Training and development', captionHref: '/training', errors, errorList: errorList(errors, trainingAnchors), values, rows: rowsOf([['Team', person.teamName ?? 'No team']]), tables: [table], forms,
      breadcrumbs: [{ text: 'Training and development', href: '/training' }, { text: person.displayName }],
    })
  }

  app.get('/training/users/:id', { config: { access: 'training.view' } }, async (request, reply) => showPerson(reply, actorOf(request), idOf(request.params)))

  app.post('/training/users/:id', { config: { access: 'training.manage' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, trainingSchema(deps.clock.today()), body(request), (s, e, v) => showPerson(reply, actor, id, s, e, v), async (input) => (await training.add(actor, id, input), `/training/users/${id}`))
  })

  app.post('/training/users/:id/attendance', { config: { access: 'training.manage' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, attendanceSchema(deps.clock.today()), body(request), (s, e, v) => showPerson(reply, actor, id, s, e, v), async (input) => (await training.attend(actor, id, input), `/training/users/${id}`))
  })
}
