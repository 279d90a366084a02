import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

export async function frontDoorApiRoutes(_app: FastifyInstance, _deps: Deps) {}
