import { z } from 'zod'
import type { RouteEntry } from '../../http/routeTable.js'

/** Builds the OpenAPI 3.1 document from the routes' own declarations, so it cannot drift. */
export function buildOpenApi(routes: RouteEntry[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes.filter((r) => r.openapi)) {
    const path = r.url.replace(/:(\w+)/g, '{$1}')
    const params = [...r.url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }))
    const doc = r.openapi!
    const query = doc.query ? Object.entries((z.toJSONSchema(doc.query, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> }).properties ?? {}).map(([name, schema]) => ({ name, in: 'query', schema })) : []
    paths[path] ??= {}
    paths[path][r.method.toLowerCase()] = {
      summary: doc.summary,
      tags: [doc.tag],
      'x-cairn-permission': r.access,
      parameters: [...params, ...query],
      ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(doc.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      responses: {
        200: { description: 'Success' },
        401: { description: 'Not signed in' },
        403: { description: 'The role may not do this (or the record is restricted)' },
        404: { description: 'Not found, or outside your scope' },
        409: { description: 'Conflict: a stale version or a likely duplicate; nothing changed' },
        422: { description: 'Validation failed; nothing changed' },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Cairn API', version: '1', description: 'Session-cookie authentication; send the CSRF token in the x-csrf-token header on writes.' },
    paths,
  }
}
