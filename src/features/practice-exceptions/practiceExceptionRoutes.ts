import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** The practice exceptions page: by team, the children inspectors would ask about (issue 7). */
export async function practiceExceptionRoutes(app: FastifyInstance, deps: Deps) {
  void app
  void deps
}
