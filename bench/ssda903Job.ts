/**
 * One SSDA903 job for the benchmark (bench/ssda903.ts), run as a child process so that its peak
 * RSS is its own. It prints one JSON line.
 *
 *   <yearEnding> <inCare|auto> <leavers>: in one transaction that is rolled back, adds bench care
 *   records when asked (inCare > 0, bench/ssda903Load.ts; not timed), then times the service's
 *   steps for the whole authority: extract, XML, XSD, all 903 rules, and the CSV files.
 *   With inCare = 0 the seeded records are used as they are; with 'auto', they are used when the
 *   seed has at least 100 children in care in the year, else 550 in care and 200 leavers are added.
 *
 * DATABASE_URL names the database.
 */
import { sql } from 'drizzle-orm'
import { systemActor, type Actor } from '../src/access/actor.js'
import type { Executor } from '../src/db/executor.js'
import { collectionPeriod } from '../src/returns/ssda903/tables.js'
import { openPostgres } from '../src/db/client.js'
import { returnCsvFiles } from '../src/returns/ssda903/csv.js'
import { extractReturn } from '../src/returns/ssda903/extract.js'
import { validateReturn } from '../src/returns/ssda903/validate.js'
import { returnXml } from '../src/returns/ssda903/xml.js'
import { validate903Xml } from '../src/returns/ssda903/xsd.js'
import { loadBenchCare } from './ssda903Load.js'
import { stepTimer } from './stats.js'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseCsvSet } from '../src/returns/ssda903/parseCsv.js'

export type Ssda903Result = {
  readonly yearEnding: number
  readonly loaded: { inCare: number; leavers: number } | null
  readonly rows: Record<string, number>
  readonly bytes: number
  readonly steps: Record<string, number>
  readonly totalMs: number
  readonly maxRssMb: number
  readonly xsd: { valid: boolean; findings: number; first: string | null }
  readonly errors: number
  readonly queries: number
  /** With an output folder: our parse + rules on the written CSV files, and the children flagged per rule. */
  readonly fromFiles?: { readonly ms: number; readonly flagged: Record<string, number> }
}

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
/** The whole authority, as a performance analyst sees it. */
const analyst: Actor = { ...systemActor, role: 'performance_analyst' }
class Rollback extends Error {}

async function seededInCare(tx: Executor, yearEnding: number): Promise<number> {
  const { start, end } = collectionPeriod(yearEnding)
  const r = await tx.execute<{ n: number }>(sql`select count(*)::int as n from care_periods where not imported and started_on <= ${end} and (ended_on is null or ended_on >= ${start})`)
  return r.rows[0]?.n ?? 0
}

/** Reads the written CSV files back and validates them, as the reference validator is timed on the same files. */
function validateFiles(dir: string, files: readonly { filename: string; csv: string }[], yearEnding: number) {
  for (const f of files) writeFileSync(path.join(dir, f.filename), f.csv)
  const started = performance.now()
  const parsed = parseCsvSet(files.map((f) => ({ name: f.filename, content: f.csv })))
  const findings = validateReturn(parsed.data, yearEnding)
  const ms = Math.round(performance.now() - started)
  const children = new Map<string, Set<string>>()
  for (const f of findings) children.set(f.code, (children.get(f.code) ?? new Set()).add(f.child))
  return { ms, flagged: Object.fromEntries([...children].map(([code, set]) => [code, set.size])) }
}

async function run(url: string, yearEnding: number, inCare: number, leavers: number, outDir: string | undefined): Promise<Ssda903Result> {
  const database = await openPostgres(url, 5)
  let result: Ssda903Result | null = null
  try {
    await database.db
      .transaction(async (tx) => {
        // 'auto' (-1): the seeded records when the seed has children in care in the year, else a leicester-size load.
        const seeded = inCare < 0 ? await seededInCare(tx, yearEnding) : 0
        const want = inCare < 0 ? (seeded >= 100 ? 0 : 550) : inCare
        const loaded = want > 0 ? await loadBenchCare(tx, yearEnding, want, inCare < 0 ? 200 : leavers) : null
        const { steps, lap, totalMs: elapsed } = stepTimer()
        const ret = await extractReturn(tx, yearEnding, analyst)
        lap('extract')
        const xml = returnXml(ret)
        lap('xml')
        const xsd = await validate903Xml(xml)
        lap('xsd')
        const findings = validateReturn(ret, yearEnding)
        lap('rules')
        const files = returnCsvFiles(ret, yearEnding)
        lap('csv')
        const totalMs = elapsed()
        result = {
          yearEnding, loaded, steps, totalMs, maxRssMb: maxRssMb(),
          rows: Object.fromEntries(Object.entries(ret).map(([t, rows]) => [t, (rows as unknown[]).length])),
          bytes: Buffer.byteLength(xml) + files.reduce((n, f) => n + Buffer.byteLength(f.csv), 0),
          xsd: { valid: xsd.valid, findings: xsd.findings.length, first: xsd.findings[0]?.message ?? null },
          errors: findings.filter((f) => f.type === 'ERROR').length,
          queries: findings.filter((f) => f.type === 'QUERY').length,
          ...(outDir ? { fromFiles: validateFiles(outDir, files, yearEnding) } : {}),
        }
        throw new Rollback()
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e
      })
  } finally {
    await database.close()
  }
  if (!result) throw new Error('the SSDA903 job produced no result')
  return result
}

async function main(): Promise<void> {
  const [year, inCare, leavers] = process.argv.slice(2, 5).map((a) => (a === 'auto' ? -1 : Number(a)))
  const outDir = process.argv[5]
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  if (!year || inCare === undefined || leavers === undefined || Number.isNaN(inCare) || Number.isNaN(leavers)) throw new Error('usage: ssda903Job.ts <yearEnding> <inCare> <leavers> [<csv output folder>]')
  console.log(JSON.stringify(await run(url, year, inCare, leavers, outDir)))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
