/**
 * `npm run bench [-- --quick] [-- --no-scale]`: the performance targets of the issues, measured on this machine.
 *   1. cold `npm start` on a fresh PGlite directory (seeding demo) until /ready, then a restart;
 *   2. `npm run seed -- --size leicester` into a scratch PostgreSQL database;
 *   3. child search server time on that data, in-process;
 *   4. child record and My work pages under load on PostgreSQL, with the server's RSS;
 *   5. the same pages on PGlite (leicester, or demo if seeding takes too long), as ratios to PostgreSQL.
 *   6. (issue 4) CIN census export + validation, the reference validator on the same file, and its import
 *      (bench/cinCensus.ts), on the PostgreSQL data of step 2.
 *   7. (issue 4) the chronology page of a child with 2,000 added events (bench/chronology.ts), on the same data.
 *   8. (issue 7) the whole KPI scorecard and one drill-down, server time in-process (bench/scorecard.ts), on the same data.
 *   9. (issue 6) the authority-wide workforce page, in-process with app.inject (bench/workforce.ts), on the same data.
 *  10. (issue 5) the live lists of unregistered placements, missing episodes and care leavers (bench/careLists.ts).
 *  10. (issue 6) the case-audit sample, 1% of every child, and a whole programme (bench/caseAudits.ts), on the same data.
 *  11. (issue 5) SSDA903 export + validation, leicester size and 10× (bench/ssda903.ts), on the same data.
 *  12. (issue 7, unless `--no-scale`) the scorecard on `county` and `england` data and on PGlite (bench/scorecardScale.ts).
 *  12. (issue 6) the team caseload page and the allocation queue under load (bench/allocationPages.ts).
 *  13. (issue 7) twelve months of KPI snapshots rebuilt (bench/kpiSnapshots.ts) and the Ofsted Annex A
 *      workbook with its peak RSS (bench/annexA.ts), on the same data.
 * `--quick` uses the demo council everywhere and short runs (a smoke test, not a measurement).
 * Child processes, scratch databases and temporary directories are removed even on failure.
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { benchCinCensus } from './cinCensus.js'
import { benchSsda903 } from './ssda903.js'
import { benchChronology } from './chronology.js'
import { benchScorecard } from './scorecard.js'
import { benchCaseAudits } from './caseAudits.js'
import { benchWorkforce } from './workforce.js'
import { benchCareLists } from './careLists.js'
import { benchKpiSnapshots } from './kpiSnapshots.js'
import { benchAnnexA } from './annexA.js'
import { benchAllocationPages } from './allocationPages.js'
import { benchScorecardScale } from './scorecardScale.js'
import { cleanupDataSync, createScratchDb, dropScratchDb, removeTempDir } from './data.js'
import { measurePages, reportPages, type PageRun } from './pages.js'
import { killAllSync } from './procs.js'
import { addNote, addRow, phaseFailed, printReport } from './report.js'
import { reportSearch, runSearchBench } from './search.js'
import { seedPglite, seedPostgres } from './seeding.js'
import { measureStartup } from './startup.js'

const quick = process.argv.includes('--quick')
// The scorecard's growth to `county` and `england` seeds two more councils (about 25 minutes here).
const scale = !quick && !process.argv.includes('--no-scale')
const size = quick ? 'demo' : 'leicester'
const connections = 50
const durations = { durationS: quick ? 3 : 10, unloadedS: quick ? 2 : 5 }
const searchCount = quick ? 100 : 300
const pgliteSeedLimitMs = 180_000

function cleanupSync(): void {
  killAllSync()
  cleanupDataSync()
}
process.on('exit', cleanupSync)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers and removing scratch data`)
    cleanupSync()
    process.exit(130)
  })

const load1 = () => loadavg()[0]!.toFixed(2)

/** Runs one phase; a failure becomes a FAIL row and the run goes on with what does not depend on it. */
async function phase<T>(name: string, body: () => Promise<T>): Promise<T | undefined> {
  console.log(`» ${name} (load average ${load1()})`)
  try {
    return await body()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`  ${name} failed: ${message}`)
    addRow({
      section: name,
      metric: 'phase failed',
      value: 'error',
      pass: false,
      note: message.split('\n')[0]!.slice(0, 140),
    })
    return undefined
  }
}

async function pglitePages(postgres: PageRun | undefined): Promise<void> {
  const data = await seedPglite(size, pgliteSeedLimitMs)
  try {
    const engine = { kind: 'pglite', dir: data.dataDir } as const
    const run = await measurePages({
      engine,
      label: `PGlite, ${data.size}`,
      connections,
      ...durations,
      withCeiling: false,
    })
    reportPages(run, postgres)
  } finally {
    removeTempDir(data.tempDir)
  }
}

/** Seed, search and pages on a scratch PostgreSQL database, dropped afterwards. */
async function postgresPhases(): Promise<PageRun | undefined> {
  const db = createScratchDb(size)
  try {
    const seeded = await phase('Seed (PostgreSQL)', () => seedPostgres(db.url, size))
    if (!seeded) return undefined
    const searchSection = `Search (PostgreSQL, ${size})`
    const emails = ['front.door@demo.cairn.test', 'social.worker@demo.cairn.test']
    await phase(searchSection, async () =>
      reportSearch(await runSearchBench(db.url, emails, searchCount), searchSection),
    )
    const engine = { kind: 'postgres', databaseUrl: db.url } as const
    const run = await phase(`Pages, PostgreSQL, ${size}`, () =>
      measurePages({ engine, label: `PostgreSQL, ${size}`, connections, ...durations, withCeiling: true }),
    )
    if (run) reportPages(run)
    await phase(`Chronology (PostgreSQL, ${size})`, () => benchChronology(db.url, { durationS: durations.unloadedS * 2 }))
    await phase(`CIN census (PostgreSQL, ${size})`, () => benchCinCensus(db.url))
    await phase(`SSDA903 (PostgreSQL, ${size})`, () => benchSsda903(db.url, `SSDA903 (PostgreSQL, ${size})`))
    await phase(`KPI scorecard (PostgreSQL, ${size})`, () => benchScorecard(db.url, `KPI scorecard (PostgreSQL, ${size})`))
    if (scale) await phase('KPI scorecard growth', () => benchScorecardScale(db.url, { include: ['county', 'england', 'pglite'] }))
    await phase(`Team caseloads and allocation queue (PostgreSQL, ${size})`, () => benchAllocationPages(db.url, { label: `PostgreSQL, ${size}: team caseloads and allocation queue`, connections, ...durations }))
    await phase(`KPI snapshots (PostgreSQL, ${size})`, () => benchKpiSnapshots(db.url, `KPI snapshots (PostgreSQL, ${size})`))
    await phase(`Ofsted Annex A (PostgreSQL, ${size})`, () => benchAnnexA(db.url))
    await phase(`Workforce page (PostgreSQL, ${size})`, () => benchWorkforce(db.url, `Workforce page (PostgreSQL, ${size})`))
    await phase(`Care lists (PostgreSQL, ${size})`, () => benchCareLists(db.url, `Care lists (PostgreSQL, ${size})`))
    await phase(`Case-audit sampling (PostgreSQL, ${size})`, () => benchCaseAudits(db.url, `Case-audit sampling (PostgreSQL, ${size})`))
    return run
  } finally {
    dropScratchDb(db.name)
  }
}

function environment(): string {
  const psql = ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'show server_version']
  const pg = spawnSync('psql', psql, { encoding: 'utf8' }).stdout?.trim()
  const mode = quick ? 'QUICK (demo size, short runs)' : 'full'
  return `${availableParallelism()} cores, load average ${load1()} before the run, Node ${process.version}, PostgreSQL ${pg || '?'}, ${mode} mode`
}

function explain(): void {
  const cores = availableParallelism()
  addNote(
    `autocannon runs inside this process, on the same ${cores} cores as the server (and PostgreSQL): page figures are a lower bound on the server alone.`,
  )
  addNote(
    `autocannon is a closed loop with no think time: latency ≈ connections ÷ throughput (Little's law), so p95 ≤ 100 ms at ${connections} connections needs more than ${connections * 10} req/s. The 1-connection rows give the service time without queueing.`,
  )
  addNote(
    'Pages: NODE_ENV=development, LOG_LEVEL=warn, the demo social worker signed in; every request renews the session (its row is written at most once a minute) and the child page writes an audit row.',
  )
  addNote(
    'Search: the children service called in-process (as the /children page and GET /api/v1/children do, audit row included); no HTTP or rendering.',
  )
}

async function main(): Promise<void> {
  const env = environment()
  console.log(`Cairn benchmark: ${env}`)
  explain()
  try {
    await phase('Start-up (PGlite)', measureStartup)
    const postgres = await phase('PostgreSQL', () => postgresPhases())
    await phase('Pages, PGlite', () => pglitePages(postgres))
  } finally {
    cleanupSync()
  }
  printReport(`Cairn benchmark results (${env})`)
  // Missed targets are results; a phase that could not run is an error (useful for `--quick` in CI).
  if (phaseFailed()) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  cleanupSync()
  process.exit(1)
})
