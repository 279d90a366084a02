import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Action } from '../access/actions.js'
import type { Actor } from '../access/actor.js'
import { can } from '../access/guard.js'
import { AppError, forbidden } from '../errors.js'

/** Route access is declared in `config.access`: public, any signed-in user, or a named action. */
export type RouteAccess = 'public' | 'signedIn' | Action

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess
  }
  interface FastifyRequest {
    actor: Actor | null
  }
  interface Session {
    userId?: string
    signedInAt?: number
  }
}

export const isApi = (request: FastifyRequest) => request.url.startsWith('/api/')

/** The guard every route passes: sign-in first, then the role's permission (403). Scope is a 404 later. */
export async function guardRoute(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const access = request.routeOptions.config.access ?? 'signedIn'
  if (access === 'public') return
  if (!request.actor) {
    if (isApi(request)) throw new AppError(401, 'unauthenticated', 'Sign in to use the API')
    await reply.redirect(`/sign-in?returnTo=${encodeURIComponent(request.url)}`)
    return reply
  }
  if (access !== 'signedIn' && !can(request.actor, access)) throw forbidden()
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue')
  return request.actor
}
