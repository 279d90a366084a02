/**
 * The issue 4 figures for the CIN census, on the seeded PostgreSQL database (bench/run.ts):
 *   1. export and validate (extract, build, XSD, all rules) the latest full collection year, and the
 *      latest year the DfE XSD covers, each in a child process (bench/cinCensusJob.ts) for its own
 *      peak RSS: ≤ 10 s and ≤ 500 MB;
 *   2. the reference Python validator on the same file (bench/cinReference.ts): children flagged
 *      per rule against ours, and how many times faster ours is (≥ 10×);
 *   3. import of that file into a fresh scratch database: ≤ 30 s.
 */
import { runBenchJob } from './benchJob.js'
import path from 'node:path'
import { yearsWithXsd } from '../src/returns/cin-census/xsd.js'
import type { ExportResult, ImportResult } from './cinCensusJob.js'
import { compareFlagged, findReference, howToInstall, runReference } from './cinReference.js'
import { createScratchDb, dropScratchDb, makeTempDir, removeTempDir } from './data.js'
import { addPeakRssRow, addRow, atMost, fmtMb, fmtMs, stepsText } from './report.js'

const section = 'CIN census'
const referenceLimitMs = Number(process.env.CIN_REFERENCE_LIMIT_S ?? 600) * 1000

/** The last collection year (1 April to 31 March) that has ended by `today`: on 2026-11-25, '2025-26'. */
export function latestFullYear(today: Date): string {
  const y = today.getUTCFullYear() - (today.getUTCMonth() < 3 ? 1 : 0)
  return `${y - 1}-${String(y % 100).padStart(2, '0')}`
}

const job = <T>(databaseUrl: string, args: string[]) => runBenchJob<T>('cinCensusJob', databaseUrl, args)

function reportExport(r: ExportResult, what: string): void {
  const steps = stepsText(r.steps)
  const xsd = r.xsd.checked
    ? `XSD ${r.xsd.valid ? 'valid' : `${r.xsd.findings} errors, first: ${(r.xsd.first ?? '').slice(0, 90)}`}`
    : 'no DfE XSD for this year'
  addRow({
    section,
    metric: `${what}: export + validate, ${r.year}`,
    value: fmtMs(r.totalMs),
    target: '≤ 10 s',
    pass: atMost(r.totalMs, 10_000),
    note: `${r.children} children, ${(r.bytes / 1e6).toFixed(1)} MB; ${steps}; ${r.findings} findings; ${xsd}`,
  })
  addPeakRssRow(section, what, r.maxRssMb, 'Node, tsx and the database pool')
}

async function compareWithReference(ours: ExportResult, file: string, dir: string): Promise<void> {
  const ruleset = `cin${ours.year.replace('-', '_')}`
  const found = findReference(ruleset)
  if ('missing' in found) {
    addRow({
      section,
      metric: 'reference validator',
      value: 'not run',
      note: `reference validator not available (${found.missing}): ${howToInstall}`,
    })
    return
  }
  const run = await runReference(found, file, ruleset, path.join(dir, 'reference.json'), referenceLimitMs)
  if (!run) {
    addRow({
      section,
      metric: 'reference validator',
      value: `> ${fmtMs(referenceLimitMs)}`,
      note: 'stopped at the time limit (CIN_REFERENCE_LIMIT_S); no ratio',
    })
    return
  }
  const oursMs = (ours.steps.parse ?? NaN) + (ours.steps.rules ?? NaN)
  const times = (run.seconds * 1000) / oursMs
  addRow({
    section,
    metric: `reference validator (${ruleset}, ${run.rules} rules), same file`,
    value: fmtMs(run.seconds * 1000),
    target: '≥ 10× slower than ours',
    pass: times >= 10,
    ratio: `${times.toFixed(1)}× ours`,
    note: `ours: parse + all rules ${fmtMs(oursMs)} (with extract, build and XSD ${fmtMs(ours.totalMs)}: ${((run.seconds * 1000) / ours.totalMs).toFixed(1)}×); reference: parse + rules + issue report, wall ${fmtMs(run.wallMs)} with Python start-up`,
  })
  const agreement = compareFlagged(ours.flagged, run.flagged)
  addRow({
    section,
    metric: 'children flagged per rule, ours vs reference',
    value: `${agreement.same} of ${agreement.compared} rules equal`,
    target: 'differences documented',
    pass: agreement.undocumented.length === 0,
    note: [
      agreement.documented.length
        ? `documented (docs/cin-validator-differences.md): ${agreement.documented.join('; ')}`
        : '',
      agreement.undocumented.length ? `NOT documented: ${agreement.undocumented.join('; ')}` : '',
      `rules neither side flagged are equal at 0 and not counted`,
    ]
      .filter(Boolean)
      .join('; '),
  })
}

async function measureImport(file: string, children: number): Promise<void> {
  const db = createScratchDb('cinimport')
  try {
    const r = await job<ImportResult>(db.url, ['import', file])
    const rows = Object.values(r.inserted).reduce((a, b) => a + b, 0)
    addRow({
      section,
      metric: `import of that file (${children} children) into a fresh database`,
      value: fmtMs(r.ms),
      target: '≤ 30 s',
      pass: r.status === 'imported' && atMost(r.ms, 30_000),
      note: `${r.status}; ${r.counts.created ?? 0} children created, ${rows} rows inserted; parse, all rules, checks and one transaction; peak RSS ${fmtMb(r.maxRssMb)}`,
    })
  } finally {
    dropScratchDb(db.name)
  }
}

/** Runs the three measurements on the seeded database at `databaseUrl` (left unchanged). */
export async function benchCinCensus(databaseUrl: string): Promise<void> {
  const dir = makeTempDir()
  try {
    const year = latestFullYear(new Date())
    const file = path.join(dir, 'census.xml')
    const latest = await job<ExportResult>(databaseUrl, ['export', year, file])
    reportExport(latest, 'latest full year')
    const xsdYear = yearsWithXsd
      .filter((y) => y <= year)
      .sort()
      .at(-1)
    if (xsdYear && xsdYear !== year)
      reportExport(
        await job<ExportResult>(databaseUrl, ['export', xsdYear, path.join(dir, 'xsd-year.xml')]),
        'latest full year with an XSD',
      )
    await compareWithReference(latest, file, dir)
    await measureImport(file, latest.children)
  } finally {
    removeTempDir(dir)
  }
}
