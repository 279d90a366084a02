import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { disabledChildRows, disabledSummary } from './disabledChildrenPresenters.js'

/** Open disabled children, within the user's scope. */
export async function disabledChildrenRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/disabled-children', { config: { access: 'children.disabled' } }, async (request, reply) => {
    const list = await deps.services.disabledChildren.list(actorOf(request))
    return reply.render('pages/disabled-children/list.njk', { title: 'Disabled children', summary: disabledSummary(list), rows: disabledChildRows(list), breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Disabled children' }] })
  })
}
