/**
 * Start-up: a cold `npm start` on a fresh PGlite directory (which seeds the demo council) until
 * GET /ready answers, then a restart on the same directory (the seed is skipped: users exist).
 */
import path from 'node:path'
import { makeTempDir, removeTempDir } from './data.js'
import { addRow, atMost, fmtMb, fmtMs, ratio } from './report.js'
import { peakRssMb, startServer, type Engine } from './server.js'

/** The server prints "Cairn is ready at URL (engine, N ms)", N being the time spent in main(). */
function inMain(output: string): number {
  return Number(output.match(/Cairn is ready at \S+ \(\w+, (\d+) ms\)/)?.[1] ?? NaN)
}

function split(totalMs: number, output: string): string {
  const main = inMain(output)
  return `${fmtMs(main)} in main() (open, migrate, seed, build app); ${fmtMs(totalMs - main)} in npm, node and loading the bundle`
}

export async function measureStartup(): Promise<void> {
  const dir = makeTempDir()
  const engine: Engine = { kind: 'pglite', dir: path.join(dir, 'pglite') }
  try {
    const cold = await startServer({ engine, seedSize: 'demo', via: 'npm', logLevel: 'warn' })
    const coldPeakMb = peakRssMb(cold)
    await cold.stop()
    const warm = await startServer({ engine, seedSize: 'demo', via: 'npm', logLevel: 'warn' })
    const warmPeakMb = peakRssMb(warm)
    await warm.stop()
    const section = 'Start-up (PGlite)'
    addRow({
      section,
      metric: 'Cold npm start, seeding demo, to /ready 200',
      value: fmtMs(cold.readyMs),
      target: '≤ 15 s',
      pass: atMost(cold.readyMs, 15_000),
      note: `fresh PGLITE_DIR; ${split(cold.readyMs, cold.process.output(20_000))}; peak RSS ${fmtMb(coldPeakMb)}`,
    })
    addRow({
      section,
      metric: 'Restart on the same directory, to /ready 200',
      value: fmtMs(warm.readyMs),
      target: '≤ 3 s',
      pass: atMost(warm.readyMs, 3_000),
      ratio: ratio(warm.readyMs, cold.readyMs, 'cold start'),
      note: `seed skipped; ${split(warm.readyMs, warm.process.output(20_000))}; peak RSS ${fmtMb(warmPeakMb)}`,
    })
  } finally {
    removeTempDir(dir)
  }
}
