import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isAppError } from '../errors.js'
import { isApi } from './auth.js'

const titles: Record<number, string> = {
  400: 'There is a problem with the request',
  401: 'You need to sign in',
  403: 'You do not have permission to do that',
  404: 'Page not found',
  409: 'Someone else changed this record',
  413: 'The request is too large',
  415: 'The request type is not supported',
  422: 'There is a problem with the input',
  429: 'Too many requests',
}

/** Typed errors are handled once, for HTML and JSON (ARCHITECTURE.md §6.9). No stack traces leave. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      return respond(request, reply, error.status, error.code, error.message, error.fieldErrors, error.detail)
    }
    if (error.code?.startsWith('FST_CSRF')) {
      return respond(request, reply, 403, 'csrf', 'The form has expired or was not sent from Cairn. Go back, reload the page and try again.')
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      return respond(request, reply, status, error.code ?? 'bad_request', titles[status] ?? 'There is a problem with the request')
    }
    // Log the failure without personal data: no body, no query string.
    request.log.error({ err: { message: withoutParameters(error.message), code: error.code, type: error.name }, route: request.routeOptions.url }, 'request failed')
    return respond(request, reply, 500, 'internal', 'Sorry, there is a problem with the service. Try again later.')
  })
  app.setNotFoundHandler(async (request, reply) => respond(request, reply, 404, 'not_found', 'Page not found'))
}

async function respond(request: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string, fieldErrors: Record<string, string> = {}, detail?: unknown) {
  reply.code(status)
  if (isApi(request) || !reply.render) {
    return reply.send({ code, message, ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}), ...(detail !== undefined ? { detail } : {}) })
  }
  return reply.render('pages/error.njk', { title: titles[status] ?? 'Sorry, there is a problem with the service', message, status, fieldErrors })
}

/** A failed query's message carries its parameters (names, session data): never log them. */
export function withoutParameters(message: string): string {
  return message.split(/\nparams:/)[0]!.slice(0, 500)
}
