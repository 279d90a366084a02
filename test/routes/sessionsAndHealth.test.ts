import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appAs, createTestContext, type TestContext } from '../harness.js'

describe('sessions, health and restricted records through the pages', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
  })
  afterAll(() => ctx.close())

  it('an idle session expires: its row passes its expiry and the next request must sign in', async () => {
    const sw = await appAs(ctx, 'social_worker')
    expect((await sw.get('/my-work')).statusCode).toBe(200)
    await ctx.database.db.execute(sql`update sessions set expires_at = now() - interval '1 minute'`)
    const res = await sw.get('/my-work')
    expect(res.statusCode).toBe(302)
    expect(res.headers.location).toBe('/sign-in?returnTo=%2Fmy-work')
  })

  it('signing out destroys the server-side session', async () => {
    const sw = await appAs(ctx, 'social_worker')
    const before = await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from sessions`)
    await sw.post('/sign-out')
    const after = await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from sessions`)
    expect(Number(after.rows[0]!.n)).toBe(Number(before.rows[0]!.n) - 1)
    expect((await sw.get('/my-work')).statusCode).toBe(302)
  })

  it('reports health and readiness', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' })
    const ready = await ctx.app.inject({ method: 'GET', url: '/ready' })
    expect(ready.statusCode).toBe(200)
  })

  it('a named user opens a restricted record; others in scope are asked for a reason', async () => {
    const dpo = await appAs(ctx, 'data_protection')
    const id = ctx.fixtures.child.restricted.id
    expect((await dpo.get(`/children/${id}`)).statusCode).toBe(403)
    await dpo.post(`/children/${id}/break-glass`, { reason: 'Subject access request review' })
    expect((await dpo.get(`/children/${id}`)).statusCode).toBe(200)
    const unknown = await dpo.post(`/children/${id}/named-access`, { email: 'nobody@test.cairn' })
    expect(unknown.statusCode).toBe(422)
    expect(unknown.body).toContain('Enter the email address of an active Cairn user')
    expect((await dpo.post(`/children/${id}/named-access`, { email: ctx.fixtures.user.team_manager.email })).statusCode).toBe(302)
    const tm = await appAs(ctx, 'team_manager')
    const opened = await tm.get(`/children/${id}`)
    expect(opened.statusCode).toBe(200)
    expect(opened.body).toContain('Dan Restricted')
    const sw = await appAs(ctx, 'social_worker')
    const asked = await sw.get(`/children/${id}`)
    expect(asked.statusCode).toBe(403)
    expect(asked.body).toContain('Why do you need to open this record?')
    expect(asked.body).not.toContain('Dan Restricted')
  })

  it('a restricted record shows in search without its name until it is opened', async () => {
    const sw = await appAs(ctx, 'social_worker')
    const res = await sw.get('/children?q=TESTCHILD4')
    expect(res.body).toContain('Restricted record')
    expect(res.body).not.toContain('Dan Restricted')
  })

  it('a malformed id in a URL is a 404, and an oversized body is refused', async () => {
    const fd = await appAs(ctx, 'front_door')
    expect((await fd.get('/children/not-a-uuid')).statusCode).toBe(404)
    const big = await fd.post('/children', { firstName: 'x'.repeat(300_000) })
    expect(big.statusCode).toBe(413)
  })
})
