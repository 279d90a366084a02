/**
 * The case-audit sample (issue 6: the audit sampling of 1% of 60,000 children in ≤ 1 s), in-process
 * on `leicester` PostgreSQL data: the reproducible draw alone (md5(seed || child id) order over the
 * cohort), and the whole programme — draw, one assigned audit per child and the audit row, in one
 * transaction — through the case-audit service, as POST /case-audits/programmes makes it.
 *
 * Standalone: `DATABASE_URL=… node --import tsx bench/caseAudits.ts` on an already seeded database.
 * The programme step writes (a template and a programme), so it runs only with `--write`, or from
 * bench/run.ts on its scratch database.
 */
import { sql } from 'drizzle-orm'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../src/config.js'
import { openPostgres } from '../src/db/client.js'
import { users } from '../src/db/schema/index.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'
import { toActor } from '../src/features/auth/authService.js'
import type { Criteria } from '../src/features/case-audits/caseAuditSchemas.js'
import { drawSample } from '../src/features/case-audits/sampling.js'
import { addRow, atMost, fmtMs, printReport } from './report.js'
import { summarise } from './stats.js'

const targetMs = 1000
const onePercentOfAll: Criteria = { population: 'ALL', sizeKind: 'PERCENT', sizeValue: 1 }

export async function benchCaseAudits(databaseUrl: string, section = 'Case-audit sampling (PostgreSQL)', opts: { write: boolean; runs?: number } = { write: true }): Promise<void> {
  const runs = opts.runs ?? 10
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl, SEED_SIZE: 'none', LOG_LEVEL: 'warn' })
  const database = await openPostgres(databaseUrl)
  try {
    const db = database.db
    const population = Number((await db.execute<{ n: number }>(sql`select count(*)::int as n from children`)).rows[0]?.n ?? 0)
    await drawSample(db, onePercentOfAll, 1, '2026-11-01') // warm-up
    let drawn = 0
    const draws: number[] = []
    for (let seed = 2; seed < 2 + runs; seed++) {
      const start = performance.now()
      drawn = (await drawSample(db, onePercentOfAll, seed, '2026-11-01')).sample.length
      draws.push(performance.now() - start)
    }
    const draw = summarise(draws)
    addRow({ section, metric: `draw 1% of ${population.toLocaleString('en-GB')} children (${drawn} sampled; p95 of ${runs} seeds)`, value: fmtMs(draw.p95), target: `≤ ${targetMs} ms`, pass: atMost(draw.p95, targetMs), note: `p50 ${fmtMs(draw.p50)}` })
    if (!opts.write) return
    const deps = createDeps({ config, database, clock: systemClock })
    const [qa] = await db.select().from(users).where(sql`${users.role} = 'qa_officer'`).limit(1)
    if (!qa) throw new Error('No QA officer in the seeded data')
    const actor = toActor(qa)
    const service = deps.services.caseAudits
    const template = await service.createTemplate(actor, { name: 'Bench practice audit', questions: [{ id: 'q1', text: 'Is the child’s voice evident?', scale: 'YES_NO' }] })
    const times: number[] = []
    let sampled = 0
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const start = performance.now()
      sampled = (await service.createProgramme(actor, { name: `Bench sample ${i + 1}`, kind: 'RANDOM', templateId: template.id, month: '2026-11', seed: 1000 + i, criteria: onePercentOfAll })).sampled
      times.push(performance.now() - start)
    }
    const whole = summarise(times)
    addRow({ section, metric: `create a programme: draw + ${sampled} assigned audits, one transaction (max of ${times.length})`, value: fmtMs(whole.max), target: `≤ ${targetMs} ms`, pass: atMost(whole.max, targetMs), note: `p50 ${fmtMs(whole.p50)}` })
  } finally {
    await database.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('Set DATABASE_URL to a seeded PostgreSQL database')
  await benchCaseAudits(url, 'Case-audit sampling (PostgreSQL)', { write: process.argv.includes('--write') })
  printReport('Case-audit sampling')
}
