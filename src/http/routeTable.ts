import type { FastifyInstance } from 'fastify'
import type { RouteAccess } from './auth.js'
import { isStaticAsset } from './staticAssets.js'

export type RouteEntry = { method: string; url: string; access: RouteAccess }

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[]
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
      table.push({ method, url: route.url, access: route.config?.access ?? 'signedIn' })
    }
  })
}
