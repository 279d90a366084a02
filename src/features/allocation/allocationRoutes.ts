import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { isAppError } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { priorityTag, refusalErrors, teamItems, workerItems } from './allocationPresenters.js'
import { childAllocationSchema, queueAllocationSchema, teamParam } from './allocationSchemas.js'

const crumbs = [{ text: 'Allocation', href: '/allocation' }]

/** The allocation queue, sibling allocation, reallocation and transfer, and the worker-changes list. */
export async function allocationRoutes(app: FastifyInstance, deps: Deps) {
  const { allocation } = deps.services

  async function showQueue(reply: FastifyReply, actor: Actor, status = 200, errors: Record<string, string> = {}, values: Record<string, unknown> = {}) {
    const [queue, choices] = await Promise.all([allocation.queue(actor), allocation.choices(actor, false)])
    const chosen = new Set([values.childIds ?? []].flat())
    return reply.code(status).render('pages/allocation/queue.njk', {
      title: 'Allocation queue',
      rows: queue.map((q) => ({ ...q, tag: priorityTag(q.protection), checked: chosen.has(q.childId) })),
      teamItems: teamItems(choices.teams, values.teamId ?? (choices.teams.length === 1 ? choices.teams[0]!.id : '')),
      workerItems: workerItems(choices.workers, values.workerId),
      values, errors, errorList: errorList(errors, { childIds: 'childIds' }),
      canSeeChanges: can(actor, 'caseload.view'),
    })
  }

  app.get('/allocation', { config: { access: 'allocation.manage' } }, async (request, reply) => showQueue(reply, actorOf(request)))

  app.post('/allocation', { config: { access: 'allocation.manage' } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = queueAllocationSchema.safeParse(body)
    if (!parsed.success) return showQueue(reply, actorOf(request), 422, fieldErrorsOf(parsed.error), body)
    const { childIds, ...rest } = parsed.data
    try {
      await allocation.allocate(actorOf(request), { ...rest, children: childIds.map((childId) => ({ childId, seen: null })) })
      return reply.redirect(`/allocation?allocated=${childIds.length}`)
    } catch (e) {
      if (isAppError(e) && e.status === 422) return showQueue(reply, actorOf(request), 422, refusalErrors(e), body)
      throw e
    }
  })

  async function showChild(reply: FastifyReply, actor: Actor, childId: string, status = 200, errors: Record<string, string> = {}, values: Record<string, unknown> = {}) {
    const [view, choices] = await Promise.all([allocation.forChild(actor, childId), allocation.choices(actor, true)])
    const name = `${view.child.firstName} ${view.child.lastName}`
    return reply.code(status).render('pages/allocation/child.njk', {
      title: `Allocation for ${name}`, name, childId, view,
      teamItems: teamItems(choices.teams, values.teamId ?? view.live?.teamId), workerItems: workerItems(choices.workers, values.workerId),
      values, errors, errorList: errorList(errors), breadcrumbs: [...crumbs, { text: name }],
    })
  }

  app.get('/children/:id/allocation', { config: { access: 'allocation.manage' } }, async (request, reply) =>
    showChild(reply, actorOf(request), parseParams(teamParam, request.params).id),
  )

  app.post('/children/:id/allocation', { config: { access: 'allocation.manage' } }, async (request, reply) => {
    const { id } = parseParams(teamParam, request.params)
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = childAllocationSchema.safeParse(body)
    if (!parsed.success) return showChild(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), body)
    const { seen, ...rest } = parsed.data
    try {
      await allocation.allocate(actorOf(request), { ...rest, children: [{ childId: id, seen: seen || null }] })
      return reply.redirect(`/children/${id}/allocation?allocated=1`)
    } catch (e) {
      if (isAppError(e) && e.status === 422) return showChild(reply, actorOf(request), id, 422, refusalErrors(e), body)
      throw e
    }
  })

  app.get('/allocation/worker-changes', { config: { access: 'caseload.view' } }, async (request, reply) => {
    const actor = actorOf(request)
    return reply.render('pages/allocation/worker-changes.njk', { title: 'Children with 3 or more social workers in 12 months', rows: await allocation.workerChanges(actor), canManage: can(actor, 'allocation.manage') })
  })
}
