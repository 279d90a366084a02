import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Care leavers (issue 5 part 6). */
export async function careLeaverRoutes(_app: FastifyInstance, _deps: Deps) {}
