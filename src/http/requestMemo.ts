/**
 * A memo that lives for one read-only request. A page such as the child's record is built by several
 * feature services, each of which checks the child's scope before reading (src/access): without
 * this, one page view loaded the same child row four times. Only GET and HEAD requests get a memo,
 * so nothing read before a write in the same request can be served stale after it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const store = new AsyncLocalStorage<Map<string, Promise<unknown>>>()

/** Runs `next` with a fresh memo (app.ts: for each GET and HEAD request). */
export const withRequestMemo = (next: () => void): void => store.run(new Map(), next)

/** The value for `key` in this request's memo, computed once; outside a read-only request, always computed. */
export function memoInRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = store.getStore()
  if (!memo) return compute()
  const held = memo.get(key) as Promise<T> | undefined
  if (held) return held
  const value = compute()
  memo.set(key, value)
  return value
}
