import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { summarise, type WorkItem } from './workService.js'

const statusText = { overdue: 'Overdue', due_soon: 'Due soon', on_track: 'On track', waiting: 'Waiting', met: 'Done', missed: 'Done late' }

export function workRows(items: WorkItem[], showWorker: boolean) {
  return items.map((i) => ({ ...i, statusText: statusText[i.status], showWorker }))
}

export async function workRoutes(app: FastifyInstance, deps: Deps) {
  const { work } = deps.services

  app.get('/my-work', { config: { access: 'work.mine' } }, async (request, reply) => {
    const items = await work.mine(actorOf(request))
    return reply.render('pages/work/list.njk', { title: 'My work', items: workRows(items, false), summary: summarise(items), showWorker: false })
  })

  app.get('/team-work', { config: { access: 'work.team' } }, async (request, reply) => {
    const items = await work.team(actorOf(request))
    return reply.render('pages/work/list.njk', { title: 'Team work', items: workRows(items, true), summary: summarise(items), showWorker: true })
  })
}
