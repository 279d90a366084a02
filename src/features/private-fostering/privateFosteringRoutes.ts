import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Private fostering (issue 5 part 7). */
export async function privateFosteringRoutes(_app: FastifyInstance, _deps: Deps) {}
