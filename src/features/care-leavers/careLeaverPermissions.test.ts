/**
 * The permission matrix (test/routes/permissionMatrix.test.ts) narrowed to the care leaver and
 * adoption routes: a role without the route's action gets 403; a role with it never gets 403 or a
 * server error, on empty and junk input alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roleCodes, roleMay, type Action, type Role } from '../../access/index.js'
import { toActor } from '../auth/authService.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'

const mine = (url: string) => ['/children/:id/care-leaver', '/care-leavers', '/children/:id/adoption', '/adoption/'].some((p) => url.startsWith(p))

describe('care leaver and adoption routes × every role', () => {
  let ctx: TestContext
  let adopterId: string
  const clients = new Map<Role, Client>()

  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    adopterId = (await ctx.deps.services.adoption.addAdopter(toActor(ctx.fixtures.user.social_worker), { reference: 'PM-1', household: 'A couple', enquiryOn: '2026-01-05' })).id
    for (const role of roleCodes) clients.set(role, await appAs(ctx, role))
  })
  afterAll(() => ctx.close())

  it('gives 403 exactly to roles without the action, and never a server error', async () => {
    const routes = ctx.app.routeTable.filter((r) => mine(r.url))
    expect(routes.length).toBeGreaterThanOrEqual(17)
    const failures: string[] = []
    for (const route of routes) {
      const url = route.url.replace(':id', route.url.startsWith('/adoption/adopters/') ? adopterId : ctx.fixtures.child.own.id)
      for (const role of roleCodes) {
        const client = clients.get(role)!
        for (const form of [{}, { version: 'x', collectionYear: '=1+1', paId: 'junk', 'decidedOn-day': '99' }] as Record<string, string>[]) {
          const res = route.method === 'GET' ? await client.get(`${url}?status=junk&paId=junk`) : await client.post(url, form)
          const allowed = roleMay(role, route.access as Action)
          if (!allowed && res.statusCode !== 403) failures.push(`${role} ${route.method} ${route.url}: expected 403, got ${res.statusCode}`)
          if (allowed && (res.statusCode === 403 || res.statusCode >= 500)) failures.push(`${role} ${route.method} ${route.url}: allowed but got ${res.statusCode}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})
