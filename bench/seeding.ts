/**
 * Timed seeding for the benchmark: the seed script into PostgreSQL (with its target), and into a
 * PGlite directory with a time limit, falling back to the demo council when leicester takes too long.
 */
import path from 'node:path'
import { makeTempDir, removeTempDir, runSeed } from './data.js'
import { addNote, addRow, atMost, fmtMs } from './report.js'

export type Size = 'demo' | 'leicester'

export async function seedPostgres(url: string, size: Size): Promise<true> {
  const run = await runSeed({ kind: 'postgres', databaseUrl: url }, size, 900_000)
  if (!run.ok) throw new Error(`seed failed: ${run.output.slice(-600)}`)
  addRow({
    section: 'Seed (PostgreSQL)',
    metric: `npm run seed -- --size ${size}`,
    value: fmtMs(run.ms),
    target: size === 'leicester' ? '≤ 60 s' : '(≤ 60 s is for leicester)',
    pass: size === 'leicester' ? atMost(run.ms, 60_000) : null,
    note: `fresh database; ${run.timing}; the rest is node and tsx start-up`,
  })
  return true
}

/** Seeds a new temporary PGlite directory; returns it (remove it with removeTempDir) and the size used. */
export async function seedPglite(
  size: Size,
  limitMs: number,
): Promise<{ tempDir: string; dataDir: string; size: Size }> {
  const section = 'Seed (PGlite)'
  let tempDir = makeTempDir()
  let seeded = await runSeed({ kind: 'pglite', dir: path.join(tempDir, 'pglite') }, size, limitMs)
  if (seeded.timedOut && size === 'leicester') {
    addNote(
      `Seeding leicester into PGlite took more than ${limitMs / 1000} s and was stopped: the PGlite pages use the demo council, so their ratios to PostgreSQL compare different data sizes.`,
    )
    addRow({
      section,
      metric: 'npm run seed -- --size leicester',
      value: `> ${fmtMs(seeded.ms)}`,
      note: 'stopped; fell back to demo',
    })
    removeTempDir(tempDir)
    tempDir = makeTempDir()
    size = 'demo'
    seeded = await runSeed({ kind: 'pglite', dir: path.join(tempDir, 'pglite') }, size, limitMs)
  }
  if (!seeded.ok) {
    removeTempDir(tempDir)
    throw new Error(`PGlite seed ${seeded.timedOut ? 'timed out' : 'failed'}: ${seeded.output.slice(-600)}`)
  }
  addRow({
    section,
    metric: `npm run seed -- --size ${size}`,
    value: fmtMs(seeded.ms),
    note: `${seeded.timing}; no target (context)`,
  })
  return { tempDir, dataDir: path.join(tempDir, 'pglite'), size }
}
