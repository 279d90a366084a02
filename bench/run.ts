/**
 * `npm run bench [-- --quick]`: the performance targets of issue 3, measured on this machine.
 *   1. cold `npm start` on a fresh PGlite directory (seeding demo) until /ready, then a restart;
 *   2. `npm run seed -- --size leicester` into a scratch PostgreSQL database;
 *   3. child search server time on that data, in-process;
 *   4. child record and My work pages under load on PostgreSQL, with the server's RSS;
 *   5. the same pages on PGlite, as ratios to PostgreSQL.
 * `--quick` uses the demo council everywhere and short runs (a smoke test, not a measurement).
 * Child processes, scratch databases and temporary directories are removed even on failure.
 */
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { cleanupDataSync, createScratchDb, dropScratchDb, makeTempDir, removeTempDir, runSeed } from './data.js'
import { measurePages, reportPages, type PageRun } from './pages.js'
import { killAllSync } from './procs.js'
import { addNote, addRow, atMost, fmtMb, fmtMs, printReport, ratio } from './report.js'
import { runSearchBench } from './search.js'
import { peakRssMb, startServer, type Engine } from './server.js'

const quick = process.argv.includes('--quick')
const bigSize = quick ? 'demo' : 'leicester'
const durationS = quick ? 3 : 10
const connections = 50
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

/** Runs one phase; a failure becomes a FAIL row and the run goes on with what does not depend on it. */
async function phase<T>(name: string, body: () => Promise<T>): Promise<T | undefined> {
  console.log(`» ${name} (load average ${loadavg()[0]!.toFixed(2)})`)
  try {
    return await body()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`  ${name} failed: ${message}`)
    addRow({ section: name, metric: 'phase failed', value: 'error', pass: false, note: message.split('\n')[0]!.slice(0, 140) })
    return undefined
  }
}

async function startup(): Promise<void> {
  const dir = makeTempDir()
  const engine: Engine = { kind: 'pglite', dir: path.join(dir, 'pglite') }
  try {
    const cold = await startServer({ engine, seedSize: 'demo', via: 'npm', logLevel: 'warn' })
    const coldHwm = peakRssMb(cold)
    await cold.stop()
    const warm = await startServer({ engine, seedSize: 'demo', via: 'npm', logLevel: 'warn' })
    await warm.stop()
    const section = 'Start-up (PGlite)'
    addRow({ section, metric: 'Cold npm start, seeding demo, to /ready 200', value: fmtMs(cold.readyMs), target: '≤ 15 s', pass: atMost(cold.readyMs, 15_000), note: `fresh PGLITE_DIR; peak RSS while seeding ${fmtMb(coldHwm)}` })
    addRow({ section, metric: 'Restart on the same directory, to /ready 200', value: fmtMs(warm.readyMs), target: '≤ 3 s', pass: atMost(warm.readyMs, 3_000), ratio: ratio(warm.readyMs, cold.readyMs, 'cold start'), note: 'seed skipped: users exist' })
  } finally {
    removeTempDir(dir)
  }
}

async function pgSeed(url: string): Promise<boolean> {
  const run = await runSeed({ kind: 'postgres', databaseUrl: url }, bigSize, 900_000)
  if (!run.ok) throw new Error(`seed failed: ${run.output.slice(-600)}`)
  addRow({
    section: 'Seed (PostgreSQL)',
    metric: `npm run seed -- --size ${bigSize}`,
    value: fmtMs(run.ms),
    target: quick ? '(≤ 60 s is for leicester)' : '≤ 60 s',
    pass: quick ? null : atMost(run.ms, 60_000),
    note: `fresh database; ${run.timing}; wall time includes node + tsx start`,
  })
  return true
}

async function search(url: string): Promise<void> {
  const reports = await runSearchBench(url, ['front.door@demo.cairn.test', 'social.worker@demo.cairn.test'], searchCount)
  for (const [i, r] of reports.entries()) {
    const section = `Search (PostgreSQL, ${bigSize})`
    const who = i === 0 ? 'front door' : 'social worker (team scope)'
    addRow({ section, metric: `Child search as ${who}: p50`, value: fmtMs(r.overall.p50), note: `${r.overall.n} queries, one after another, in-process` })
    addRow({
      section,
      metric: `Child search as ${who}: p95`,
      value: fmtMs(r.overall.p95),
      target: '≤ 50 ms',
      pass: atMost(r.overall.p95, 50),
      note: `max ${fmtMs(r.overall.max)}; slowest: ${r.slowest.map((s) => `"${s.q}" ${fmtMs(s.ms)}`).join(', ')}`,
    })
    if (i > 0) continue
    for (const [kind, t] of Object.entries(r.byKind))
      addRow({ section, metric: `  by ${kind}: p50 / p95`, value: `${fmtMs(t.p50)} / ${fmtMs(t.p95)}`, note: `${t.n} queries, mean ${t.meanResults.toFixed(1)} results` })
  }
}

async function pglitePages(pg: PageRun | undefined): Promise<void> {
  let dir = makeTempDir()
  let size: 'demo' | 'leicester' = bigSize
  let seeded = await runSeed({ kind: 'pglite', dir: path.join(dir, 'pglite') }, size, pgliteSeedLimitMs)
  const section = 'Seed (PGlite)'
  if (seeded.timedOut) {
    addNote(`Seeding leicester into PGlite took more than ${pgliteSeedLimitMs / 1000} s and was stopped: the PGlite pages below use the demo council, so the ratios compare different data sizes.`)
    addRow({ section, metric: 'npm run seed -- --size leicester', value: `> ${fmtMs(seeded.ms)}`, note: 'stopped; fell back to demo' })
    removeTempDir(dir)
    dir = makeTempDir()
    size = 'demo'
    seeded = await runSeed({ kind: 'pglite', dir: path.join(dir, 'pglite') }, size, pgliteSeedLimitMs)
  }
  if (!seeded.ok) throw new Error(`PGlite seed failed: ${seeded.output.slice(-600)}`)
  addRow({ section, metric: `npm run seed -- --size ${size}`, value: fmtMs(seeded.ms), note: `${seeded.timing} (context, no target)` })
  try {
    const run = await measurePages({ engine: { kind: 'pglite', dir: path.join(dir, 'pglite') }, label: `PGlite, ${size}`, connections, durationS, withCeiling: false })
    reportPages(run, pg)
  } finally {
    removeTempDir(dir)
  }
}

function environment(): string {
  const pg = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'show server_version'], { encoding: 'utf8' }).stdout.trim()
  const load = `load average ${loadavg()[0]!.toFixed(2)} before the run`
  return `${availableParallelism()} cores, ${load}, Node ${process.version}, PostgreSQL ${pg || '?'}, ${quick ? 'QUICK (demo size, short runs)' : 'full'} mode`
}

async function main(): Promise<void> {
  const env = environment()
  console.log(`Cairn benchmark: ${env}`)
  addNote(`Load comes from autocannon inside this process, on the same ${availableParallelism()} cores as the server: the page figures are a lower bound on what the server could do alone.`)
  addNote('Pages run with NODE_ENV=development, LOG_LEVEL=warn, signed in as the demo social worker (each request also renews the session and the child page writes an audit row).')
  let db: { name: string; url: string } | undefined
  try {
    await phase('Start-up (PGlite)', startup)
    db = createScratchDb(bigSize)
    const url = db.url
    const seeded = await phase('Seed (PostgreSQL)', () => pgSeed(url))
    let pg: PageRun | undefined
    if (seeded) {
      await phase(`Search (PostgreSQL, ${bigSize})`, () => search(url))
      pg = await phase(`Pages, PostgreSQL, ${bigSize}`, () =>
        measurePages({ engine: { kind: 'postgres', databaseUrl: url }, label: `PostgreSQL, ${bigSize}`, connections, durationS, withCeiling: true }),
      )
      if (pg) reportPages(pg)
    }
    dropScratchDb(db.name)
    db = undefined
    await phase('Pages, PGlite', () => pglitePages(pg))
  } finally {
    if (db) dropScratchDb(db.name)
    cleanupSync()
  }
  printReport(`Cairn benchmark results (${env})`)
}

main().catch((error: unknown) => {
  console.error(error)
  cleanupSync()
  process.exit(1)
})
