import type { SessionStore } from '@fastify/session'
import { eq, lt } from 'drizzle-orm'
import type { AppDb } from '../db/client.js'
import { sessions } from '../db/schema/index.js'

type Callback = (err?: unknown) => void
type GetCallback = (err: unknown, result?: unknown) => void

/**
 * Sessions live in the database so they can be revoked and survive a restart
 * (research/reliability.md §1.7). The idle timeout is the row's expiry, pushed on by each request.
 */
export function databaseSessionStore(db: AppDb, idleMs: number): SessionStore {
  // Rolling sessions are saved on every request; an unchanged session renewed within the last
  // minute is not written again (the idle timeout is then accurate to a minute). "Unchanged" leaves
  // out the cookie's expiry, which a rolling session moves on every request.
  const lastWrite = new Map<string, { data: string; at: number }>()
  const renewEveryMs = Math.min(60_000, idleMs / 10)
  return {
    set(sid: string, session: unknown, callback: Callback) {
      const now = Date.now()
      const data = JSON.stringify(session)
      const content = withoutExpiry(session)
      const last = lastWrite.get(sid)
      if (last && last.data === content && now - last.at < renewEveryMs) return callback()
      const expiresAt = new Date(now + idleMs)
      db.insert(sessions)
        .values({ sid, data, expiresAt })
        .onConflictDoUpdate({ target: sessions.sid, set: { data, expiresAt } })
        .then(() => {
          if (lastWrite.size > 10_000) lastWrite.clear() // bounded: forgetting only costs a write
          lastWrite.set(sid, { data: content, at: now })
          callback()
        }, callback)
    },
    get(sid: string, callback: GetCallback) {
      db.select()
        .from(sessions)
        .where(eq(sessions.sid, sid))
        .then((rows) => {
          const row = rows[0]
          if (!row || row.expiresAt.getTime() < Date.now()) return callback(null, null)
          callback(null, JSON.parse(row.data))
        }, callback)
    },
    destroy(sid: string, callback: Callback) {
      lastWrite.delete(sid)
      db.delete(sessions)
        .where(eq(sessions.sid, sid))
        .then(() => callback(), callback)
    },
  } as SessionStore
}

/** The session as JSON without its cookie's expiry, to tell a real change from a renewal. */
function withoutExpiry(session: unknown): string {
  const { cookie, ...rest } = session as { cookie?: Record<string, unknown> }
  const { expires: _expires, ...keptCookie } = cookie ?? {}
  return JSON.stringify({ ...rest, cookie: keptCookie })
}

export async function purgeExpiredSessions(db: AppDb): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()))
}
