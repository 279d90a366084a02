/**
 * One CIN census job for the benchmark (bench/cinCensus.ts), run as a child process so that its
 * peak RSS (process.resourceUsage().maxRSS) is the job's alone. It prints one JSON line.
 *
 *   export <year> <out.xml>: the census service's steps (extract, build, XSD, parse, all rules)
 *     for the whole authority, timed step by step; the XML is written out (not timed) and the
 *     children flagged per rule are returned, as the DfE tool counts them.
 *   import <file.xml>: migrates the (fresh) database, then times importCensus on the file.
 *
 * DATABASE_URL names the database.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { systemActor, type Actor } from '../src/access/actor.js'
import { openPostgres } from '../src/db/client.js'
import { buildCensusXml } from '../src/returns/cin-census/build.js'
import { defaultReferenceDate, extractCensus } from '../src/returns/cin-census/extract.js'
import { importCensus, rulesYear } from '../src/returns/cin-census/import.js'
import { parseCensus } from '../src/returns/cin-census/parse.js'
import { validateCensus, type Finding } from '../src/returns/cin-census/validate.js'
import { validateAgainstXsd } from '../src/returns/cin-census/xsd.js'
import { stepTimer } from './stats.js'

export type ExportResult = {
  readonly mode: 'export'
  readonly year: string
  readonly children: number
  readonly bytes: number
  readonly steps: Record<string, number>
  readonly totalMs: number
  readonly maxRssMb: number
  readonly xsd: { checked: boolean; valid: boolean; findings: number; first: string | null }
  readonly findings: number
  /** Distinct children flagged, by rule code (return-level findings name no child). */
  readonly flagged: Record<string, number>
}
export type ImportResult = {
  readonly mode: 'import'
  readonly status: string
  readonly ms: number
  readonly maxRssMb: number
  readonly counts: Record<string, number>
  readonly inserted: Record<string, number>
}

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
/** The whole authority, as a performance analyst sees it (the census is made for every child). */
const analyst: Actor = { ...systemActor, role: 'performance_analyst' }

function flaggedByRule(findings: readonly Finding[]): Record<string, number> {
  const ids = new Map<string, Set<string>>()
  for (const f of findings) {
    if (f.laChildId === null) continue
    const set = ids.get(f.code) ?? new Set<string>()
    set.add(f.laChildId)
    ids.set(f.code, set)
  }
  return Object.fromEntries([...ids].map(([code, set]) => [code, set.size]))
}

async function runExport(url: string, year: string, out: string): Promise<ExportResult> {
  const database = await openPostgres(url, 5)
  try {
    const { steps, lap, totalMs: elapsed } = stepTimer()
    const laCode = '856'
    const referenceDate = defaultReferenceDate(year)
    const census = await extractCensus(database.db, analyst, {
      collectionYear: year,
      laCode,
      referenceDate,
      now: new Date(),
    })
    lap('extract')
    const xml = buildCensusXml(census, { collectionYear: year, laCode, referenceDate })
    lap('build')
    const xsd = await validateAgainstXsd(xml, year)
    lap('xsd')
    const parsed = parseCensus(xml)
    lap('parse')
    const findings = validateCensus(parsed, { collectionYear: rulesYear(year), referenceDate })
    lap('rules')
    const totalMs = elapsed()
    writeFileSync(out, xml)
    return {
      mode: 'export',
      year,
      children: census.children.length,
      bytes: Buffer.byteLength(xml),
      steps,
      totalMs,
      maxRssMb: maxRssMb(),
      xsd: {
        checked: xsd.checked,
        valid: xsd.valid,
        findings: xsd.findings.length,
        first: xsd.findings[0]?.message ?? null,
      },
      findings: findings.length,
      flagged: flaggedByRule(findings),
    }
  } finally {
    await database.close()
  }
}

async function runImport(url: string, file: string): Promise<ImportResult> {
  const database = await openPostgres(url, 5)
  try {
    await database.migrate()
    const xml = readFileSync(file)
    const started = performance.now()
    const report = await importCensus(database.db, systemActor, xml)
    const ms = Math.round(performance.now() - started)
    return {
      mode: 'import',
      status: report.fileError ?? report.status,
      ms,
      maxRssMb: maxRssMb(),
      counts: report.counts,
      inserted: report.rows.inserted,
    }
  } finally {
    await database.close()
  }
}

async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2)
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  const result =
    mode === 'export' && a && b
      ? await runExport(url, a, b)
      : mode === 'import' && a
        ? await runImport(url, a)
        : null
  if (!result) throw new Error('usage: cinCensusJob.ts export <year> <out.xml> | import <file.xml>')
  console.log(JSON.stringify(result))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
