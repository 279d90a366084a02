/**
 * The live lists of issue 5, each at p95 ≤ 100 ms on `leicester` PostgreSQL data (about 550 children
 * in care and 200–300 care leavers): unregistered placements, missing episodes with return home
 * interviews, and care leavers. Timed in-process through the whole stack as the authority-wide
 * service manager, who sees every child (the largest list).
 *
 * Standalone: `DATABASE_URL=… node --import tsx bench/careLists.ts` on an already seeded database.
 */
import { fileURLToPath } from 'node:url'
import { signedInApp } from './inProcess.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'

const targetMs = 100
const email = 'service.manager@demo.cairn.test'
const lists = [
  ['/care/unregistered', 'unregistered placements'],
  ['/missing', 'missing episodes and return home interviews'],
  ['/care-leavers', 'care leavers'],
] as const

export async function benchCareLists(databaseUrl: string, section = 'Care lists (PostgreSQL)', runs = 20): Promise<void> {
  const app = await signedInApp(databaseUrl, email, runs)
  try {
    for (const [url, what] of lists) {
      const t = await app.timed(url)
      addRow({ section, metric: `GET ${url}, ${what} (p95 of ${runs})`, value: fmtMs(t.p95), target: `≤ ${targetMs} ms`, pass: atMost(t.p95, targetMs), note: `p50 ${fmtMs(t.p50)}` })
    }
  } finally {
    await app.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded PostgreSQL database')
  await benchCareLists(url)
  printReport('Care lists')
}
