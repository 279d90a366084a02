/**
 * An app over a seeded PostgreSQL database, signed in as one demo user, timing GET pages through
 * the whole stack with app.inject (session, route, queries, template); only the network is left
 * out. Used by the page benches that have a p95 target of their own (workforce, care lists).
 */
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/client.js'
import { createDeps, type Deps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { DEMO_PASSWORD } from '../src/synth/load.js'
import { summarise } from './stats.js'

export type InProcess = { deps: Deps; timed(url: string): Promise<ReturnType<typeof summarise>>; close(): Promise<void> }

export async function signedInApp(databaseUrl: string, email: string, runs: number): Promise<InProcess> {
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_SIZE: 'none', LOG_LEVEL: 'warn' })
  const database = await openPostgres(databaseUrl)
  const deps = createDeps({ config, database, clock: systemClock })
  const app = await createApp(deps)
  let cookie = ''
  const keep = (res: Awaited<ReturnType<typeof app.inject>>) => {
    const set = res.cookies.find((c) => c.name === 'cairn.sid')
    if (set) cookie = `cairn.sid=${set.value}`
    return res
  }
  const close = async () => {
    await app.close()
    await database.close()
  }
  const form = keep(await app.inject({ method: 'GET', url: '/sign-in' }))
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? ''
  const signedIn = keep(await app.inject({ method: 'POST', url: '/sign-in', headers: { cookie }, payload: { email, password: DEMO_PASSWORD, _csrf: csrf } }))
  if (signedIn.statusCode !== 302) {
    await close()
    throw new Error(`Sign-in as ${email.split('@')[0]} failed with ${signedIn.statusCode}`)
  }
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } })
    if (res.statusCode !== 200) throw new Error(`GET ${url} gave ${res.statusCode}`)
    return res
  }
  return {
    deps,
    close,
    async timed(url: string) {
      await get(url) // warm-up: templates compiled, plans cached
      await get(url)
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const start = performance.now()
        await get(url)
        times.push(performance.now() - start)
      }
      return summarise(times)
    },
  }
}
