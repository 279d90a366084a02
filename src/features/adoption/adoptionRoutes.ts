import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Adoption and adopters (issue 5 part 8). */
export async function adoptionRoutes(_app: FastifyInstance, _deps: Deps) {}
