import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Liveness and readiness for the platform (research/reliability.md §1.7). */
export async function healthRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/health', { config: { access: 'public' } }, async () => ({ status: 'ok' }))
  app.get('/ready', { config: { access: 'public' } }, async (_request, reply) => {
    const ok = await deps.database.ping()
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'database unavailable' })
  })
}
