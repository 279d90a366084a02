/**
 * The results table: each figure next to its target (issue 3) and, where this run measured one,
 * a ratio to a baseline. Rows are collected as the phases run and printed once at the end.
 */

export type Row = {
  section: string
  metric: string
  value: string
  /** e.g. "≤ 15 s"; empty when the figure is context only. */
  target: string
  /** true = meets the target, false = misses it, null = no target. */
  pass: boolean | null
  ratio: string
  note: string
}

const rows: Row[] = []
const notes: string[] = []

export function addRow(row: Partial<Row> & Pick<Row, 'section' | 'metric' | 'value'>): void {
  rows.push({ target: '', pass: null, ratio: '', note: '', ...row })
}

export function addNote(note: string): void {
  notes.push(note)
}

export const fmtMs = (ms: number): string =>
  Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`) : 'n/a'
export const fmtMb = (mb: number): string => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : 'n/a')
export const fmtRate = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} req/s` : 'n/a')
export const ratio = (value: number, baseline: number, label: string): string =>
  Number.isFinite(value) && Number.isFinite(baseline) && baseline > 0
    ? `${(value / baseline).toFixed(2)}× ${label}`
    : ''

/** A "≤ limit" check: value and limit in the same unit. */
export const atMost = (value: number, limit: number): boolean | null =>
  Number.isFinite(value) ? value <= limit : false

/** Timed steps of a run as text: 'extract 1.2 s, xml 300 ms, …'. */
export const stepsText = (steps: Record<string, number>): string =>
  Object.entries(steps)
    .map(([k, ms]) => `${k} ${fmtMs(ms)}`)
    .join(', ')

/** The peak-RSS row (≤ 500 MB) for a job run in its own child process; `included` is what that process held. */
export function addPeakRssRow(section: string, what: string, maxRssMb: number, included: string): void {
  addRow({ section, metric: `${what}: peak RSS of that process`, value: fmtMb(maxRssMb), target: '≤ 500 MB', pass: atMost(maxRssMb, 500), note: `maxRSS of a child process: ${included} included` })
}

function verdict(pass: boolean | null): string {
  if (pass === null) return ''
  return pass ? 'PASS' : 'FAIL'
}

/** True when a phase failed outright (not a missed target). */
export const phaseFailed = (): boolean => rows.some((r) => r.metric === 'phase failed')

export function printReport(title: string): void {
  const header: Row = {
    section: 'Area',
    metric: 'Measure',
    value: 'Figure',
    target: 'Target',
    pass: null,
    ratio: 'Ratio to baseline',
    note: 'Notes',
  }
  const cells = (r: Row) => [
    r.section,
    r.metric,
    r.value,
    r.target,
    r === header ? 'Result' : verdict(r.pass),
    r.ratio,
    r.note,
  ]
  const all = [header, ...rows].map(cells)
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => (c[i] ?? '').length)))
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
  console.log(`\n${title}\n`)
  console.log(line(all[0]!))
  console.log(rule)
  for (const c of all.slice(1)) console.log(line(c))
  if (notes.length) {
    console.log('\nNotes:')
    for (const n of notes) console.log(`- ${n}`)
  }
  const failed = rows.filter((r) => r.pass === false).length
  const checked = rows.filter((r) => r.pass !== null).length
  console.log(`\n${checked - failed} of ${checked} targets met.`)
}
