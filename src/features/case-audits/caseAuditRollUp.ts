import { sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'

export type GradeCounts = { label: string; total: number; OUTSTANDING: number; GOOD: number; REQUIRES_IMPROVEMENT: number; INADEQUATE: number }

/**
 * The roll-up of completed audits (issue 6 part 5): grades by team, theme and month, and the themes
 * arising. The grade counted is the moderated one where there is one. Leicester 2015/2016: leaders
 * did not know the quality of practice; this is where they see it.
 */
export function caseAuditRollUp(db: Executor, scope: SQL) {
  const from = sql`from case_audits join audit_programmes p on p.id = case_audits.programme_id left join teams t on t.id = case_audits.team_id`
  const where = sql`where case_audits.status <> 'ASSIGNED' and ${scope}`
  const grade = sql`coalesce(case_audits.moderated_grade, case_audits.grade)`
  const by = async (label: SQL, order: SQL) =>
    (
      await db.execute<GradeCounts>(sql`select ${label} as label, count(*)::int as total,
        count(*) filter (where ${grade} = 'OUTSTANDING')::int as "OUTSTANDING", count(*) filter (where ${grade} = 'GOOD')::int as "GOOD",
        count(*) filter (where ${grade} = 'REQUIRES_IMPROVEMENT')::int as "REQUIRES_IMPROVEMENT", count(*) filter (where ${grade} = 'INADEQUATE')::int as "INADEQUATE"
        ${from} ${where} group by 1 order by ${order}`)
    ).rows.map((r) => ({ ...r, total: Number(r.total) }))

  return {
    byTeam: () => by(sql`coalesce(t.name, 'No team')`, sql`1`),
    byTheme: () => by(sql`coalesce(p.theme, 'Monthly random sample')`, sql`1`),
    byMonth: () => by(sql`to_char(p.month, 'YYYY-MM')`, sql`1 desc`),
    themesArising: async () => (await db.execute<{ theme: string; n: number }>(sql`select th as theme, count(*)::int as n ${from} cross join lateral unnest(case_audits.themes) th ${where} group by 1 order by 2 desc, 1`)).rows.map((r) => ({ theme: r.theme, n: Number(r.n) })),
  }
}
