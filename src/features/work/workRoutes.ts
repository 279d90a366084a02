import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { workRows } from './workPresenters.js'
import { summarise } from './workService.js'

export async function workRoutes(app: FastifyInstance, deps: Deps) {
  const { work } = deps.services

  app.get('/my-work', { config: { access: 'work.mine' } }, async (request, reply) => {
    const items = await work.mine(actorOf(request))
    return reply.render('pages/work/list.njk', { title: 'My work', items: workRows(items), summary: summarise(items), showWorker: false })
  })

  app.get('/team-work', { config: { access: 'work.team' } }, async (request, reply) => {
    const items = await work.team(actorOf(request))
    return reply.render('pages/work/list.njk', { title: 'Team work', items: workRows(items), summary: summarise(items), showWorker: true })
  })
}
