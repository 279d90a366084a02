/**
 * The issue 7 figure for Ofsted Annex A, on the seeded PostgreSQL database (bench/run.ts): the whole
 * workbook, Lists 1 to 11, for the default 6-month window ending today, for the leicester data
 * (≤ 15 s), in a child process (bench/annexAJob.ts) for its own peak RSS (≤ 500 MB). It only reads.
 */
import { runBenchJob } from './benchJob.js'
import type { AnnexAResult } from './annexAJob.js'
import { addPeakRssRow, addRow, atMost, fmtMs, stepsText } from './report.js'

const section = 'Ofsted Annex A'

const job = (databaseUrl: string, to: string) => runBenchJob<AnnexAResult>('annexAJob', databaseUrl, [to, '6'])

/** The whole workbook for the seeded database at `databaseUrl` (left unchanged). */
export async function benchAnnexA(databaseUrl: string): Promise<void> {
  const to = new Date().toISOString().slice(0, 10)
  const r = await job(databaseUrl, to)
  const rows = Object.values(r.rows).reduce((a, b) => a + b, 0)
  addRow({
    section,
    metric: `whole workbook, Lists 1–11, ${r.months} months to ${r.to} (leicester)`,
    value: fmtMs(r.totalMs),
    target: '≤ 15 s',
    pass: atMost(r.totalMs, 15_000),
    note: `${rows} rows (${Object.entries(r.rows)
      .map(([k, n]) => `${k} ${n}`)
      .join(
        ', ',
      )}), ${(r.bytes / 1e6).toFixed(1)} MB xlsx; CPU time of the job ${fmtMs(r.cpuMs)}; ${stepsText(r.steps)}`,
  })
  addPeakRssRow(section, 'Annex A workbook (leicester)', r.maxRssMb, 'Node, tsx and the database pool')
}
