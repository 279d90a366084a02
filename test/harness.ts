import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import type { Database } from '../src/db/client.js'
import { createDeps, type Deps } from '../src/deps.js'
import { fixedClock, type Clock } from '../src/domain/clock.js'
import type { Role } from '../src/access/roles.js'
import { openTestDatabase } from './db.js'
import type { Engine } from './engines.js'
import { fixturePassword, seedFixtures, type Fixtures } from './fixtures.js'

/** Tests run at a fixed moment: a Wednesday in term time. */
export const testNow = '2026-11-25T10:00:00Z'

export type TestContext = { database: Database; deps: Deps; app: FastifyInstance; fixtures: Fixtures; clock: Clock; close(): Promise<void> }

/** A migrated database with the fixture council, and the app built over it. */
export async function createTestContext(engine: Engine = 'pglite', clock: Clock = fixedClock(testNow), env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase(engine)
  const fixtures = await seedFixtures(database)
  const config = loadConfig({ NODE_ENV: 'test', SEED_SIZE: 'none', LOG_LEVEL: 'silent', SIGN_IN_ATTEMPTS_PER_MINUTE: '1000', ...env })
  const deps = createDeps({ config, database, clock })
  const app = await createApp(deps)
  await app.ready()
  return { database, deps, app, fixtures, clock, close: async () => { await app.close(); await database.close() } }
}

export type Client = {
  get(url: string): Promise<LightMyRequestResponse>
  post(url: string, form?: Record<string, string>): Promise<LightMyRequestResponse>
  json(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>
  csrfToken: string
  /** The session cookie, for requests made by hand (a missing CSRF token, another app). */
  cookie(): string
}

const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''

/** Signs in through the real sign-in form, then keeps the session cookie and a CSRF token. */
export async function signIn(app: FastifyInstance, email: string, password = fixturePassword): Promise<Client> {
  let cookie = ''
  const keep = (res: LightMyRequestResponse) => {
    const set = res.cookies.find((c) => c.name === 'cairn.sid')
    if (set) cookie = `cairn.sid=${set.value}`
    return res
  }
  const first = keep(await app.inject({ method: 'GET', url: '/sign-in' }))
  const signedIn = keep(await app.inject({ method: 'POST', url: '/sign-in', headers: { cookie }, payload: { email, password, _csrf: csrfIn(first.body) } }))
  if (signedIn.statusCode !== 302) throw new Error(`Sign-in as ${email} failed with ${signedIn.statusCode}`)
  const tokenPage = keep(await app.inject({ method: 'GET', url: '/sign-in', headers: { cookie } }))
  const csrfToken = csrfIn(tokenPage.body)
  return {
    csrfToken,
    cookie: () => cookie,
    get: async (url) => keep(await app.inject({ method: 'GET', url, headers: { cookie } })),
    post: async (url, form = {}) => keep(await app.inject({ method: 'POST', url, headers: { cookie }, payload: { _csrf: csrfToken, ...form } })),
    json: async (method, url, body) =>
      keep(await app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, payload: body === undefined ? undefined : JSON.stringify(body) })),
  }
}

/** A signed-in client for the fixture user of a role (ARCHITECTURE.md §6.11). */
export function appAs(ctx: TestContext, role: Role | 'other_worker'): Promise<Client> {
  return signIn(ctx.app, ctx.fixtures.user[role].email)
}
