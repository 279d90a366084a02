/**
 * Page throughput and latency on one engine: start the server on already-seeded data, sign in as the
 * demo social worker, check the pages answer 200, then for the child record page and My work run
 * one connection (the unloaded service time, a baseline) and then the loaded run, while the
 * server's RSS is sampled.
 */
import { runLoad, type LoadResult } from './load.js'
import { addRow, atMost, fmtMb, fmtMs, fmtRate, ratio } from './report.js'
import { startServer, type Engine } from './server.js'
import { childFromMyWork, settle, signIn, socialWorker, warmUp } from './session.js'

/** unloaded: 1 connection; loaded: N connections, closed loop; paced: N connections at 1 request/s each. */
export type PageResult = { name: string; unloaded: LoadResult; loaded: LoadResult; paced: LoadResult }
export type PageRun = {
  label: string
  readyMs: number
  connections: number
  pages: PageResult[]
  /** /health, no database and no session: what this machine can serve at all (context). */
  ceiling?: LoadResult
  peakRssMb: number
  hwmMb: number
}

type Input = {
  engine: Engine
  label: string
  connections: number
  durationS: number
  unloadedS: number
  withCeiling: boolean
  /** Who signs in (the demo social worker unless given). */
  user?: { email: string; password: string }
  /** The pages to load (the child record and My work unless given), found once signed in. */
  targets?: (baseUrl: string, cookie: string) => Promise<{ name: string; path: string }[]>
}

export async function measurePages(input: Input): Promise<PageRun> {
  const server = await startServer({ engine: input.engine, seedSize: 'none', via: 'node', logLevel: 'warn' })
  try {
    const user = input.user ?? socialWorker
    const cookie = await signIn(server.url, user.email, user.password)
    const targets = input.targets ? await input.targets(server.url, cookie) : await childAndMyWork(server.url, cookie, input.label, server.readyMs)
    for (const t of targets) await warmUp(server.url, t.path, cookie)
    const ceiling = input.withCeiling
      ? await runLoad({
          baseUrl: server.url,
          pid: server.pid,
          path: '/health',
          connections: input.connections,
          durationS: input.durationS,
        })
      : undefined
    const common = { baseUrl: server.url, pid: server.pid, cookie }
    const pages: PageResult[] = []
    for (const t of targets) {
      // Requests still queued from the previous run would otherwise be charged to this one.
      await settle(server.url)
      const unloaded = await runLoad({ ...common, path: t.path, connections: 1, durationS: input.unloadedS })
      await settle(server.url)
      console.log(`  ${input.label}: ${input.connections} connections for ${input.durationS} s on ${t.path}`)
      const loaded = await runLoad({
        ...common,
        path: t.path,
        connections: input.connections,
        durationS: input.durationS,
      })
      await settle(server.url)
      // The same clients as users rather than a stress loop: each asks for the page once a second.
      const paced = await runLoad({ ...common, path: t.path, connections: input.connections, durationS: input.durationS, ratePerConnection: 1 })
      pages.push({ name: t.name, unloaded, loaded, paced })
    }
    // The /health ceiling is not the app's workload: its own peak is shown in its row, not here.
    const all = pages.flatMap((p) => [p.unloaded, p.loaded, p.paced])
    return {
      label: input.label,
      readyMs: server.readyMs,
      connections: input.connections,
      pages,
      ceiling,
      peakRssMb: Math.max(...all.map((r) => r.peakRssMb)),
      hwmMb: Math.max(...all.map((r) => r.hwmMb)),
    }
  } finally {
    await server.stop()
  }
}

async function childAndMyWork(baseUrl: string, cookie: string, label: string, readyMs: number) {
  const { childId, items } = await childFromMyWork(baseUrl, cookie)
  console.log(`  ${label}: ready in ${fmtMs(readyMs)}; social worker has ${items} work items; child ${childId}`)
  return [
    { name: 'Child record page', path: `/children/${childId}` },
    { name: 'My work page', path: '/my-work' },
  ]
}

function problems(r: LoadResult): string {
  if (!r.requests) return 'no request completed within the run'
  const bad = [
    r.non2xx && `${r.non2xx} non-2xx`,
    r.errors && `${r.errors} errors`,
    r.timeouts && `${r.timeouts} timeouts`,
  ].filter(Boolean)
  return bad.length ? bad.join(', ') : `${r.requests} requests, all 2xx`
}

/** Rows for one engine. PostgreSQL latencies are compared with one connection; PGlite's with PostgreSQL's. */
export function reportPages(run: PageRun, postgres?: PageRun): void {
  const section = `Pages, ${run.label}`
  const n = run.connections
  const pglite = run.label.startsWith('PGlite')
  if (run.ceiling)
    addRow({
      section,
      metric: `GET /health, ${n} connections`,
      value: fmtRate(run.ceiling.rps),
      note: `no DB, no session: the ceiling on this machine; p50 ${fmtMs(run.ceiling.p50)}; RSS peak ${fmtMb(run.ceiling.peakRssMb)}`,
    })
  for (const { name, unloaded: u, loaded: r, paced } of run.pages) {
    const pg = postgres?.pages.find((p) => p.name === name)
    const vs = (value: number, own: number, pgValue: number | undefined) =>
      pg && pgValue !== undefined ? ratio(value, pgValue, 'PostgreSQL') : ratio(value, own, '1 connection')
    const cpu = `server CPU ${fmtMs(r.cpuMsPerRequest)}/request${pglite ? ' incl. the in-process database' : ''}`
    addRow({
      section,
      metric: `${name}: throughput, ${n} connections`,
      value: fmtRate(r.rps),
      ratio: pg
        ? ratio(r.rps, pg.loaded.rps, 'PostgreSQL')
        : ratio(r.rps, run.ceiling?.rps ?? NaN, 'GET /health'),
      note: `${problems(r)}; ${cpu}`,
    })
    addRow({
      section,
      metric: `${name}: p50 / p95, 1 connection`,
      value: `${fmtMs(u.p50)} / ${fmtMs(u.p95)}`,
      target: 'p95 ≤ 100 ms',
      pass: atMost(u.p95, 100),
      ratio: pg ? ratio(u.p95, pg.unloaded.p95, 'PostgreSQL (p95)') : '',
      note: `unloaded service time (baseline); ${fmtRate(u.rps)}`,
    })
    addRow({
      section,
      metric: `${name}: p50, ${n} connections`,
      value: fmtMs(r.p50),
      ratio: vs(r.p50, u.p50, pg?.loaded.p50),
    })
    addRow({
      section,
      metric: `${name}: p95, ${n} connections`,
      value: fmtMs(r.p95),
      target: 'p95 ≤ 100 ms',
      pass: atMost(r.p95, 100),
      ratio: vs(r.p95, u.p95, pg?.loaded.p95),
      note: 'exact, from every response time (autocannon response events)',
    })
    addRow({
      section,
      metric: `${name}: p97.5, ${n} connections`,
      value: fmtMs(r.p97_5),
      target: 'p95 ≤ 100 ms',
      pass: atMost(r.p97_5, 100),
      ratio: vs(r.p97_5, u.p97_5, pg?.loaded.p97_5),
      note: 'autocannon has no p95: p97.5 is an upper bound on p95',
    })
    addRow({
      section,
      metric: `${name}: p95, ${n} clients at 1 request/s each`,
      value: fmtMs(paced.p95),
      ratio: vs(paced.p95, u.p95, pg?.paced.p95),
      note: `context, not the issue's figure (that is the closed loop above): ${fmtRate(paced.rps)} offered as ${n} paced users; ${problems(paced)}`,
    })
    addRow({
      section,
      metric: `${name}: p99, ${n} connections`,
      value: fmtMs(r.p99),
      ratio: vs(r.p99, u.p99, pg?.loaded.p99),
      note: `max ${fmtMs(r.max)}`,
    })
  }
  addRow({
    section,
    metric: 'Server RSS peak under load',
    value: fmtMb(run.peakRssMb),
    target: '≤ 300 MB',
    pass: atMost(run.peakRssMb, 300),
    ratio: postgres ? ratio(run.peakRssMb, postgres.peakRssMb, 'PostgreSQL') : '',
    note: `VmRSS sampled every 200 ms; VmHWM since start ${fmtMb(run.hwmMb)}`,
  })
}
