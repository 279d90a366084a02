/**
 * The authority-wide workforce page (issue 6: ≤ 300 ms for 300 workers on `leicester` PostgreSQL
 * data). Measured in-process through the whole stack with app.inject: session, route, the measures
 * for 12 months, and the page rendered; only the network is left out. The census XML download is
 * timed beside it for context (each download writes an audit row).
 *
 * Standalone: `DATABASE_URL=… node --import tsx bench/workforce.ts` on an already seeded database.
 */
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/client.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { DEMO_PASSWORD } from '../src/synth/load.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'
import { summarise } from './stats.js'

const targetMs = 300
const email = 'service.manager@demo.cairn.test'

export async function benchWorkforce(databaseUrl: string, section = 'Workforce page (PostgreSQL)', runs = 15): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_SIZE: 'none', LOG_LEVEL: 'warn' })
  const database = await openPostgres(databaseUrl)
  const deps = createDeps({ config, database, clock: systemClock })
  const app = await createApp(deps)
  try {
    let cookie = ''
    const keep = (res: Awaited<ReturnType<typeof app.inject>>) => {
      const set = res.cookies.find((c) => c.name === 'cairn.sid')
      if (set) cookie = `cairn.sid=${set.value}`
      return res
    }
    const form = keep(await app.inject({ method: 'GET', url: '/sign-in' }))
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? ''
    const signedIn = keep(await app.inject({ method: 'POST', url: '/sign-in', headers: { cookie }, payload: { email, password: DEMO_PASSWORD, _csrf: csrf } }))
    if (signedIn.statusCode !== 302) throw new Error(`Sign-in as the demo service manager failed with ${signedIn.statusCode}`)
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } })
      if (res.statusCode !== 200) throw new Error(`GET ${url} gave ${res.statusCode}`)
      return res
    }
    const timed = async (url: string) => {
      await get(url) // warm-up: templates compiled, plans cached
      await get(url)
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const start = performance.now()
        await get(url)
        times.push(performance.now() - start)
      }
      return summarise(times)
    }
    const staff = (await deps.services.workforce.measures()).months.at(-1)?.headcount ?? 0
    const page = await timed('/workforce')
    const census = await timed('/workforce/census.xml')
    addRow({ section, metric: `GET /workforce, 12 months × 4 measures, ${staff} staff in post (p95 of ${runs})`, value: fmtMs(page.p95), target: `≤ ${targetMs} ms`, pass: atMost(page.p95, targetMs), note: `p50 ${fmtMs(page.p50)}` })
    addRow({ section, metric: `GET /workforce/census.xml, audited (p95 of ${runs})`, value: fmtMs(census.p95), note: `p50 ${fmtMs(census.p50)}` })
  } finally {
    await app.close()
    await database.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded PostgreSQL database')
  await benchWorkforce(url)
  printReport('Workforce page')
}
