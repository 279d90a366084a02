/**
 * Child search server time, measured in-process: the real search service (the same call the
 * /children page and GET /api/v1/children make, including its audit row) over queries built from
 * the seeded data, timed one after another. HTTP, rendering and the client are not included.
 */
import { eq, sql } from 'drizzle-orm'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/client.js'
import { users } from '../src/db/schema/index.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { toActor } from '../src/features/auth/authService.js'
import { addRow, atMost, fmtMs } from './report.js'
import { summarise } from './stats.js'

export type SearchKind =
  | 'surname prefix'
  | 'first name + surname prefix'
  | 'full name'
  | 'misspelt name'
  | 'child ID'
  | 'UPN'
  | 'date of birth'
export type SearchQuery = { kind: SearchKind; q: string }
export type SearchTimes = { n: number; p50: number; p95: number; max: number; meanResults: number }
export type SearchReport = {
  actor: string
  overall: SearchTimes
  byKind: Record<string, SearchTimes>
  slowest: { q: string; kind: SearchKind; ms: number }[]
}

type Sample = {
  childRef: string
  upn: string | null
  dob: string | null
  firstName: string
  lastName: string
}

/** Swaps two letters in the middle ("Khan" → "Kahn"): usually no prefix match, so the similar-names fallback runs. */
function misspell(name: string): string {
  if (name.length < 4) return `${name}h`
  const i = Math.floor(name.length / 2) - 1
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)
}

/** Builds `count` queries, spread over the kinds a front-door worker types, from real rows. */
export function buildQueries(rows: readonly Sample[], count: number): SearchQuery[] {
  const share: [SearchKind, number][] = [
    ['surname prefix', 0.18],
    ['first name + surname prefix', 0.18],
    ['full name', 0.1],
    ['misspelt name', 0.1],
    ['child ID', 0.15],
    ['UPN', 0.14],
    ['date of birth', 0.15],
  ]
  const queries: SearchQuery[] = []
  let i = 0
  const next = () => rows[i++ % rows.length]!
  for (const [kind, fraction] of share) {
    for (let k = 0; k < Math.round(count * fraction); k++) {
      let row = next()
      if (kind === 'surname prefix') queries.push({ kind, q: row.lastName.slice(0, 3 + (k % 3)) })
      else if (kind === 'first name + surname prefix')
        queries.push({ kind, q: `${row.firstName} ${row.lastName.slice(0, 2 + (k % 3))}` })
      else if (kind === 'full name') queries.push({ kind, q: `${row.firstName} ${row.lastName}` })
      else if (kind === 'misspelt name')
        queries.push({ kind, q: `${row.firstName} ${misspell(row.lastName)}` })
      else if (kind === 'child ID')
        queries.push({ kind, q: k % 2 ? row.childRef.toLowerCase() : row.childRef })
      else if (kind === 'UPN') {
        for (let tries = 0; !row.upn && tries < rows.length; tries++) row = next()
        queries.push({ kind, q: row.upn ?? row.childRef })
      } else {
        for (let tries = 0; !row.dob && tries < rows.length; tries++) row = next()
        const [y, m, d] = (row.dob ?? '2015-01-01').split('-')
        queries.push({ kind, q: k % 2 ? `${row.dob}` : `${Number(d)}/${m}/${y}` })
      }
    }
  }
  return queries
}

function times(entries: { ms: number; results: number }[]): SearchTimes {
  const s = summarise(entries.map((e) => e.ms))
  const meanResults = entries.reduce((sum, e) => sum + e.results, 0) / Math.max(1, entries.length)
  return { ...s, meanResults }
}

/** Runs the search benchmark for each actor email; returns one report per actor. */
export async function runSearchBench(
  databaseUrl: string,
  emails: readonly string[],
  count: number,
): Promise<SearchReport[]> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'development',
    SEED_SIZE: 'none',
    LOG_LEVEL: 'warn',
  })
  const database = await openPostgres(databaseUrl)
  try {
    const deps = createDeps({ config, database, clock: systemClock })
    const sample = await database.db.execute<Sample>(sql`
      select child_ref as "childRef", upn, date_of_birth::text as dob, first_name as "firstName", last_name as "lastName"
      from children order by md5(id::text) limit ${Math.max(50, count)}`)
    const queries = buildQueries(sample.rows, count)
    const reports: SearchReport[] = []
    for (const email of emails) {
      const [user] = await database.db.select().from(users).where(eq(users.email, email))
      if (!user) throw new Error(`No user ${email} in the database`)
      const actor = toActor(user)
      const search = (q: string) => deps.services.children.search(actor, q, 1)
      for (const query of queries.slice(0, 30)) await search(query.q) // warm the pool, plans and caches
      const entries: { kind: SearchKind; q: string; ms: number; results: number }[] = []
      for (const query of queries) {
        const started = performance.now()
        const result = await search(query.q)
        const ms = performance.now() - started
        // When nothing matches, the service offers similar names instead: count those.
        entries.push({ ...query, ms, results: result.total || result.similar.length })
      }
      const byKind: Record<string, SearchTimes> = {}
      for (const kind of new Set(entries.map((e) => e.kind)))
        byKind[kind] = times(entries.filter((e) => e.kind === kind))
      const slowest = [...entries]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map(({ q, kind, ms }) => ({ q, kind, ms }))
      reports.push({ actor: `${actor.role} (${email})`, overall: times(entries), byKind, slowest })
    }
    return reports
  } finally {
    await database.close()
  }
}

/** Rows: overall p50 and p95 (against the target) per actor, and p50 / p95 per kind of query. */
export function reportSearch(reports: readonly SearchReport[], section: string): void {
  for (const [i, r] of reports.entries()) {
    const who = r.actor.split(' ')[0]
    addRow({
      section,
      metric: `Child search as ${who}: p50`,
      value: fmtMs(r.overall.p50),
      note: `${r.overall.n} queries in turn, in-process`,
    })
    addRow({
      section,
      metric: `Child search as ${who}: p95`,
      value: fmtMs(r.overall.p95),
      target: '≤ 50 ms',
      pass: atMost(r.overall.p95, 50),
      note: `max ${fmtMs(r.overall.max)}; slowest: ${r.slowest.map((s) => `"${s.q}" ${fmtMs(s.ms)}`).join(', ')}`,
    })
    if (i > 0) continue
    for (const [kind, t] of Object.entries(r.byKind))
      addRow({
        section,
        metric: `  by ${kind}: p50 / p95`,
        value: `${fmtMs(t.p50)} / ${fmtMs(t.p95)}`,
        note: `${t.n} queries, mean ${t.meanResults.toFixed(1)} results`,
      })
  }
}
