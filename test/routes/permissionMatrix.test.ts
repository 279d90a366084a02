import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roleCodes, roleMay, type Action, type Role } from '../../src/access/index.js'
import { appAs, createTestContext, type Client, type TestContext } from '../harness.js'
import { caseworkIds, caseworkKey } from '../casework.js'

/**
 * Every role × every route (ARCHITECTURE.md §6.4): a role without the route's action gets 403;
 * a role with it never gets 403 or a server error. Out-of-scope records are covered elsewhere.
 */
describe('permission matrix: every role × every route', () => {
  let ctx: TestContext
  const clients = new Map<Role, Client>()
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    const fd = ctx.fixtures.user.front_door
    const actor = { id: fd.id, role: 'front_door' as const, teamId: fd.teamId, displayName: fd.displayName }
    const contact = await ctx.deps.services.frontDoor.recordContact(actor, { childId: ctx.fixtures.child.own.id, source: '2A', reason: 'School concern', presentingConcerns: 'Bruising noticed', receivedAt: '', receivedAtInstant: new Date('2026-11-25T08:00:00Z') })
    const referralContact = await ctx.deps.services.frontDoor.recordContact(actor, { childId: ctx.fixtures.child.unallocated.id, source: '6', reason: 'Police', presentingConcerns: 'Domestic abuse incident', receivedAt: '', receivedAtInstant: new Date('2026-11-25T08:00:00Z') })
    const decided = await ctx.deps.services.frontDoor.decide(actor, referralContact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
    Object.assign(ids, { child: ctx.fixtures.child.own.id, contact: contact.id, referral: decided.referral!.id, user: ctx.fixtures.user.social_worker.id, team: ctx.fixtures.teams.teamA.id, ...(await caseworkIds(ctx)) })
    for (const role of roleCodes) clients.set(role, await appAs(ctx, role))
  })
  afterAll(() => ctx.close())

  const withIds = (url: string) =>
    url.replace(':id', caseworkKey(url) ? ids[caseworkKey(url)!]! : url.startsWith('/front-door/contacts') || url.startsWith('/api/v1/contacts') ? ids.contact! : url.includes('referrals') ? ids.referral! : url.startsWith('/admin/users') || url.startsWith('/supervision/workers') || url.startsWith('/training/users') ? ids.user! : url.startsWith('/admin/teams') || url.startsWith('/teams/') ? ids.team! : url.startsWith('/admin/local-standards') ? 'CP_VISIT_10WD' : url.startsWith('/performance/') ? 'ASSESS_45WD' : ids.child!)

  it('covers every registered route for every role', async () => {
    const routes = ctx.app.routeTable.filter((r) => r.url !== '/sign-out' && r.url !== '*')
    expect(routes.length).toBeGreaterThan(20)
    const failures: string[] = []
    for (const route of routes) {
      for (const role of roleCodes) {
        const client = clients.get(role)!
        const url = withIds(route.url)
        const res = route.method === 'GET' ? await client.get(url) : url.startsWith('/api/') ? await client.json(route.method as 'POST', url, {}) : await client.post(url, {})
        const allowed = route.access === 'public' || route.access === 'signedIn' || roleMay(role, route.access as Action)
        if (!allowed && res.statusCode !== 403) failures.push(`${role} ${route.method} ${route.url}: expected 403, got ${res.statusCode}`)
        if (allowed && (res.statusCode === 403 || res.statusCode >= 500)) failures.push(`${role} ${route.method} ${route.url}: allowed but got ${res.statusCode}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000) // 11 roles × every route through the real stack: minutes on a loaded 2-core machine
})
