import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** The daily DfE children’s social care API feed (issue 7). */
export async function cscFeedRoutes(app: FastifyInstance, deps: Deps) {
  void app
  void deps
}
