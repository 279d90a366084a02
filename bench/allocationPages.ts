/**
 * Issue 6: on `leicester` PostgreSQL data, the team caseload page and the allocation queue serve at
 * p95 ≤ 100 ms with 50 concurrent clients. Measured as the child-record bench is (bench/pages.ts):
 * the server started on already-seeded data, the demo team manager signed in, each page checked for
 * 200 and warmed, then 1 connection (the unloaded service time) and 50 connections in a closed
 * loop (autocannon), with the server's RSS sampled. These are reads (each request renews the session).
 *
 * Standalone: `DATABASE_URL=… node --import tsx bench/allocationPages.ts [--quick]` on a seeded database.
 */
import { fileURLToPath } from 'node:url'
import { measurePages, reportPages, type PageRun } from './pages.js'
import { printReport } from './report.js'

/** The demo team manager: holds the allocation queue and sees their team's caseloads. */
export const teamManager = { email: 'team.manager@demo.cairn.test', password: 'demo-password-1' }

/** The manager's team caseload page: /caseloads redirects a manager of one team there (or lists the teams). */
async function allocationTargets(baseUrl: string, cookie: string): Promise<{ name: string; path: string }[]> {
  const response = await fetch(`${baseUrl}/caseloads`, { headers: { cookie }, redirect: 'manual' })
  const body = `${response.headers.get('location') ?? ''} ${await response.text()}`
  if (response.status !== 200 && response.status !== 302) throw new Error(`GET /caseloads gave ${response.status}, expected 200 or 302`)
  const team = /\/teams\/([0-9a-f-]{36})\/caseloads/.exec(body)?.[1]
  if (!team) throw new Error('The team manager sees no team on /caseloads, so there is no team caseload page to load')
  return [
    { name: 'Team caseload page', path: `/teams/${team}/caseloads` },
    { name: 'Allocation queue', path: '/allocation' },
  ]
}

export type AllocationPagesOptions = { label?: string; connections?: number; durationS?: number; unloadedS?: number }

/** Measures both pages and adds their rows to the report (section "Pages, <label>"). */
export async function benchAllocationPages(databaseUrl: string, options: AllocationPagesOptions = {}): Promise<PageRun> {
  const run = await measurePages({
    engine: { kind: 'postgres', databaseUrl },
    label: options.label ?? 'PostgreSQL, leicester: team caseloads and allocation queue',
    connections: options.connections ?? 50,
    durationS: options.durationS ?? 10,
    unloadedS: options.unloadedS ?? 5,
    withCeiling: false,
    user: teamManager,
    targets: allocationTargets,
  })
  reportPages(run)
  return run
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded PostgreSQL database')
  const quick = process.argv.includes('--quick')
  await benchAllocationPages(url, quick ? { durationS: 3, unloadedS: 2 } : {})
  printReport('Team caseloads and allocation queue')
}
