/**
 * Starts Cairn as a child process, times it until GET /ready answers 200, and stops it again.
 * `npm` mode runs `npm start` exactly as a user would; `node` mode runs what npm start runs
 * (`node scripts/start.mjs`) so the measured pid is the server itself.
 */
import { createServer } from 'node:net'
import { findNodePid, memoryOf, spawnTracked, stopTracked, type Tracked } from './procs.js'

export type Engine = { kind: 'postgres'; databaseUrl: string } | { kind: 'pglite'; dir: string }

export type ServerOptions = {
  engine: Engine
  seedSize: 'none' | 'demo' | 'leicester'
  via: 'npm' | 'node'
  logLevel?: string
  readyTimeoutMs?: number
}

export type RunningServer = {
  readonly url: string
  /** The node process serving requests (under npm and sh when started via npm). */
  readonly pid: number
  /** Milliseconds from spawn until /ready first answered 200. */
  readonly readyMs: number
  readonly process: Tracked
  stop(): Promise<void>
}

/** Asks the kernel for a free port, then gives it back for the server to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** A clean environment: only what the server needs, so a DATABASE_URL in the shell cannot leak in. */
export function serverEnv(engine: Engine, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    ...extra,
  }
  if (engine.kind === 'postgres') env.DATABASE_URL = engine.databaseUrl
  else env.PGLITE_DIR = engine.dir
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  return env
}

async function answersReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = serverEnv(options.engine, {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    SEED_SIZE: options.seedSize,
    LOG_LEVEL: options.logLevel ?? 'warn',
  })
  const started = performance.now()
  const child =
    options.via === 'npm'
      ? spawnTracked('npm', ['start', '--silent'], env)
      : spawnTracked(process.execPath, ['scripts/start.mjs'], env)
  const deadline = started + (options.readyTimeoutMs ?? 300_000)
  for (;;) {
    if (!child.isRunning()) throw new Error(`The server exited before it was ready:\n${child.output()}`)
    if (await answersReady(url)) break
    if (performance.now() > deadline) {
      await stopTracked(child)
      throw new Error(
        `The server was not ready within ${options.readyTimeoutMs ?? 300_000} ms:\n${child.output()}`,
      )
    }
    await sleep(25)
  }
  const readyMs = performance.now() - started
  const pid = options.via === 'npm' ? findNodePid(child.pid, 'scripts/start.mjs') : child.pid
  return { url, pid, readyMs, process: child, stop: () => stopTracked(child) }
}

/** Peak RSS the server reached so far (VmHWM), in MB. */
export const peakRssMb = (server: RunningServer): number => memoryOf(server.pid)?.hwmMb ?? NaN
