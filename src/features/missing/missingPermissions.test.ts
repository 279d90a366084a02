import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roleCodes, roleMay, type Action } from '../../access/index.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { toActor } from '../auth/authService.js'

/**
 * Every role × every missing and private fostering route, with an empty or junk form: a role
 * without the route's action gets 403; a role with it gets neither 403 nor a server error.
 */
describe('missing and private fostering routes: permissions and junk input', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    const sw = toActor(ctx.fixtures.user.social_worker)
    await ctx.deps.services.missing.recordEpisode(sw, ctx.fixtures.child.own.id, { kind: 'M', startedAt: new Date('2026-11-20T10:00:00Z'), endedAt: new Date('2026-11-21T10:00:00Z') })
    await ctx.deps.services.privateFostering.notify(sw, ctx.fixtures.child.own.id, { notifiedOn: '2026-11-02', startedOn: '2026-11-01', carerName: 'Carer', carerRelationship: 'Aunt' })
  })
  afterAll(() => ctx.close())

  it('every role gets 403 or a clean answer on every route', async () => {
    const routes = ctx.app.routeTable.filter((r) => /^\/(children\/:id\/)?(missing|private-fostering)/.test(r.url))
    expect(routes.length).toBe(11)
    const ep = (await ctx.deps.services.missing.forChild(toActor(ctx.fixtures.user.social_worker), ctx.fixtures.child.own.id)).episodes[0]!.id
    const failures: string[] = []
    for (const role of roleCodes) {
      const client = await appAs(ctx, role)
      for (const route of routes) {
        for (const query of ['', `?episode=${ep}&arrangement=${ep}`, '?episode=junk&arrangement=junk&team=junk&status=junk']) {
          const url = route.url.replace(':id', ctx.fixtures.child.own.id) + query
          const res = route.method === 'GET' ? await client.get(url) : await client.post(url, { 'startedAt-day': '99', version: 'x', seenAlone: 'maybe' })
          const allowed = roleMay(role, route.access as Action)
          if (!allowed && res.statusCode !== 403) failures.push(`${role} ${route.method} ${url}: expected 403, got ${res.statusCode}`)
          if (allowed && (res.statusCode === 403 || res.statusCode >= 500)) failures.push(`${role} ${route.method} ${url}: got ${res.statusCode}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})
