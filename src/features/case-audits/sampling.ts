import { sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { auditAgeBands } from './caseAuditCodes.js'
import type { Criteria } from './caseAuditSchemas.js'

/**
 * The reproducible audit sample (issue 6 part 5). Leicester 2015/2016: leaders did not know the
 * quality of practice, so the QA team audits a random sample each month. The sample is a pure
 * function of the stored seed, criteria and month: the cohort ordered by md5(seed || child id),
 * so drawing a programme again gives the same children, and a different seed a different set.
 */

/** How many children: N (at most the cohort), or the percentage of the cohort rounded up. */
export function sampleSize(cohort: number, criteria: Pick<Criteria, 'sizeKind' | 'sizeValue'>): number {
  const wanted = criteria.sizeKind === 'PERCENT' ? Math.ceil((cohort * criteria.sizeValue) / 100 - 1e-9) : Math.floor(criteria.sizeValue)
  return Math.max(0, Math.min(cohort, wanted))
}

/** The cohort's filters over `children c`; the month (first day) fixes each child's age. */
function cohortWhere(criteria: Criteria, month: string): SQL {
  const filters: SQL[] = [sql`not c.restricted`]
  const live = (extra: SQL = sql``) => sql`exists (select 1 from allocations a where a.child_id = c.id and a.end_date is null${extra})`
  if (criteria.population === 'OPEN') filters.push(sql`(${live()} or exists (select 1 from cin_episodes e where e.child_id = c.id and e.end_date is null))`)
  if (criteria.teamId) filters.push(live(sql` and a.team_id = ${criteria.teamId}`))
  if (criteria.planType === 'CIN') filters.push(sql`exists (select 1 from plans p where p.child_id = c.id and p.kind = 'CIN' and p.end_date is null)`)
  if (criteria.planType === 'CP') filters.push(sql`exists (select 1 from cp_plans p where p.child_id = c.id and p.end_date is null${criteria.cpCategory ? sql` and p.latest_category = ${criteria.cpCategory}` : sql``})`)
  const band = auditAgeBands.find((b) => b.code === criteria.ageBand)
  if (band) filters.push(sql`date_part('year', age(${month}::date, c.date_of_birth)) between ${band.from} and ${band.to}`)
  return sql.join(filters, sql` and `)
}

export type SampledChild = { childId: string; teamId: string | null; workerId: string | null }

/** The cohort's size, and so the sample's. */
async function sized(db: Executor, where: SQL, criteria: Criteria) {
  const counted = await db.execute<{ n: number }>(sql`select count(*)::int as n from children c where ${where}`)
  const cohort = Number(counted.rows[0]?.n ?? 0)
  return { cohort, n: sampleSize(cohort, criteria) }
}

/** The first n children of the cohort in the seeded order, each with their live allocation's team and worker. */
const sampleSql = (where: SQL, seed: number, n: number) => sql`
  select s.id as child_id, al.team_id, al.worker_id
  from (select c.id, md5(${String(seed)} || c.id::text) collate "C" as k from children c where ${where} order by k, c.id limit ${n}) s
  left join lateral (select a.team_id, a.worker_id from allocations a where a.child_id = s.id and a.end_date is null order by a.start_date desc, a.id limit 1) al on true
  order by s.k, s.id`

/** Draws the sample: its size from the cohort count, then the first children in the seeded order. */
export async function drawSample(db: Executor, criteria: Criteria, seed: number, month: string): Promise<{ cohort: number; sample: SampledChild[] }> {
  const where = cohortWhere(criteria, month)
  const { cohort, n } = await sized(db, where, criteria)
  if (n === 0) return { cohort, sample: [] }
  const rows = await db.execute<{ child_id: string; team_id: string | null; worker_id: string | null }>(sampleSql(where, seed, n))
  return { cohort, sample: rows.rows.map((r) => ({ childId: r.child_id, teamId: r.team_id, workerId: r.worker_id })) }
}

/** The same sample written straight into a programme's assigned audits, in the database (no round trip per child). */
export async function assignSample(db: Executor, programmeId: string, criteria: Criteria, seed: number, month: string): Promise<{ cohort: number; sampled: number }> {
  const where = cohortWhere(criteria, month)
  const { cohort, n } = await sized(db, where, criteria)
  if (n === 0) return { cohort, sampled: 0 }
  const inserted = await db.execute<{ n: number }>(sql`with ins as (insert into case_audits (programme_id, child_id, team_id, worker_id)
    select ${programmeId}::uuid, child_id, team_id, worker_id from (${sampleSql(where, seed, n)}) sample returning 1) select count(*)::int as n from ins`)
  return { cohort, sampled: Number(inserted.rows[0]?.n ?? 0) }
}
