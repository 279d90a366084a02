/**
 * Page throughput and latency on one engine: start the server on already-seeded data, sign in as the
 * demo social worker, check the pages answer 200, then load the child record page and My work with
 * autocannon while the server's RSS is sampled.
 */
import { runLoad, type LoadResult } from './load.js'
import { addRow, atMost, fmtMb, fmtMs, fmtRate, ratio } from './report.js'
import { startServer, type Engine } from './server.js'
import { childFromMyWork, settle, signIn, socialWorker, warmUp } from './session.js'

export type PageRun = {
  label: string
  readyMs: number
  pages: { name: string; result: LoadResult }[]
  /** /health, no database and no session: what this machine can serve at all (context). */
  ceiling?: LoadResult
  peakRssMb: number
  hwmMb: number
}

export async function measurePages(input: { engine: Engine; label: string; connections: number; durationS: number; withCeiling: boolean }): Promise<PageRun> {
  const server = await startServer({ engine: input.engine, seedSize: 'none', via: 'node', logLevel: 'warn' })
  try {
    const cookie = await signIn(server.url, socialWorker.email, socialWorker.password)
    const { childId, items } = await childFromMyWork(server.url, cookie)
    console.log(`  ${input.label}: ready in ${fmtMs(server.readyMs)}; social worker has ${items} work items; child ${childId}`)
    const targets = [
      { name: 'Child record page', path: `/children/${childId}` },
      { name: 'My work page', path: '/my-work' },
    ]
    for (const t of targets) await warmUp(server.url, t.path, cookie)
    const common = { baseUrl: server.url, connections: input.connections, durationS: input.durationS, pid: server.pid }
    const ceiling = input.withCeiling ? await runLoad({ ...common, path: '/health' }) : undefined
    const pages: PageRun['pages'] = []
    for (const t of targets) {
      // Requests still queued from the previous run would otherwise be charged to this one.
      await settle(server.url)
      console.log(`  ${input.label}: ${input.connections} connections for ${input.durationS} s on ${t.path}`)
      pages.push({ name: t.name, result: await runLoad({ ...common, path: t.path, cookie }) })
    }
    const all = [...pages.map((p) => p.result), ...(ceiling ? [ceiling] : [])]
    return {
      label: input.label,
      readyMs: server.readyMs,
      pages,
      ceiling,
      peakRssMb: Math.max(...pages.map((p) => p.result.peakRssMb)),
      hwmMb: Math.max(...all.map((r) => r.hwmMb)),
    }
  } finally {
    await server.stop()
  }
}

function problems(r: LoadResult): string {
  if (!r.requests) return 'no request completed within the run'
  const bad = [r.non2xx && `${r.non2xx} non-2xx`, r.errors && `${r.errors} errors`, r.timeouts && `${r.timeouts} timeouts`].filter(Boolean)
  return bad.length ? bad.join(', ') : `${r.requests} requests, all 2xx`
}

/** Rows for one engine; `baseline` (PostgreSQL) turns the PGlite figures into ratios. */
export function reportPages(run: PageRun, baseline?: PageRun): void {
  const section = `Pages, ${run.label}`
  if (run.ceiling)
    addRow({ section, metric: 'GET /health (no DB, no session)', value: fmtRate(run.ceiling.rps), note: `ceiling for this machine; p50 ${fmtMs(run.ceiling.p50)}` })
  for (const { name, result: r } of run.pages) {
    const base = baseline?.pages.find((p) => p.name === name)?.result
    const vs = base ? 'PostgreSQL' : 'GET /health'
    const rpsBase = base?.rps ?? run.ceiling?.rps ?? NaN
    const cpu = `server CPU ${fmtMs(r.cpuMsPerRequest)}/request${run.label.startsWith('PGlite') ? ' (includes the in-process database)' : ''}`
    addRow({ section, metric: `${name}: throughput`, value: fmtRate(r.rps), ratio: ratio(r.rps, rpsBase, vs), note: `${problems(r)}; ${cpu}` })
    addRow({ section, metric: `${name}: latency p50`, value: fmtMs(r.p50), ratio: base ? ratio(r.p50, base.p50, vs) : '' })
    addRow({
      section,
      metric: `${name}: latency p95 (exact)`,
      value: fmtMs(r.p95),
      target: 'p95 ≤ 100 ms',
      pass: atMost(r.p95, 100),
      ratio: base ? ratio(r.p95, base.p95, vs) : '',
      note: 'from every response time (autocannon response events)',
    })
    addRow({
      section,
      metric: `${name}: latency p97.5`,
      value: fmtMs(r.p97_5),
      target: 'p95 ≤ 100 ms',
      pass: atMost(r.p97_5, 100),
      ratio: base ? ratio(r.p97_5, base.p97_5, vs) : '',
      note: 'autocannon has no p95: p97.5 is an upper bound on p95',
    })
    addRow({ section, metric: `${name}: latency p99`, value: fmtMs(r.p99), ratio: base ? ratio(r.p99, base.p99, vs) : '', note: `max ${fmtMs(r.max)}` })
  }
  addRow({
    section,
    metric: 'Server RSS peak under load',
    value: fmtMb(run.peakRssMb),
    target: '≤ 300 MB',
    pass: atMost(run.peakRssMb, 300),
    ratio: baseline ? ratio(run.peakRssMb, baseline.peakRssMb, 'PostgreSQL') : '',
    note: `VmRSS sampled every 200 ms; VmHWM since start ${fmtMb(run.hwmMb)}`,
  })
}
