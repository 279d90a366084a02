import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** The SSDA903 return (issue 5 part 9). */
export async function ssda903ImportRoutes(_app: FastifyInstance, _deps: Deps) {}
