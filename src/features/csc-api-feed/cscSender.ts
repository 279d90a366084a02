/**
 * Sends one batch to the DfE endpoint: an OAuth2 client-credentials token (RFC 6749 §4.4), cached
 * until shortly before it expires and fetched again once on a 401; then a POST of the batch, retried
 * with exponential backoff on network errors, 5xx, 429 (honouring Retry-After, RFC 9110 §10.2.3),
 * and 401 and 403, which the D2I senders also retry (an API gateway refuses a subscription briefly
 * while keys roll over). Any other 4xx is a permanent answer about this batch and is not retried.
 *
 * Where a supplier key is set it goes in a SupplierKey header on every data POST, as both D2I
 * senders send the subscription key from the DfE API portal (data-to-insight/dfe-csc-api-data-flows,
 * api_pipeline/main.py and api_pipeline/pshell_api_sender/api_payload_sender.ps1).
 *
 * The client secret, the supplier key and the token are never logged or stored: only the
 * endpoint's answers are.
 */
export type CscEndpoint = { readonly url: string; readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string; readonly scope: string | null; readonly supplierKey: string | null }

export type SendOptions = {
  readonly fetch?: typeof fetch
  /** Injected so tests need not wait. */
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  readonly maxAttempts?: number
  readonly baseDelayMs?: number
  readonly maxDelayMs?: number
  readonly timeoutMs?: number
}

/** `answered` is true when status and body are the data endpoint's own answer (not the token service's, nor a network failure). */
export type SendResult = { readonly ok: boolean; readonly attempts: number; readonly status: number | null; readonly body: string; readonly answered: boolean }

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

class TokenError extends Error {
  constructor(readonly status: number | null, readonly body: string, readonly retryable: boolean) {
    super(`The token request failed${status ? ` (${status})` : ''}`)
  }
}

const limit = (text: string) => (text.length > 4000 ? `${text.slice(0, 4000)}…` : text)

export function cscSender(endpoint: CscEndpoint, options: SendOptions = {}) {
  const doFetch = options.fetch ?? fetch
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const maxAttempts = options.maxAttempts ?? 5
  const baseDelay = options.baseDelayMs ?? 2000
  const maxDelay = options.maxDelayMs ?? 120_000
  const timeoutMs = options.timeoutMs ?? 60_000
  let cached: { token: string; expiresAt: number } | null = null

  async function token(): Promise<string> {
    if (cached && cached.expiresAt > now()) return cached.token
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: endpoint.clientId, client_secret: endpoint.clientSecret })
    if (endpoint.scope) form.set('scope', endpoint.scope)
    let res: Response
    try {
      res = await doFetch(endpoint.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: form, signal: AbortSignal.timeout(timeoutMs) })
    } catch {
      throw new TokenError(null, 'The token service could not be reached', true)
    }
    const text = await res.text()
    if (!res.ok) throw new TokenError(res.status, limit(text), res.status === 429 || res.status >= 500)
    let parsed: { access_token?: unknown; expires_in?: unknown }
    try {
      parsed = JSON.parse(text) as typeof parsed
    } catch {
      throw new TokenError(res.status, 'The token response was not JSON', false)
    }
    if (typeof parsed.access_token !== 'string') throw new TokenError(res.status, 'The token response had no access_token', false)
    // Renew a minute early so a token does not expire in flight.
    const lifetime = typeof parsed.expires_in === 'number' ? parsed.expires_in : Number(parsed.expires_in ?? 300)
    cached = { token: parsed.access_token, expiresAt: now() + Math.max(0, (Number.isFinite(lifetime) ? lifetime : 300) - 60) * 1000 }
    return cached.token
  }

  const dataHeaders = (bearer: string): Record<string, string> => ({
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${bearer}`,
    ...(endpoint.supplierKey ? { SupplierKey: endpoint.supplierKey } : {}),
  })

  const backoff = (attempt: number) => Math.min(maxDelay, baseDelay * 2 ** (attempt - 1))

  /** POSTs the batch; gives up after maxAttempts, or at once on a permanent answer. */
  async function send(body: string): Promise<SendResult> {
    let refreshed = false
    let last: { status: number | null; body: string; answered: boolean } = { status: null, body: '', answered: false }
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let wait = backoff(attempt)
      try {
        const res = await doFetch(endpoint.url, {
          method: 'POST',
          headers: dataHeaders(await token()),
          body,
          signal: AbortSignal.timeout(timeoutMs),
        })
        const text = limit(await res.text())
        last = { status: res.status, body: text, answered: true }
        if (res.ok) return { ok: true, attempts: attempt, ...last }
        if (res.status === 401 && !refreshed) {
          // The token was revoked or expired early: fetch a new one once, straight away.
          refreshed = true
          cached = null
          continue
        }
        if (res.status === 429) wait = Math.min(maxDelay, retryAfterMs(res.headers.get('retry-after'), now()) ?? wait)
        else if (res.status < 500 && res.status !== 401 && res.status !== 403) return { ok: false, attempts: attempt, ...last }
      } catch (e) {
        if (e instanceof TokenError) {
          last = { status: e.status, body: `Token request: ${e.body}`, answered: false }
          if (!e.retryable) return { ok: false, attempts: attempt, ...last }
        } else {
          last = { status: null, body: e instanceof Error && e.name === 'TimeoutError' ? 'The request timed out' : 'The endpoint could not be reached', answered: false }
        }
      }
      if (attempt < maxAttempts) await sleep(wait)
    }
    return { ok: false, attempts: maxAttempts, ...last }
  }

  return { send }
}

export type CscSender = ReturnType<typeof cscSender>
