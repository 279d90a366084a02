import { childListLabel } from '../../access/index.js'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { can } from '../../access/guard.js'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import { isAppError } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { clockTag, contactRows, decisionItems, needItems } from './frontDoorPresenters.js'
import { allocationSchema, decisionSchema, idParam, oversightSchema } from './frontDoorSchemas.js'

/** One contact (decision and oversight) and one referral (allocation). */
export async function contactPageRoutes(app: FastifyInstance, deps: Deps) {
  const { frontDoor } = deps.services

  async function showContact(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: Record<string, string> = {}, values: Record<string, unknown> = {}) {
    const row = await frontDoor.contact(actor, id)
    const c = row.contact
    return reply.code(status).render('pages/front-door/contact.njk', {
      title: `Contact about ${childListLabel(row)}`, contact: c, childId: row.childId, child: childListLabel(row),
      rows: contactRows(c, row.screenerName, row.recordingDelayHours), tag: clockTag(row.clock),
      canDecide: !c.decision && can(actor, 'contact.decide'),
      canOversee: !!c.decision && !c.oversightAt && can(actor, 'contact.oversee'),
      decisionItems: decisionItems(values.decision), needItems: needItems(values.primaryNeed),
      values, errors, errorList: errorList(errors),
      breadcrumbs: [{ text: 'Front door', href: '/front-door' }, { text: 'Contact' }],
    })
  }

  app.get('/front-door/contacts/:id', { config: { access: 'child.view' } }, async (request, reply) =>
    showContact(reply, actorOf(request), parseParams(idParam, request.params).id),
  )

  app.post('/front-door/contacts/:id/decision', { config: { access: 'contact.decide' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = decisionSchema.safeParse(body)
    if (!parsed.success) return showContact(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), body)
    try {
      const result = await frontDoor.decide(actorOf(request), id, parsed.data)
      return reply.redirect(result.referral ? `/referrals/${result.referral.id}` : `/front-door/contacts/${id}`)
    } catch (e) {
      if (isAppError(e) && (e.status === 422 || e.status === 409)) return showContact(reply, actorOf(request), id, e.status, { decision: e.message }, body)
      throw e
    }
  })

  app.post('/front-door/contacts/:id/oversight', { config: { access: 'contact.oversee' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const parsed = oversightSchema.safeParse(request.body)
    if (!parsed.success) return showContact(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), (request.body ?? {}) as Record<string, unknown>)
    await frontDoor.recordOversight(actorOf(request), id, parsed.data.oversightNote)
    return reply.redirect(`/front-door/contacts/${id}`)
  })

  async function showReferral(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: Record<string, string> = {}, values: Record<string, unknown> = {}) {
    const r = await frontDoor.referral(actor, id)
    return reply.code(status).render('pages/front-door/referral.njk', {
      title: `Referral for ${childListLabel(r)}`, referral: r.referral, childId: r.childId, child: childListLabel(r), liveAllocation: r.liveAllocation,
      canAllocate: can(actor, 'referral.allocate') && !r.episodeEnd,
      workerItems: [{ value: '', text: 'Select a worker' }, ...r.workers.map((w) => ({ value: w.id, text: `${w.displayName} (${w.teamName})`, selected: w.id === values.workerId }))],
      values, errors, errorList: errorList(errors),
      breadcrumbs: [{ text: 'Front door', href: '/front-door' }, { text: 'Referral' }],
    })
  }

  app.get('/referrals/:id', { config: { access: 'child.view' } }, async (request, reply) =>
    showReferral(reply, actorOf(request), parseParams(idParam, request.params).id),
  )

  app.post('/referrals/:id/allocation', { config: { access: 'referral.allocate' } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = allocationSchema.safeParse(body)
    if (!parsed.success) return showReferral(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), body)
    try {
      await frontDoor.allocate(actorOf(request), id, parsed.data.workerId, parsed.data.reason)
      return reply.redirect(`/referrals/${id}?allocated=1`)
    } catch (e) {
      if (isAppError(e) && e.status === 422) return showReferral(reply, actorOf(request), id, 422, Object.keys(e.fieldErrors).length ? e.fieldErrors : { workerId: e.message }, body)
      throw e
    }
  })
}
