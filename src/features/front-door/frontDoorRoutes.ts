import { childListLabel } from '../../access/index.js'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { londonLocalToInstant } from '../../domain/clock.js'
import { contactDecisions, describe } from '../../domain/codeLists/index.js'
import { isAppError } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, joinDateTimeInput, parseOrFail } from '../../http/forms.js'
import { clockTag, recordingDelayText, sourceItems } from './frontDoorPresenters.js'
import { contactSchema, idParam } from './frontDoorSchemas.js'
import { contactPageRoutes } from './contactPageRoutes.js'

const queueCrumbs = [{ text: 'Front door', href: '/front-door' }]

/** The GOV.UK date input plus an hh:mm time field, as a London wall-clock time. */
export const receivedAtFrom = (body: Record<string, unknown>): string => joinDateTimeInput(body, 'receivedAt')

export async function frontDoorRoutes(app: FastifyInstance, deps: Deps) {
  const { frontDoor, children } = deps.services

  app.get('/front-door', { config: { access: 'frontDoor.queue' } }, async (request, reply) => {
    const queue = await frontDoor.queue(actorOf(request))
    return reply.render('pages/front-door/queue.njk', {
      title: 'Front door',
      open: queue.open.map((r) => ({ id: r.contact.id, child: childListLabel(r), childId: r.childId, received: r.contact.receivedAt, due: r.contact.decisionDueOn, tag: clockTag(r.clock), delay: recordingDelayText(r.recordingDelayHours), screener: r.screenerName })),
      oversight: queue.oversight.map((r) => ({ id: r.contact.id, child: childListLabel(r), decidedAt: r.contact.decidedAt, decision: describe(contactDecisions, r.contact.decision) })),
      unallocated: queue.unallocated.map((r) => ({ id: r.referral.id, child: childListLabel(r), referralDate: r.referral.referralDate, daysWaiting: r.daysWaiting, reReferral: r.referral.isReReferral })),
      canCreate: can(actorOf(request), 'contact.create'),
    })
  })

  const renderNew = async (reply: import('fastify').FastifyReply, childId: string, values: Record<string, unknown>, errors: Record<string, string> = {}) => {
    const child = await children.forEdit(reply.request.actor!, childId)
    return reply.render('pages/front-door/contact-form.njk', {
      title: 'Record a contact', child, values, errors,
      errorList: errorList(errors, { receivedAt: 'receivedAt-day' }), sourceItems: sourceItems(values.source),
      breadcrumbs: [...queueCrumbs, { text: 'Record a contact' }],
    })
  }

  app.get('/front-door/contacts/new', { config: { access: 'contact.create' } }, async (request, reply) => {
    const query = z.object({ childId: z.uuid().optional().catch(undefined) }).parse(request.query)
    if (!query.childId) return reply.redirect('/children?purpose=contact')
    return renderNew(reply, query.childId, {})
  })

  app.post('/front-door/contacts', { config: { access: 'contact.create' } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const { childId } = parseOrFail(z.object({ childId: z.uuid({ error: 'Select the child this contact is about' }) }), body)
    const parsed = contactSchema.safeParse({ ...body, receivedAt: receivedAtFrom(body) })
    if (!parsed.success) return renderNew(reply.code(422), childId, body, fieldErrorsOf(parsed.error))
    try {
      const contact = await frontDoor.recordContact(actorOf(request), { ...parsed.data, receivedAtInstant: londonLocalToInstant(parsed.data.receivedAt) })
      return reply.redirect(`/front-door/contacts/${contact.id}`)
    } catch (e) {
      if (isAppError(e) && e.status === 422) return renderNew(reply.code(422), childId, body, e.fieldErrors)
      throw e
    }
  })

  await contactPageRoutes(app, deps)
}

export { idParam }
