/**
 * Runs a bench job script (bench/*Job.ts) in its own process against a PostgreSQL database, so its
 * peak RSS is its own, and returns the JSON it prints last.
 */
import { spawnTracked } from './procs.js'
import { serverEnv } from './server.js'

export async function runBenchJob<T>(script: string, databaseUrl: string, args: readonly string[]): Promise<T> {
  const env = serverEnv({ kind: 'postgres', databaseUrl }, { NODE_ENV: 'development', LOG_LEVEL: 'warn' })
  const child = spawnTracked(process.execPath, ['--import', 'tsx', `bench/${script}.ts`, ...args], env)
  const code = await child.exited
  const out = child.output(200_000)
  const line = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1)
  if (code !== 0 || !line) throw new Error(`${script} ${args.join(' ')} failed (${code}): ${out.slice(-600)}`)
  return JSON.parse(line) as T
}
