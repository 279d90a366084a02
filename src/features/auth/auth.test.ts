import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { users } from '../../db/schema/index.js'
import { loadConfig } from '../../config.js'
import { fixedClock } from '../../domain/clock.js'
import { createTestContext, signIn, testNow, type TestContext } from '../../../test/harness.js'

const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

describe('sign-in and sessions', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite', fixedClock(testNow), { SIGN_IN_ATTEMPTS_PER_MINUTE: '1000' })
  })
  afterAll(() => ctx.close())

  async function attempt(email: string, password: string) {
    const page = await ctx.app.inject({ method: 'GET', url: '/sign-in' })
    const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    return ctx.app.inject({ method: 'POST', url: '/sign-in', headers: { cookie }, payload: { email, password, _csrf: csrfIn(page.body) } })
  }

  it('signs in with a correct password and stores the session server-side', async () => {
    const res = await attempt(ctx.fixtures.user.social_worker.email, 'correct-horse-battery-staple')
    expect(res.statusCode).toBe(302)
    const cookie = res.cookies.find((c) => c.name === 'cairn.sid')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
  })

  it('gives the same message for an unknown account and a wrong password', async () => {
    const unknown = await attempt('nobody@test.cairn', 'whatever-password')
    const wrong = await attempt(ctx.fixtures.user.iro.email, 'wrong-password')
    expect(unknown.statusCode).toBe(401)
    expect(wrong.statusCode).toBe(401)
    const message = (body: string) => /<p id="email-error"[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim()
    expect(message(unknown.body)).toBe(message(wrong.body))
  })

  it('locks an account after five failures, even against the right password', async () => {
    const email = ctx.fixtures.user.qa_officer.email
    for (let i = 0; i < 5; i++) expect((await attempt(email, 'wrong-password')).statusCode).toBe(401)
    expect((await attempt(email, 'correct-horse-battery-staple')).statusCode).toBe(401)
    const [row] = await ctx.database.db.select().from(users).where(eq(users.email, email))
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(new Date(testNow).getTime())
  })

  it('refuses a form without a CSRF token and changes nothing', async () => {
    const client = await signIn(ctx.app, ctx.fixtures.user.front_door.email)
    const cookie = client.cookie()
    const res = await ctx.app.inject({ method: 'POST', url: '/children', headers: { cookie }, payload: { firstName: 'No', lastName: 'Token' } })
    expect(res.statusCode).toBe(403)
    expect(res.body).toContain('The form has expired')
  })

  it('sets a nonce-based Content Security Policy', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/sign-in' })
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/)
    const nonce = /'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))![1]
    expect(res.body).toContain(`nonce="${nonce}"`)
  })

  it('ends a session after the absolute timeout even when it is in use', async () => {
    const client = await signIn(ctx.app, ctx.fixtures.user.dcs.email)
    expect((await client.get('/children')).statusCode).toBe(200)
    const later = await createTestContextSharing(ctx, 11)
    const res = await later.inject({ method: 'GET', url: '/children', headers: { cookie: client.cookie() } })
    expect(res.statusCode).toBe(302)
    expect(res.headers.location).toContain('/sign-in')
    await later.close()
  })
})

/** The same database, served by an app whose clock is `hours` later. */
async function createTestContextSharing(ctx: TestContext, hours: number) {
  const { createApp } = await import('../../app.js')
  const { createDeps } = await import('../../deps.js')
  const clock = fixedClock(new Date(new Date(testNow).getTime() + hours * 3_600_000).toISOString())
  const app = await createApp(createDeps({ config: loadConfig({ NODE_ENV: 'test', SEED_SIZE: 'none' }), database: ctx.database, clock }))
  await app.ready()
  return app
}

describe('production configuration', () => {
  it('refuses to start without SESSION_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_SIZE: 'none' })).toThrow(/SESSION_SECRET is required/)
  })
  it('refuses to seed demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SEED_SIZE: 'demo' })).toThrow(/Production never seeds demo data/)
  })
  it('reports every problem at once', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_SIZE: 'demo', PORT: 'not-a-port' })).toThrow(/PORT[\s\S]*SESSION_SECRET[\s\S]*SEED_SIZE/)
  })
})
