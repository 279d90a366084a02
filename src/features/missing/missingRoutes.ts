import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Missing and absent episodes, return home interviews and exploitation screening (issue 5 part 5). */
export async function missingRoutes(_app: FastifyInstance, _deps: Deps) {}
