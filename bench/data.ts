/**
 * Scratch data for the benchmark: PostgreSQL databases made with createdb and dropped afterwards,
 * temporary PGlite directories, and timed runs of the seed script (`npm run seed` without npm).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnTracked, stopTracked } from './procs.js'
import { serverEnv, type Engine } from './server.js'

const pgHost = process.env.BENCH_PGHOST ?? '127.0.0.1'
const pgUser = process.env.BENCH_PGUSER ?? 'postgres'
const pgPort = process.env.BENCH_PGPORT ?? '5432'

const scratchDbs = new Set<string>()
const tempDirs = new Set<string>()

export function createScratchDb(label: string): { name: string; url: string } {
  const name = `cairn_bench_${label}_${process.pid}_${Date.now().toString(36)}`
  const done = spawnSync('createdb', ['-h', pgHost, '-p', pgPort, '-U', pgUser, name], { encoding: 'utf8' })
  if (done.status !== 0) throw new Error(`createdb ${name} failed: ${done.stderr || done.error}`)
  scratchDbs.add(name)
  return { name, url: `postgres://${pgUser}@${pgHost}:${pgPort}/${name}` }
}

export function dropScratchDb(name: string): void {
  const done = spawnSync(
    'dropdb',
    ['-h', pgHost, '-p', pgPort, '-U', pgUser, '--if-exists', '--force', name],
    { encoding: 'utf8' },
  )
  if (done.status !== 0) console.error(`dropdb ${name} failed: ${done.stderr}`)
  scratchDbs.delete(name)
}

/** A fresh directory; the PGlite data directory goes inside it so its lock file does too. */
export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-bench-'))
  tempDirs.add(dir)
  return dir
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  tempDirs.delete(dir)
}

/** Synchronous, so it can run from exit and signal handlers. */
export function cleanupDataSync(): void {
  for (const name of [...scratchDbs]) dropScratchDb(name)
  for (const dir of [...tempDirs]) removeTempDir(dir)
}

export type SeedRun = {
  ok: boolean
  timedOut: boolean
  ms: number
  /** "migrate … ms, generate … ms, insert … ms" as the seed script printed it. */
  timing: string
  output: string
}

/** Runs `node --import tsx scripts/seed.ts --size <size>` against an engine, with a time limit. */
export async function runSeed(
  engine: Engine,
  size: 'demo' | 'leicester',
  timeoutMs: number,
): Promise<SeedRun> {
  const env = serverEnv(engine, { NODE_ENV: 'development', LOG_LEVEL: 'warn' })
  const started = performance.now()
  const child = spawnTracked(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--size', size], env)
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref())
  const result = await Promise.race([child.exited, timer])
  const ms = performance.now() - started
  if (result === 'timeout') {
    await stopTracked(child, 2_000)
    return { ok: false, timedOut: true, ms, timing: '', output: child.output() }
  }
  const output = child.output(20_000)
  const timing = output.match(/Timing: (.*)/)?.[1]?.replace(/, total.*/, '') ?? ''
  return { ok: result === 0, timedOut: false, ms, timing, output }
}
