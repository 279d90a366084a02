/**
 * The child's chronology page (issue 4: a chronology of 2,000 events renders with p95 ≤ 150 ms
 * server time). Synthetic events (case notes and visits) are added to one child allocated to the
 * demo social worker in an already-seeded PostgreSQL database; the page is then loaded over HTTP on
 * one connection, so the latency is the server's own time, not queueing.
 *
 * Standalone: `node --import tsx bench/chronology.ts [--quick]` seeds the demo council into a
 * scratch database, runs this phase alone and drops the database.
 */
import { sql } from 'drizzle-orm'
import { fileURLToPath } from 'node:url'
import { openPostgres } from '../src/db/client.js'
import { cleanupDataSync, createScratchDb, dropScratchDb } from './data.js'
import { runLoad } from './load.js'
import { killAllSync } from './procs.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'
import { seedPostgres } from './seeding.js'
import { startServer } from './server.js'
import { expectOk, settle, signIn, socialWorker, warmUp } from './session.js'

const section = 'Chronology (PostgreSQL)'
const targetMs = 150

/** Adds `count` events to one of the demo social worker's children; returns the child and its total events. */
async function addEvents(databaseUrl: string, count: number): Promise<{ childId: string }> {
  const database = await openPostgres(databaseUrl, 2)
  try {
    const found = await database.db.execute<{ childId: string; workerId: string }>(sql`
      select a.child_id as "childId", a.worker_id as "workerId" from allocations a join users u on u.id = a.worker_id
      where u.email = ${socialWorker.email} and a.end_date is null order by a.start_date limit 1`)
    const row = found.rows[0]
    if (!row) throw new Error('The demo social worker has no allocated child')
    const notes = Math.round(count * 0.75)
    // Three in four events are case notes (one in ten significant), the rest visits, spread over years.
    await database.db.execute(sql`
      insert into case_notes (child_id, kind, occurred_at, child_seen, seen_alone, summary, significant, created_by)
      select ${row.childId}::uuid, (array['HOME_VISIT','PHONE','SCHOOL_VISIT','MEETING','DIRECT_WORK'])[1 + g % 5], now() - make_interval(hours => 7 * g), g % 2 = 0, g % 4 = 0,
             'Synthetic case note ' || g || '. ' || repeat('Discussed progress against the plan with the family. ', 1 + g % 4), g % 10 = 0, ${row.workerId}::uuid
      from generate_series(1, ${notes}) g`)
    await database.db.execute(sql`
      insert into visits (child_id, kind, visited_on, child_seen, seen_alone, notes, created_by)
      select ${row.childId}::uuid, 'CP', current_date - g * 2, true, g % 3 = 0, 'Synthetic visit ' || g || '. Child seen at home; bedroom and kitchen checked.', ${row.workerId}::uuid
      from generate_series(1, ${count - notes}) g`)
    return { childId: row.childId }
  } finally {
    await database.close()
  }
}

/** The phase: add the events, start the server on the database, measure the page, add the rows. */
export async function benchChronology(databaseUrl: string, options: { durationS: number; events?: number }): Promise<void> {
  const events = options.events ?? 2000
  const { childId } = await addEvents(databaseUrl, events)
  const server = await startServer({ engine: { kind: 'postgres', databaseUrl }, seedSize: 'none', via: 'node', logLevel: 'warn' })
  try {
    const cookie = await signIn(server.url, socialWorker.email, socialWorker.password)
    const path = `/children/${childId}/chronology`
    const bytes = await expectOk(server.url, path, cookie)
    await warmUp(server.url, path, cookie)
    await settle(server.url)
    const r = await runLoad({ baseUrl: server.url, pid: server.pid, cookie, path, connections: 1, durationS: options.durationS })
    addRow({
      section,
      metric: `Chronology page, ${events.toLocaleString('en-GB')} added events: p50 / p95, 1 connection`,
      value: `${fmtMs(r.p50)} / ${fmtMs(r.p95)}`,
      target: `p95 ≤ ${targetMs} ms`,
      pass: r.non2xx || r.errors ? false : atMost(r.p95, targetMs),
      note: `${r.requests} requests${r.non2xx ? `, ${r.non2xx} non-2xx` : ''}; page ${(bytes / 1024).toFixed(0)} KB; server CPU ${fmtMs(r.cpuMsPerRequest)}/request; one union-all query plus the access audit row`,
    })
  } finally {
    await server.stop()
  }
}

/** Standalone run: seed the demo council into a scratch database, run the phase, drop the database. */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const db = createScratchDb('chronology')
  try {
    await seedPostgres(db.url, 'demo')
    await benchChronology(db.url, { durationS: quick ? 3 : 10 })
  } finally {
    killAllSync()
    dropScratchDb(db.name)
  }
  printReport('Cairn benchmark: chronology')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('exit', () => {
    killAllSync()
    cleanupDataSync()
  })
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
