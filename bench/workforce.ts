/**
 * The authority-wide workforce page (issue 6: ≤ 300 ms for 300 workers on `leicester` PostgreSQL
 * data). Measured in-process through the whole stack with app.inject: session, route, the measures
 * for 12 months, and the page rendered; only the network is left out. The census XML download is
 * timed beside it for context (each download writes an audit row).
 *
 * Standalone: `DATABASE_URL=… node --import tsx bench/workforce.ts` on an already seeded database.
 */
import { fileURLToPath } from 'node:url'
import { signedInApp } from './inProcess.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'

const targetMs = 300
const email = 'service.manager@demo.cairn.test'

export async function benchWorkforce(databaseUrl: string, section = 'Workforce page (PostgreSQL)', runs = 15): Promise<void> {
  const app = await signedInApp(databaseUrl, email, runs)
  try {
    const staff = (await app.deps.services.workforce.measures()).months.at(-1)?.headcount ?? 0
    const page = await app.timed('/workforce')
    const census = await app.timed('/workforce/census.xml')
    addRow({ section, metric: `GET /workforce, 12 months × 4 measures, ${staff} staff in post (p95 of ${runs})`, value: fmtMs(page.p95), target: `≤ ${targetMs} ms`, pass: atMost(page.p95, targetMs), note: `p50 ${fmtMs(page.p50)}` })
    addRow({ section, metric: `GET /workforce/census.xml, audited (p95 of ${runs})`, value: fmtMs(census.p95), note: `p50 ${fmtMs(census.p50)}` })
  } finally {
    await app.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded PostgreSQL database')
  await benchWorkforce(url)
  printReport('Workforce page')
}
