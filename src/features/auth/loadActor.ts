import type { FastifyRequest } from 'fastify'
import type { Deps } from '../../deps.js'

/**
 * Puts the signed-in user on the request. The idle timeout is the session row's expiry; the
 * absolute timeout is enforced here, so even an active session ends after a working day.
 */
export async function loadActor(request: FastifyRequest, deps: Deps): Promise<void> {
  const session = request.session
  if (!session?.userId) return
  const absoluteMs = deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000
  if (!session.signedInAt || deps.clock.now().getTime() - session.signedInAt > absoluteMs) {
    await session.destroy()
    return
  }
  request.actor = await deps.services.auth.actorById(session.userId)
}
