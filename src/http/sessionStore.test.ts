/**
 * The session store's renewals (research/reliability.md §1.7): a rolling session is written when its
 * content changes, and a renewal alone is written at most once a minute, so a page view does not
 * cost a database write; the row's expiry, which the idle timeout reads, stays within that minute.
 */
import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { sessions } from '../db/schema/index.js'
import { fixedClock } from '../domain/clock.js'
import { engines } from '../../test/engines.js'
import { createTestContext, type TestContext } from '../../test/harness.js'
import { databaseSessionStore } from './sessionStore.js'

describe.each(engines())('database session store on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock('2026-11-25T10:00:00Z'))
  })
  afterAll(() => ctx.close())
  afterEach(() => vi.restoreAllMocks())

  const expiryOf = async (sid: string) => (await ctx.database.db.select().from(sessions).where(eq(sessions.sid, sid)))[0]?.expiresAt.getTime()
  const session = (expires: string, csrf = 'a') => ({ cookie: { expires, originalMaxAge: 1_800_000, path: '/' }, userId: ctx.fixtures.user.social_worker.id, _csrf: csrf })
  const set = (store: ReturnType<typeof databaseSessionStore>, sid: string, value: unknown) => new Promise<void>((resolve, reject) => store.set(sid, value as never, (e) => (e ? reject(e) : resolve())))

  it('writes a renewal at most once a minute, and any change of content at once', async () => {
    const idle = 30 * 60_000
    const store = databaseSessionStore(ctx.database.db, idle)
    let now = Date.parse('2026-11-25T10:00:00Z')
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    await set(store, 'sid-renewals', session('2026-11-25T10:30:00Z'))
    expect(await expiryOf('sid-renewals')).toBe(now + idle)
    const first = now
    now += 30_000 // a page view 30 s later only moves the cookie's expiry: not written
    await set(store, 'sid-renewals', session('2026-11-25T10:30:30Z'))
    expect(await expiryOf('sid-renewals')).toBe(first + idle)
    now += 1_000 // a change of content (a new CSRF secret) is written straight away
    await set(store, 'sid-renewals', session('2026-11-25T10:30:31Z', 'b'))
    expect(await expiryOf('sid-renewals')).toBe(now + idle)
    now += 61_000 // a renewal over a minute after the last write is written
    await set(store, 'sid-renewals', session('2026-11-25T10:31:32Z', 'b'))
    expect(await expiryOf('sid-renewals')).toBe(now + idle)
  })
})
