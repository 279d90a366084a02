import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { differingRows } from '../../http/conflict.js'
import { errorList, parseParams } from '../../http/forms.js'
import { pageModel, submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { caseNoteAnchors, caseNoteFields, caseNoteRows, caseNoteTable, caseNoteValues, conflictLabels, conflictView } from './caseNotePresenters.js'
import { caseNoteBody, caseNoteEditSchema, caseNoteSchema } from './caseNoteSchemas.js'

const page = 'pages/child-protection/record.njk'
const body = (request: FastifyRequest) => caseNoteBody((request.body ?? {}) as Record<string, unknown>)

/** Typed case notes: record, list and edit with optimistic concurrency (ARCHITECTURE.md §11). */
export async function caseNoteRoutes(app: FastifyInstance, deps: Deps) {
  const { caseNotes } = deps.services
  const now = () => deps.clock.now()
  const idOf = (params: unknown) => parseParams(idParam, params).id

  /** The casework page with the case notes list in the breadcrumbs and the caption linking to the child. */
  async function notePage(actor: Actor, childId: string, title: string, errors: FieldErrors) {
    const model = await pageModel(deps, actor, childId, title, errors)
    const crumbs = [model.breadcrumbs[0]!, ...(title === 'Case notes' ? [] : [{ text: 'Case notes', href: `/children/${childId}/case-notes` }]), { text: title }]
    return { ...model, captionHref: `/children/${childId}`, breadcrumbs: crumbs, errorList: errorList(errors, caseNoteAnchors) }
  }

  app.get('/children/:id/case-notes', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    const rows = await caseNotes.list(actor, id)
    const links = can(actor, 'caseNote.record') ? [{ href: `/children/${id}/case-notes/new`, text: 'Record a case note' }] : []
    return reply.render(page, { ...(await notePage(actor, id, 'Case notes', {})), links, tables: [caseNoteTable(rows)] })
  })

  const renderNew = (reply: FastifyReply, actor: Actor, childId: string) => async (status: number, errors: FieldErrors, values: Values) =>
    reply.code(status).render(page, { ...(await notePage(actor, childId, 'Record a case note', errors)), values, forms: [formOf(`/children/${childId}/case-notes`, 'Save case note', caseNoteFields, values)] })

  app.get('/children/:id/case-notes/new', { config: { access: 'caseNote.record' } }, async (request, reply) => renderNew(reply, actorOf(request), idOf(request.params))(200, {}, {}))

  app.post('/children/:id/case-notes', { config: { access: 'caseNote.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, caseNoteSchema(now()), body(request), renderNew(reply, actor, id), async (input) => `/case-notes/${(await caseNotes.record(actor, id, input)).id}`)
  })

  async function showNote(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const note = await caseNotes.get(actor, id)
    if (status === 409) return showConflict(reply, note, posted)
    const values = { ...caseNoteValues(note), ...posted }
    const forms = can(actor, 'caseNote.record') ? [formOf(`/case-notes/${id}`, 'Save changes', caseNoteFields, values, { heading: 'Edit the case note', version: note.version })] : []
    const tag = note.significant ? { text: 'Significant', classes: 'govuk-tag--red' } : undefined
    return reply.code(status).render(page, { ...(await notePage(actor, note.childId, 'Case note', errors)), tag, rows: rowsOf(caseNoteRows(note)), forms, values })
  }

  /** Someone else saved first: both versions side by side, nothing overwritten (the child-edit pattern). */
  function showConflict(reply: FastifyReply, current: Awaited<ReturnType<typeof caseNotes.get>>, posted: Values) {
    const yours = caseNoteEditSchema(now()).parse(posted)
    const crumbs = [{ text: 'Case notes', href: `/children/${current.childId}/case-notes` }, { text: 'Case note', href: `/case-notes/${current.id}` }]
    return reply.code(409).render('pages/children/conflict.njk', {
      title: 'Someone else changed this case note', id: current.childId, lede: 'Someone else saved this case note after you opened it.', editHref: `/case-notes/${current.id}#form`,
      rows: differingRows(conflictLabels, conflictView(yours), conflictView(current)), breadcrumbs: crumbs,
    })
  }

  app.get('/case-notes/:id', { config: { access: 'child.view' } }, async (request, reply) => showNote(reply, actorOf(request), idOf(request.params)))

  app.post('/case-notes/:id', { config: { access: 'caseNote.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, caseNoteEditSchema(now()), body(request), (s, e, v) => showNote(reply, actor, id, s, e, v), async (input) => (await caseNotes.update(actor, id, input), `/case-notes/${id}`))
  })
}
