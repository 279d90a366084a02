/**
 * Running a reference validator (Python and pandas, outside the repository) for a benchmark: find
 * an interpreter that has the packages, run a script from bench/ that writes JSON, stop it at a
 * time limit. Shared by the CIN census and SSDA903 comparisons.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot, spawnTracked, stopTracked } from './procs.js'

/**
 * A Python that can import pandas and click: CIN_REFERENCE_PYTHON, else python3 on the PATH, else
 * Debian's system interpreter (Debian's python3-* packages install for that one only, and a pyenv
 * python3 may come first on the PATH).
 */
export function findPython(): string | null {
  const candidates = [process.env.CIN_REFERENCE_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c)
  return candidates.find((py) => spawnSync(py, ['-c', 'import pandas, click'], { stdio: 'ignore' }).status === 0) ?? null
}

export type PythonRun = { python: string; script: string; args: readonly string[]; pythonPath: string; cwd: string; out: string; limitMs: number }

/** Runs bench/<script>; its JSON output plus the wall time, or null when it passed the time limit (it is then stopped). */
export async function runPythonJson<T>(run: PythonRun): Promise<(T & { wallMs: number }) | null> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONPATH: run.pythonPath, PYTHONWARNINGS: 'ignore' }
  const started = performance.now()
  const child = spawnTracked(run.python, [path.join(repoRoot, 'bench', run.script), ...run.args], env, run.cwd)
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), run.limitMs).unref())
  const result = await Promise.race([child.exited, timer])
  if (result === 'timeout') {
    await stopTracked(child, 2_000)
    return null
  }
  if (result !== 0) throw new Error(`reference validator failed: ${child.output(600)}`)
  const json = JSON.parse(readFileSync(run.out, 'utf8')) as T
  return { ...json, wallMs: performance.now() - started }
}
