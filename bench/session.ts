/**
 * Signs in over HTTP as a browser would (GET /sign-in for the CSRF token and session cookie, POST the
 * form, keep the new cookie), then finds a child the user may open from their own work list.
 */

export const socialWorker = { email: 'social.worker@demo.cairn.test', password: 'demo-password-1' }

function sessionCookie(response: Response): string | undefined {
  for (const header of response.headers.getSetCookie()) {
    const match = header.match(/^cairn\.sid=([^;]*)/)
    if (match) return `cairn.sid=${match[1]}`
  }
  return undefined
}

/** Returns the `Cookie` header value for a signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${baseUrl}/sign-in`)
  const html = await page.text()
  const csrf = html.match(/name="_csrf" value="([^"]+)"/)?.[1]
  const first = sessionCookie(page)
  if (!csrf || !first) throw new Error(`GET /sign-in gave no CSRF token or cookie (status ${page.status})`)
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: first },
    body: new URLSearchParams({ email, password, _csrf: csrf }).toString(),
  })
  await response.arrayBuffer()
  const cookie = sessionCookie(response)
  if (response.status !== 302 || !cookie)
    throw new Error(`Sign-in as ${email} failed: status ${response.status}`)
  return cookie
}

async function getJson(baseUrl: string, path: string, cookie: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie, accept: 'application/json' } })
  if (response.status !== 200)
    throw new Error(`GET ${path} gave ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return response.json()
}

/** A child from the user's own work list, and how many items the list has. */
export async function childFromMyWork(
  baseUrl: string,
  cookie: string,
): Promise<{ childId: string; items: number }> {
  const body = (await getJson(baseUrl, '/api/v1/my-work', cookie)) as { items?: { childId?: string }[] }
  const items = body.items ?? []
  const childId = items.find((i) => i.childId)?.childId
  if (!childId) throw new Error('The social worker has nothing in My work, so there is no child to open')
  return { childId, items: items.length }
}

/** Checks a page answers 200 for this session before it is loaded, so errors are not benchmarked. */
export async function expectOk(baseUrl: string, path: string, cookie: string): Promise<number> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' })
  const body = await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`GET ${path} gave ${response.status}, expected 200`)
  return body.byteLength
}

/** Waits until the server answers /ready quickly again, i.e. requests left over from a run are done. */
export async function settle(baseUrl: string, limitMs = 60_000): Promise<void> {
  const until = performance.now() + limitMs
  let quick = 0
  while (quick < 3 && performance.now() < until) {
    const started = performance.now()
    await fetch(`${baseUrl}/ready`).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    )
    quick = performance.now() - started < 50 ? quick + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A few sequential requests so templates are compiled and query plans cached before measuring. */
export async function warmUp(baseUrl: string, path: string, cookie: string, times = 20): Promise<void> {
  for (let i = 0; i < times; i++) await expectOk(baseUrl, path, cookie)
}
