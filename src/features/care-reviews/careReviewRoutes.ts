import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Children in care: reviews and the IRO, care and placement plans, permanence, PEPs and health (issue 5 part 3). */
export async function careReviewRoutes(_app: FastifyInstance, _deps: Deps) {}
