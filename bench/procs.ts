/**
 * Child processes of the benchmark. Each runs in its own process group (detached), so a stop signal
 * reaches npm, the shell it starts and the node process under it; every live child is remembered so
 * that a failure or Ctrl-C anywhere still ends them (killAllSync, called from run.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type Tracked = {
  readonly child: ChildProcess
  readonly pid: number
  /** Resolves with the exit code (or the signal name) when the process ends. */
  readonly exited: Promise<number | string>
  isRunning(): boolean
  /** The last `max` characters of stdout and stderr together. */
  output(max?: number): string
}

const live = new Set<Tracked>()

/** Children run from the repository root whatever the caller's directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function spawnTracked(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = repoRoot,
): Tracked {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  if (child.pid === undefined) throw new Error(`Could not start ${command} ${args.join(' ')}`)
  let text = ''
  const keep = (chunk: Buffer) => {
    text += chunk.toString('utf8')
    if (text.length > 200_000) text = text.slice(-100_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let running = true
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      running = false
      live.delete(tracked)
      resolve(code ?? signal ?? 'unknown')
    })
    child.on('error', (error) => {
      running = false
      live.delete(tracked)
      keep(Buffer.from(String(error)))
      resolve('spawn error')
    })
  })
  const tracked: Tracked = {
    child,
    pid: child.pid,
    exited,
    isRunning: () => running,
    output: (max = 4_000) => text.slice(-max),
  }
  live.add(tracked)
  return tracked
}

function signalGroup(t: Tracked, signal: NodeJS.Signals): void {
  try {
    process.kill(-t.pid, signal)
  } catch {
    // Already gone.
  }
}

/** SIGTERM to the whole group (the server closes cleanly), then SIGKILL after `graceMs`. */
export async function stopTracked(t: Tracked, graceMs = 10_000): Promise<void> {
  if (!t.isRunning()) return
  signalGroup(t, 'SIGTERM')
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref())
  if ((await Promise.race([t.exited, timer])) === 'late') {
    signalGroup(t, 'SIGKILL')
    await t.exited
  }
}

/** For exit paths that cannot wait: SIGKILL every group still running. */
export function killAllSync(): void {
  for (const t of live) signalGroup(t, 'SIGKILL')
  live.clear()
}

/** Reads VmRSS and VmHWM (peak RSS) from /proc/<pid>/status, in MB; null when the process is gone. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN)
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 }
  } catch {
    return null
  }
}

/** CPU time (user + system) a process has used so far, in ms; /proc/<pid>/stat counts 100 ticks a second. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return NaN
  }
}

/** The node process running `script` in the tree under `root` (npm → sh → node), or root itself. */
export function findNodePid(root: number, script: string): number {
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift()!
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (cmdline[0]?.endsWith('node') && cmdline.some((a) => a.endsWith(script))) return pid
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
        if (children) queue.push(...children.split(/\s+/).map(Number))
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return root
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak seen and the kernel's VmHWM. */
export function sampleRss(pid: number, everyMs = 200) {
  let peakMb = 0
  let samples = 0
  const take = () => {
    const m = memoryOf(pid)
    if (!m) return
    samples++
    peakMb = Math.max(peakMb, m.rssMb)
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop() {
      clearInterval(timer)
      take()
      return { peakMb, samples, hwmMb: memoryOf(pid)?.hwmMb ?? NaN }
    },
  }
}
