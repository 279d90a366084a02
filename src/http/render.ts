import type { FastifyInstance } from 'fastify'
import type { Deps } from '../deps.js'
import { roleName } from '../access/roles.js'
import { navigationFor } from './navigation.js'
import { createViewEnvironment } from './views.js'

declare module 'fastify' {
  interface FastifyReply {
    render(template: string, model?: Record<string, unknown>): FastifyReply
  }
}

/**
 * Renders a page with what every page needs: the signed-in user, role navigation, the CSRF token
 * and the CSP nonce that GOV.UK Frontend's inline script requires.
 */
export function installRendering(app: FastifyInstance, deps: Deps): void {
  const env = createViewEnvironment()
  app.decorateReply('render', function (this, template: string, model: Record<string, unknown> = {}) {
    const request = this.request
    const nonces = (this as unknown as { cspNonce?: { script: string } }).cspNonce
    const csrfToken = request.session ? this.generateCsrf() : ''
    const html = env.render(template, {
      ...model,
      actor: request.actor,
      actorRoleName: request.actor ? roleName(request.actor.role) : '',
      navigation: navigationFor(request.actor, request.url.split('?')[0] ?? ''),
      csrfToken,
      cspNonce: nonces?.script,
      serviceName: 'Cairn',
      councilName: deps.councilName,
    })
    return this.type('text/html; charset=utf-8').send(html)
  })
}
