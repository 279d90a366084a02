import type { FastifyInstance } from 'fastify'
import type { z } from 'zod'
import type { RouteAccess } from './auth.js'
import { isStaticAsset } from './staticAssets.js'

/** API routes describe themselves; the OpenAPI document is generated from these (issue: JSON API). */
export type ApiDoc = { summary: string; body?: z.ZodType; query?: z.ZodType; tag: string }

export type RouteEntry = { method: string; url: string; access: RouteAccess; openapi?: ApiDoc }

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[]
  }
  interface FastifyContextConfig {
    openapi?: ApiDoc
  }
}

/** Records every route with its declared access, for the permission matrix test and docs. */
export function collectRouteTable(app: FastifyInstance): void {
  const table: RouteEntry[] = []
  app.decorate('routeTable', table)
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) {
      if (method === 'HEAD' || isStaticAsset(route.url)) continue
      table.push({ method, url: route.url, access: route.config?.access ?? 'signedIn', openapi: route.config?.openapi })
    }
  })
}
