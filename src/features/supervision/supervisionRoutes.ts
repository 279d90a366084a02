import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { sessionAnchors, sessionFields, sessionViews, unsupervisedRows, workerRow, workerSummary } from './supervisionPresenters.js'
import { frequencySchema, sessionBody, sessionSchema, unsupervisedQuery } from './supervisionSchemas.js'

const page = 'pages/child-protection/record.njk'
const frequencyFields = [{ kind: 'text' as const, name: 'supervisionEveryDays', label: 'Supervise every (days)', hint: 'For example, 14 for a worker in their assessed and supported year in employment (ASYE), 28 for others' }]
const sessionForm = (today: string) => z.preprocess((v) => sessionBody((v ?? {}) as Record<string, unknown>), sessionSchema(today))

/** Supervision: the manager's view of who is due, a worker's sessions and frequency, and the session form. */
export async function supervisionRoutes(app: FastifyInstance, deps: Deps) {
  const { supervision } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const body = (request: FastifyRequest) => (request.body ?? {}) as Values
  const crumbs = (name: string) => [{ text: 'Supervision', href: '/supervision' }, { text: name }]

  app.get('/supervision', { config: { access: 'supervision.view' } }, async (request, reply) => {
    const workers = (await supervision.overview(actorOf(request))).map(workerRow)
    return reply.render('pages/supervision/overview.njk', { title: 'Supervision', workers, breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Supervision' }] })
  })

  app.get('/supervision/children', { config: { access: 'supervision.view' } }, async (request, reply) => {
    const query = (request.query ?? {}) as Values
    const parsed = unsupervisedQuery.safeParse(query)
    const model = { title: 'Children with no case supervision', values: query, breadcrumbs: [{ text: 'Supervision', href: '/supervision' }, { text: 'Children with no case supervision' }] }
    if (!parsed.success) return reply.code(400).render('pages/supervision/unsupervised.njk', { ...model, errors: fieldErrorsOf(parsed.error), errorList: errorList(fieldErrorsOf(parsed.error)), rows: [] })
    const { since, rows } = await supervision.unsupervised(actorOf(request), parsed.data.weeks)
    return reply.render('pages/supervision/unsupervised.njk', { ...model, values: { weeks: String(parsed.data.weeks) }, errors: {}, since, rows: unsupervisedRows(rows) })
  })

  async function showWorker(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const [worker, sessions] = await Promise.all([supervision.worker(actor, id), supervision.sessions(actor, id)])
    const mayRecord = supervision.mayRecordFor(actor, worker)
    const forms = mayRecord ? [formOf(`/supervision/workers/${id}/frequency`, 'Save frequency', frequencyFields, { supervisionEveryDays: String(worker.everyDays ?? 28), ...values }, { heading: 'Supervision frequency', version: worker.profileVersion ?? 0 })] : []
    const links = mayRecord ? [{ href: `/supervision/workers/${id}/sessions/new`, text: 'Record a supervision session' }] : []
    const table = { caption: 'Supervision sessions', empty: 'No supervision recorded.', head: ['Date and supervisor', 'Reflective discussion', 'Case decisions'].map((text) => ({ text })), rows: sessionViews(sessions).map((s) => [{ text: s.heading }, { text: s.reflective }, { text: s.cases.map((c) => `${c.child}: ${c.decisions}`).join('; ') || 'No case discussed' }]) }
    return reply.code(status).render(page, { title: worker.displayName, caption: 'Supervision', captionHref: '/supervision', errors, errorList: errorList(errors), values, rows: rowsOf(workerSummary(worker)), links, forms, tables: [table], breadcrumbs: crumbs(worker.displayName) })
  }

  app.get('/supervision/workers/:id', { config: { access: 'supervision.view' } }, async (request, reply) => showWorker(reply, actorOf(request), idOf(request.params)))

  app.post('/supervision/workers/:id/frequency', { config: { access: 'supervision.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, frequencySchema, body(request), (s, e, v) => showWorker(reply, actor, id, s, e, v), async (input) => (await supervision.setFrequency(actor, id, input), `/supervision/workers/${id}`))
  })

  const renderNew = (reply: FastifyReply, actor: Actor, id: string) => async (status: number, errors: FieldErrors, values: Values) => {
    const facts = await supervision.formFacts(actor, id)
    const fields = sessionFields(facts.children, facts.owners)
    const model = { title: 'Record a supervision session', caption: facts.worker.displayName, captionHref: `/supervision/workers/${id}`, errors, errorList: errorList(errors, sessionAnchors(fields)), values }
    return reply.code(status).render(page, { ...model, forms: [formOf(`/supervision/workers/${id}/sessions`, 'Save supervision', fields, values)], breadcrumbs: [{ text: 'Supervision', href: '/supervision' }, { text: facts.worker.displayName, href: `/supervision/workers/${id}` }, { text: 'Record a session' }] })
  }

  app.get('/supervision/workers/:id/sessions/new', { config: { access: 'supervision.record' } }, async (request, reply) => renderNew(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/supervision/workers/:id/sessions', { config: { access: 'supervision.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, sessionForm(deps.clock.today()), body(request), renderNew(reply, actor, id), async (input) => (await supervision.record(actor, id, input), `/supervision/workers/${id}`))
  })
}
