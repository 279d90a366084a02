import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roleCodes, roleMay, type Action } from '../../access/index.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { toActor } from '../auth/authService.js'

/**
 * Every role × every early help route, with an empty or junk form: a role without the route's
 * action gets 403; a role with it gets neither 403 nor a server error. The recorders are the
 * social workers, the front door and team managers.
 */
describe('early help routes: permissions and junk input', () => {
  let ctx: TestContext
  let assessment: string
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    const sw = toActor(ctx.fixtures.user.social_worker)
    assessment = (await ctx.deps.services.earlyHelp.record(sw, ctx.fixtures.child.own.id, { startDate: '2026-11-02', leadPractitioner: 'Health visiting service' })).id
  })
  afterAll(() => ctx.close())

  it('the recording roles are the social worker, the front door and the team manager', () => {
    expect(roleCodes.filter((r) => roleMay(r, 'earlyHelp.record'))).toEqual(['social_worker', 'front_door', 'team_manager'])
  })

  it('every role gets 403 or a clean answer on every route', async () => {
    const routes = ctx.app.routeTable.filter((r) => r.url.startsWith('/children/:id/early-help'))
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(['GET /children/:id/early-help', 'POST /children/:id/early-help', 'POST /children/:id/early-help/complete'])
    const failures: string[] = []
    for (const role of roleCodes) {
      const client = await appAs(ctx, role)
      for (const route of routes) {
        for (const query of ['', `?assessment=${assessment}`, '?assessment=junk']) {
          const url = route.url.replace(':id', ctx.fixtures.child.own.id) + query
          const res = route.method === 'GET' ? await client.get(url) : await client.post(url, { 'startDate-day': '99', version: 'x', outcome: 'maybe' })
          const allowed = roleMay(role, route.access as Action)
          if (!allowed && res.statusCode !== 403) failures.push(`${role} ${route.method} ${url}: expected 403, got ${res.statusCode}`)
          if (allowed && (res.statusCode === 403 || res.statusCode >= 500)) failures.push(`${role} ${route.method} ${url}: got ${res.statusCode}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})
