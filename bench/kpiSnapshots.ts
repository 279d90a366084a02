/**
 * Twelve months of KPI snapshots rebuilt from the event history (issue 7: "Twelve months of
 * snapshots rebuilt in ≤ 30 s" on `leicester` PostgreSQL data). Measured in-process through the
 * snapshot service: the same call the rebuild job on /performance/snapshots makes, every KPI at
 * authority, team and worker breakdowns, with its upserts and one audit row a month.
 *
 * It writes snapshot rows and audit rows: run it on a copy of the seeded database.
 * Standalone: `DATABASE_URL=… node --import tsx bench/kpiSnapshots.ts`.
 */
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/client.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { kpiCatalogue } from '../src/domain/kpis/index.js'
import { lastCompleteMonth, shiftMonth } from '../src/features/kpi-trends/months.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'

const targetMs = 30_000
const MONTHS = 12

export async function benchKpiSnapshots(databaseUrl: string, section = 'KPI snapshots (PostgreSQL)'): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_SIZE: 'none', LOG_LEVEL: 'warn', CHILD_POPULATION: '82000' })
  const database = await openPostgres(databaseUrl)
  try {
    const deps = createDeps({ config, database, clock: systemClock })
    const to = lastCompleteMonth(systemClock.today())
    const from = shiftMonth(to, -(MONTHS - 1))
    const start = performance.now()
    const taken = await deps.services.kpiTrends.rebuild(from, to)
    const ms = performance.now() - start
    const rows = taken.reduce((n, t) => n + t.rows, 0)
    const slowest = Math.max(...taken.map((t) => t.ms))
    addRow({
      section,
      metric: `${MONTHS} months rebuilt (${from} to ${to}), ${kpiCatalogue.length} KPIs × authority, team and worker`,
      value: fmtMs(ms),
      target: `≤ ${targetMs / 1000} s`,
      pass: atMost(ms, targetMs),
      note: `${rows} rows upserted; slowest month ${fmtMs(slowest)}`,
    })
  } finally {
    await database.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a copy of a seeded PostgreSQL database')
  await benchKpiSnapshots(url)
  printReport('KPI snapshots')
}
