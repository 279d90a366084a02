/**
 * How the whole KPI scorecard grows with the council (issue 7, "Figures to reach"): the scorecard
 * of bench/scorecard.ts (every KPI, year to date, authority level, in-process server time) on
 * `leicester` (60,000 children), `county` (150,000) and `england` (about 1,050,000: `county` copied
 * 7 times inside PostgreSQL, src/synth/replicate.ts) on PostgreSQL, with the growth per child from
 * one size to the next (1.00 = linear; below is better than linear), and england against ≤ 3 s.
 * Then the same scorecard on PGlite, leicester, as a ratio to PostgreSQL.
 *
 * Standalone: `DATABASE_URL=<seeded leicester> node --import tsx bench/scorecardScale.ts [county|england|pglite …]`
 * (no argument: all three). It makes and drops its own scratch databases and PGlite directory.
 */
import { sql } from 'drizzle-orm'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { loadConfig } from '../src/config.js'
import { openPglite, openPostgres, type Database } from '../src/db/client.js'
import { users } from '../src/db/schema/index.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { kpiCatalogue } from '../src/domain/kpis/index.js'
import { toActor } from '../src/features/auth/authService.js'
import { replicate } from '../src/synth/replicate.js'
import { replicatedSizes } from '../src/synth/sizes.js'
import { createScratchDb, dropScratchDb, makeTempDir, removeTempDir } from './data.js'
import { spawnTracked, stopTracked } from './procs.js'
import { addNote, addRow, atMost, fmtMs, printReport } from './report.js'
import { serverEnv, type Engine } from './server.js'
import { summarise } from './stats.js'

const englandTargetMs = 3000
const pgHost = process.env.BENCH_PGHOST ?? '127.0.0.1'
const pgUser = process.env.BENCH_PGUSER ?? 'postgres'
const pgPort = process.env.BENCH_PGPORT ?? '5432'

type Measured = { label: string; children: number; p50: number; p95: number }
export type ScaleOptions = {
  /** Which larger sizes to build and measure; england needs county. Default all. */
  readonly include?: readonly ('county' | 'england' | 'pglite')[]
  readonly runs?: number
  readonly section?: string
}

/** p50 and p95 of the whole scorecard on an open database, after two warm-up runs. */
async function measure(database: Database, label: string, runs: number): Promise<Measured> {
  const config = loadConfig({ NODE_ENV: 'development', SEED_SIZE: 'none', LOG_LEVEL: 'warn', CHILD_POPULATION: '82000' })
  const deps = createDeps({ config, database, clock: systemClock })
  const [director] = await database.db.select().from(users).where(sql`${users.role} = 'dcs'`).limit(1)
  if (!director) throw new Error(`No director of children’s services in the ${label} data`)
  const actor = toActor(director)
  const perf = deps.services.performance
  const q = { period: 'ytd', ending: perf.currentMonth(), breakdown: 'authority' } as const
  await perf.scorecard(actor, q)
  await perf.scorecard(actor, q)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await perf.scorecard(actor, q)
    times.push(performance.now() - started)
  }
  const [row] = (await database.db.execute(sql`select count(*)::int as n from children`)).rows as { n: number }[]
  const s = summarise(times)
  return { label, children: Number(row?.n ?? 0), p50: s.p50, p95: s.p95 }
}

async function onPostgres(url: string, label: string, runs: number): Promise<Measured> {
  const database = await openPostgres(url)
  try {
    return await measure(database, label, runs)
  } finally {
    await database.close()
  }
}

/** `scripts/seed.ts --size <size>` in a child process (its generator's memory stays out of this one). */
async function seedSize(engine: Engine, size: string): Promise<number> {
  const started = performance.now()
  const child = spawnTracked(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--size', size], serverEnv(engine, { NODE_ENV: 'development', LOG_LEVEL: 'warn' }))
  const timer = setTimeout(() => void stopTracked(child, 2_000), 1_800_000)
  const code = await child.exited
  clearTimeout(timer)
  if (code !== 0) throw new Error(`seeding ${size} failed: ${child.output(600)}`)
  return performance.now() - started
}

function copyDb(template: string): { name: string; url: string } {
  const db = createScratchDb('england')
  // createdb -T needs the template idle; the scratch database was made empty, so remake it from the template.
  dropScratchDb(db.name)
  const done = spawnSync('createdb', ['-h', pgHost, '-p', pgPort, '-U', pgUser, '-T', template, db.name], { encoding: 'utf8' })
  if (done.status !== 0) throw new Error(`createdb -T ${template} failed: ${done.stderr}`)
  return { name: db.name, url: db.url }
}

const perChild = (a: Measured, b: Measured) => (b.p50 / b.children) / (a.p50 / a.children)

export async function benchScorecardScale(leicesterUrl: string, options: ScaleOptions = {}): Promise<{ leicesterP50: number }> {
  const include = new Set(options.include ?? ['county', 'england', 'pglite'])
  const runs = options.runs ?? 7
  const section = options.section ?? 'KPI scorecard growth'
  const results: Measured[] = [await onPostgres(leicesterUrl, 'leicester', runs)]
  const report = (m: Measured, seedNote: string) => {
    const prev = results[results.length - 2]
    const growth = prev ? `${(m.p50 / prev.p50).toFixed(2)}× time for ${(m.children / prev.children).toFixed(2)}× children: ${perChild(prev, m).toFixed(2)} per child` : 'baseline'
    addRow({
      section,
      metric: `whole scorecard, ${kpiCatalogue.length} KPIs, PostgreSQL ${m.label} (${m.children.toLocaleString('en-GB')} children), p50 of ${runs}`,
      value: fmtMs(m.p50),
      target: m.label === 'england' ? `≤ ${englandTargetMs / 1000} s` : m.label === 'leicester' ? '≤ 300 ms' : '',
      pass: m.label === 'england' ? atMost(m.p95, englandTargetMs) : m.label === 'leicester' ? atMost(m.p95, 300) : null,
      ratio: growth,
      note: `p95 ${fmtMs(m.p95)}${seedNote ? `; ${seedNote}` : ''}`,
    })
  }
  report(results[0]!, '')

  if (include.has('county') || include.has('england')) {
    const county = createScratchDb('county')
    try {
      const seedMs = await seedSize({ kind: 'postgres', databaseUrl: county.url }, 'county')
      results.push(await onPostgres(county.url, 'county', runs))
      report(results[results.length - 1]!, `seeded in ${fmtMs(seedMs)}`)
      if (include.has('england')) {
        const england = copyDb(county.name)
        try {
          const database = await openPostgres(england.url)
          let copied: Awaited<ReturnType<typeof replicate>>
          try {
            copied = await replicate(database, replicatedSizes.england.times - 1)
          } finally {
            await database.close()
          }
          results.push(await onPostgres(england.url, 'england', runs))
          report(results[results.length - 1]!, `county × ${replicatedSizes.england.times}, copied in ${fmtMs(copied.ms)}`)
        } finally {
          dropScratchDb(england.name)
        }
      }
    } finally {
      dropScratchDb(county.name)
    }
    addNote('Scorecard growth: "per child" is (time ÷ children) at a size over the same at the size before; 1.00 is linear growth, below 1 better than linear.')
  }

  if (include.has('pglite')) {
    const dir = makeTempDir()
    try {
      const dataDir = path.join(dir, 'pglite')
      const seedMs = await seedSize({ kind: 'pglite', dir: dataDir }, 'leicester')
      await benchScorecardPglite(dataDir, results[0]!.p50, { runs, section, note: `PGlite seeded in ${fmtMs(seedMs)}` })
    } finally {
      removeTempDir(dir)
    }
  }
  return { leicesterP50: results[0]!.p50 }
}

/**
 * The scorecard on an already seeded PGlite directory (closed, not in use), as a ratio to the
 * PostgreSQL leicester p50 that benchScorecardScale returned. run.ts can call this on the PGlite
 * directory it seeds for the pages instead of seeding another.
 */
export async function benchScorecardPglite(dataDir: string, postgresP50: number, options: { runs?: number; section?: string; note?: string } = {}): Promise<void> {
  const runs = options.runs ?? 7
  const database = await openPglite(dataDir)
  let lite: Measured
  try {
    lite = await measure(database, 'PGlite', runs)
  } finally {
    await database.close()
  }
  addRow({
    section: options.section ?? 'KPI scorecard growth',
    metric: `whole scorecard, PGlite (${lite.children.toLocaleString('en-GB')} children), p50 of ${runs}`,
    value: fmtMs(lite.p50),
    ratio: `${(lite.p50 / postgresP50).toFixed(2)}× PostgreSQL leicester`,
    note: `p95 ${fmtMs(lite.p95)}${options.note ? `; ${options.note}` : ''}; no target (context)`,
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded leicester PostgreSQL database')
  const picked = process.argv.slice(2).filter((a): a is 'county' | 'england' | 'pglite' => ['county', 'england', 'pglite'].includes(a))
  await benchScorecardScale(url, picked.length ? { include: picked } : {})
  printReport('KPI scorecard growth')
}
