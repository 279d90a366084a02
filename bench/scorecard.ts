/**
 * The KPI scorecard's server time (issue 7: the whole scorecard — every KPI, current period,
 * authority level — in ≤ 300 ms on `leicester` PostgreSQL data, and a drill-down in ≤ 100 ms).
 * Measured in-process through the performance service (the same call GET /performance and
 * GET /performance/:id make, the drill-down's audit row included); HTTP and rendering are not.
 *
 * Standalone: `DATABASE_URL=… node --import tsx bench/scorecard.ts` on an already seeded database.
 */
import { sql } from 'drizzle-orm'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/client.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { kpiCatalogue } from '../src/domain/kpis/index.js'
import { toActor } from '../src/features/auth/authService.js'
import type { PerformanceQuery } from '../src/features/performance/performanceSchemas.js'
import { users } from '../src/db/schema/index.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'
import { summarise } from './stats.js'

const targets = { scorecardMs: 300, drillDownMs: 100 }
// A drill-down with a large cohort: every assessment authorised in the year to date.
const drillDownKpi = 'ASSESS_45WD'

async function timed(runs: number, body: () => Promise<unknown>): Promise<number[]> {
  await body() // warm-up: plans cached, calendar_days checked
  await body()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await body()
    times.push(performance.now() - start)
  }
  return times
}

export async function benchScorecard(databaseUrl: string, section = 'KPI scorecard (PostgreSQL)', runs = 15): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_SIZE: 'none', LOG_LEVEL: 'warn', CHILD_POPULATION: '82000' })
  const database = await openPostgres(databaseUrl)
  try {
    const deps = createDeps({ config, database, clock: systemClock })
    const [director] = await database.db.select().from(users).where(sql`${users.role} = 'dcs'`).limit(1)
    if (!director) throw new Error('No director of children’s services in the seeded data')
    const actor = toActor(director)
    const perf = deps.services.performance
    const q: PerformanceQuery = { period: 'ytd', ending: perf.currentMonth(), breakdown: 'authority' }
    let drilled = 0
    const card = summarise(await timed(runs, () => perf.scorecard(actor, q)))
    const drill = summarise(await timed(runs, async () => { drilled = (await perf.drillDown(actor, drillDownKpi, q)).rows.length }))
    addRow({ section, metric: `whole scorecard, ${kpiCatalogue.length} KPIs, year to date, authority (p95 of ${runs})`, value: fmtMs(card.p95), target: `≤ ${targets.scorecardMs} ms`, pass: atMost(card.p95, targets.scorecardMs), note: `p50 ${fmtMs(card.p50)}` })
    addRow({ section, metric: `drill-down ${drillDownKpi}, ${drilled} rows, audited (p95 of ${runs})`, value: fmtMs(drill.p95), target: `≤ ${targets.drillDownMs} ms`, pass: atMost(drill.p95, targets.drillDownMs), note: `p50 ${fmtMs(drill.p50)}` })
  } finally {
    await database.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded PostgreSQL database')
  await benchScorecard(url)
  printReport('KPI scorecard')
}
