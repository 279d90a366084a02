import type { FastifyRequest } from 'fastify'

const headers = ['csrf-token', 'xsrf-token', 'x-csrf-token', 'x-xsrf-token'] as const

const isMultipart = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data')

/**
 * Where the CSRF check (app.ts) reads a request's token. Forms send the `_csrf` field and the JSON
 * API the `x-csrf-token` header (ADR 0001 §4), as @fastify/csrf-protection does by default.
 *
 * A file upload (multipart/form-data, the CIN census import) sends it in the form's action URL
 * instead. Its body is streamed by the handler, which runs only after the guard and this check:
 * so a forged or signed-out upload is refused before a byte of the file is read or held in memory.
 * Parsing the body first, to find the field, would buffer up to 50 MB for anyone who asked. The
 * token in the URL is bound to the session (it proves nothing without the session cookie), Cairn
 * writes no request URLs to its logs, and helmet's Referrer-Policy (no-referrer) keeps it out of
 * Referer headers. Only multipart requests may carry it there.
 */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as { _csrf?: unknown } | null | undefined
  if (typeof body?._csrf === 'string' && body._csrf) return body._csrf
  for (const name of headers) {
    const value = request.headers[name]
    if (typeof value === 'string' && value) return value
  }
  const query = request.query as { _csrf?: unknown } | undefined
  return isMultipart(request) && typeof query?._csrf === 'string' ? query._csrf : undefined
}
