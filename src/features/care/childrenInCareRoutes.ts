import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { careRoutes } from './careRoutes.js'
import { unregisteredRoutes } from './unregisteredRoutes.js'

/** Children in care: periods of care, legal status and placement changes, unregistered placements, visits (issue 5 parts 1, 2 and 4). */
export async function childrenInCareRoutes(app: FastifyInstance, deps: Deps) {
  await careRoutes(app, deps)
  await unregisteredRoutes(app, deps)
}
