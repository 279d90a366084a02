import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { submit } from '../child-protection/cpHttp.js'
import { clockTag, dateText, formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { careBody, carePage, childIdOf, page } from './careHttp.js'
import { careValuesOf, signOffFields, unregisteredPlanFields } from './carePresenters.js'
import { signOffSchema, unregisteredPlanSchema } from './careSchemas.js'

/** Unregistered placements: the child's record (plan, Ofsted, sign-off) and the live list (Ofsted 2024). */
export async function unregisteredRoutes(app: FastifyInstance, deps: Deps) {
  const { unregisteredPlacements: service } = deps.services

  async function show(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const u = await service.forChild(actor, id)
    const model = await carePage(deps, actor, id, 'Unregistered placement', errors)
    if (!u) return reply.code(status).render(page, { ...model, rows: rowsOf([['Unregistered placement', 'The child’s current placement is not flagged as unregistered']]) })
    const values = { ...careValuesOf(u), ...posted }
    const forms = [
      ...(can(actor, 'care.record') ? [formOf(`/children/${id}/care/unregistered/plan`, 'Save the plan', unregisteredPlanFields, values, { heading: 'The plan and Ofsted', version: u.version })] : []),
      ...(can(actor, 'care.unregisteredSignOff') && !u.directorSignedOffOn ? [formOf(`/children/${id}/care/unregistered/sign-off`, 'Sign off the placement', signOffFields, values, { heading: 'Director’s sign-off', version: u.version })] : []),
    ]
    const rows = rowsOf([
      ['Director’s sign-off', dateText(u.directorSignedOffOn)],
      ['Ofsted told', dateText(u.ofstedNotifiedOn)],
      ['Plan', u.plan ? `${u.plan === 'REGISTER' ? 'Register the placement' : 'Move the child'}: ${u.planDetail ?? ''}` : null],
    ])
    return reply.code(status).render(page, { ...model, rows, forms, values })
  }

  app.get('/children/:id/care/unregistered', { config: { access: 'child.view' } }, async (request, reply) => show(reply, actorOf(request), childIdOf(request.params)))
  app.post('/children/:id/care/unregistered/plan', { config: { access: 'care.record' } }, async (request, reply) => {
    const [id, actor] = [childIdOf(request.params), actorOf(request)]
    return submit(reply, unregisteredPlanSchema(deps.clock.today()), careBody(request), (s, e, v) => show(reply, actor, id, s, e, v), async (input) => (await service.recordPlan(actor, id, input), `/children/${id}/care/unregistered`))
  })
  app.post('/children/:id/care/unregistered/sign-off', { config: { access: 'care.unregisteredSignOff' } }, async (request, reply) => {
    const [id, actor] = [childIdOf(request.params), actorOf(request)]
    return submit(reply, signOffSchema(deps.clock.today()), careBody(request), (s, e, v) => show(reply, actor, id, s, e, v), async (input) => (await service.signOff(actor, id, input), `/children/${id}/care/unregistered`))
  })

  app.get('/care/unregistered', { config: { access: 'care.unregistered' } }, async (request, reply) => {
    const list = await service.list(actorOf(request))
    const rows = list.map((c) => [
      { html: `<a class="govuk-link" href="/children/${c.childId}/care/unregistered">${escapeHtml(c.childLabel)}</a>` },
      { text: `${c.placementType}${c.providerName ? `, ${c.providerName}` : ''}` },
      { text: `${c.daysUnregistered} days (since ${dateText(c.placementStart)})` },
      { text: c.missing.length ? c.missing.join('; ') : 'None' },
      { text: c.lastVisitOn ? `${dateText(c.lastVisitOn)} (${c.daysSinceVisit} days ago)` : 'No visit' },
      { text: `${clockTag(c.visitClock).text}: next due ${dateText(c.visitClock.dueOn)}` },
    ])
    const summary = { children: list.length, unsigned: list.filter((c) => c.missing.includes('Director’s sign-off')).length, overdue: list.filter((c) => c.visitClock.status === 'overdue').length }
    return reply.render('pages/care/unregistered.njk', { title: 'Children in unregistered placements', rows, summary, breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Unregistered placements' }] })
  })
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
