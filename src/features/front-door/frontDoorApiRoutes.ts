import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { parseOrFail, parseParams } from '../../http/forms.js'
import { allocationSchema, contactSchema, decisionSchema, idParam, oversightSchema } from './frontDoorSchemas.js'

const tag = 'Front door'

/** API contacts carry an ISO timestamp with its offset, so there is no wall-clock ambiguity. */
const apiContactSchema = contactSchema.extend({ receivedAt: z.iso.datetime({ offset: true, error: 'receivedAt must be an ISO 8601 timestamp with an offset' }) })

export async function frontDoorApiRoutes(app: FastifyInstance, deps: Deps) {
  const { frontDoor, work } = deps.services

  app.post('/api/v1/contacts', { config: { access: 'contact.create', openapi: { tag, summary: 'Record a contact; recordedAt is set by the server', body: apiContactSchema } } }, async (request, reply) => {
    const input = parseOrFail(apiContactSchema, request.body)
    const contact = await frontDoor.recordContact(actorOf(request), { ...input, receivedAtInstant: new Date(input.receivedAt) })
    return reply.code(201).send(contact)
  })

  app.get('/api/v1/contacts/:id', { config: { access: 'child.view', openapi: { tag, summary: 'A contact with its decision clock and recording delay' } } }, async (request) => {
    const row = await frontDoor.contact(actorOf(request), parseParams(idParam, request.params).id)
    return { ...row.contact, decisionClock: row.clock, recordingDelayHours: row.recordingDelayHours }
  })

  app.post('/api/v1/contacts/:id/decision', { config: { access: 'contact.decide', openapi: { tag, summary: 'Record the decision; a referral decision opens a CIN episode and a referral', body: decisionSchema } } }, async (request) => {
    const { id } = parseParams(idParam, request.params)
    return frontDoor.decide(actorOf(request), id, parseOrFail(decisionSchema, request.body))
  })

  app.post('/api/v1/contacts/:id/oversight', { config: { access: 'contact.oversee', openapi: { tag, summary: 'Record management oversight of the decision', body: oversightSchema } } }, async (request) => {
    const { id } = parseParams(idParam, request.params)
    return frontDoor.recordOversight(actorOf(request), id, parseOrFail(oversightSchema, request.body).oversightNote)
  })

  app.get('/api/v1/referrals/:id', { config: { access: 'child.view', openapi: { tag, summary: 'A referral and its live allocation' } } }, async (request) => {
    const r = await frontDoor.referral(actorOf(request), parseParams(idParam, request.params).id)
    return { ...r.referral, liveAllocation: r.liveAllocation ?? null }
  })

  app.post('/api/v1/referrals/:id/allocation', { config: { access: 'referral.allocate', openapi: { tag, summary: 'Allocate the referral to a named worker', body: allocationSchema } } }, async (request, reply) => {
    const { id } = parseParams(idParam, request.params)
    const input = parseOrFail(allocationSchema, request.body)
    return reply.code(201).send(await frontDoor.allocate(actorOf(request), id, input.workerId, input.reason))
  })

  app.get('/api/v1/my-work', { config: { access: 'work.mine', openapi: { tag: 'Work', summary: 'My work items with due dates and RAG status' } } }, async (request) => ({ items: await work.mine(actorOf(request)) }))
}
