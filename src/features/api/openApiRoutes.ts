import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { buildOpenApi } from './openApi.js'

export async function openApiRoutes(app: FastifyInstance, _deps: Deps) {
  app.get('/api/v1/openapi.json', { config: { access: 'public' } }, async (request) => buildOpenApi(request.server.routeTable))
  // A client's CSRF token for API writes, tied to its session.
  app.get('/api/v1/session', { config: { access: 'signedIn' } }, async (request, reply) => {
    const actor = actorOf(request)
    return { user: { id: actor.id, role: actor.role, displayName: actor.displayName }, csrfToken: reply.generateCsrf() }
  })
}
