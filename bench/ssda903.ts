/**
 * The issue 5 figures for the SSDA903 return, on the seeded PostgreSQL database (bench/run.ts):
 * export and validate (extract, XML, XSD, all 903 rules, CSV files) the latest full collection
 * year for the leicester-size data (about 550 children in care and 200 care leavers: ≤ 5 s) and for
 * a 10× county-size set (≤ 30 s), each in a child process (bench/ssda903Job.ts) for its own peak
 * RSS (≤ 500 MB). Bench records are added inside a transaction that is rolled back, so the seeded
 * database is left unchanged.
 */
import { runBenchJob } from './benchJob.js'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Ssda903Result } from './ssda903Job.js'
import { compareFlagged } from './cinReference.js'
import { findSsda903Reference, howToInstall, runSsda903Reference } from './ssda903Reference.js'
import { addNote, addPeakRssRow, addRow, atMost, fmtMs, stepsText } from './report.js'

/** The year ending 31 March of the last collection year that has ended by `today`: 2026 on 2026-11-25. */
export function latestFullYearEnding(today: Date): number {
  return today.getUTCFullYear() - (today.getUTCMonth() < 3 ? 1 : 0)
}

const job = (databaseUrl: string, args: string[]) => runBenchJob<Ssda903Result>('ssda903Job', databaseUrl, args)

function report(section: string, r: Ssda903Result, what: string, limitMs: number): void {
  const steps = stepsText(r.steps)
  const data = r.loaded ? `bench load of ${r.loaded.inCare} in care and ${r.loaded.leavers} care leavers (rolled back)` : 'seeded care records'
  addRow({
    section,
    metric: `${what}: export + validate, ${r.yearEnding - 1}-${String(r.yearEnding).slice(2)}`,
    value: fmtMs(r.totalMs),
    target: `≤ ${limitMs / 1000} s`,
    pass: atMost(r.totalMs, limitMs),
    note: `${data}; ${r.rows.Header} children, ${r.rows.Episodes} episodes, ${(r.bytes / 1e6).toFixed(1)} MB of XML and CSV; ${steps}; XSD ${r.xsd.valid ? 'valid' : `${r.xsd.findings} errors, first: ${(r.xsd.first ?? '').slice(0, 90)}`}; ${r.errors} errors, ${r.queries} queries`,
  })
  addPeakRssRow(section, what, r.maxRssMb, 'Node, tsx, the database pool and the (untimed) bench load')
}

/** Runs both measurements on the seeded database at `databaseUrl` (left unchanged). */
export async function benchSsda903(databaseUrl: string, section: string): Promise<void> {
  const year = String(latestFullYearEnding(new Date()))
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-903-'))
  const leicester = await job(databaseUrl, [year, 'auto', '0', dir])
  report(section, leicester, 'leicester size', 5_000)
  await compareWithReference(section, leicester, dir)
  report(section, await job(databaseUrl, [year, '5500', '2000']), '10× county size', 30_000)
}

const referenceLimitMs = 600_000

/** The reference validator on the same CSV files: the speed ratio, and children flagged per rule. */
async function compareWithReference(section: string, ours: Ssda903Result, dir: string): Promise<void> {
  const ruleset = `lac${ours.yearEnding - 1}_${String(ours.yearEnding).slice(2)}`
  const found = findSsda903Reference(ruleset, dir)
  if ('missing' in found) {
    addRow({ section, metric: 'reference validator (csc-validator-be-903) on the same files', value: 'not available', note: `${found.missing}. ${howToInstall}` })
    return
  }
  const run = await runSsda903Reference(found, dir, ruleset, ours.yearEnding, path.join(dir, 'reference.json'), referenceLimitMs)
  if (!run || !ours.fromFiles) {
    addRow({ section, metric: 'reference validator on the same files', value: 'timed out', note: `stopped after ${referenceLimitMs / 1000} s` })
    return
  }
  const ratio = run.wallMs / Math.max(1, ours.fromFiles.ms)
  addRow({ section, metric: `reference validator (${ruleset}, ${run.rules} rules) vs ours on the same CSV files`, value: `${(run.wallMs / 1000).toFixed(1)} s vs ${fmtMs(ours.fromFiles.ms)}: ours ${ratio.toFixed(1)}× faster`, target: '≥ 10×', pass: ratio >= 10, note: `reference wall time includes starting Python (${run.seconds.toFixed(1)} s inside); ours parses the files and runs every implemented rule; reference rules that crashed: ${run.failed.join(', ') || 'none'}` })
  const agreement = compareFlagged(ours.fromFiles.flagged, run.flagged, '903-validator-differences.md')
  addRow({ section, metric: 'children flagged per rule, ours vs reference', value: `${agreement.same} of ${agreement.compared} rules agree`, note: agreement.documented.length ? `explained in docs/903-validator-differences.md: ${agreement.documented.slice(0, 12).join('; ')}` : undefined })
  if (agreement.undocumented.length) addNote(`SSDA903 rules differing from the reference and not yet explained in docs/903-validator-differences.md: ${agreement.undocumented.join('; ')}`)
}
