import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { AppDb } from '../../db/client.js'
import { teams } from '../../db/schema/index.js'

/** Reads the page needs beyond the lists it reuses: the teams, and each listed child's team. */
export function practiceExceptionRepository(db: AppDb) {
  return {
    /** Every team, or only one (a team-scoped actor's own). */
    teams: (only: string | null) =>
      db.select({ id: teams.id, name: teams.name }).from(teams).where(only ? eq(teams.id, only) : undefined).orderBy(asc(teams.name), asc(teams.id)),

    /**
     * The team each child belongs to today: the team of their latest live allocation, else (a care
     * leaver held only by a personal adviser) the adviser's team. Children with neither have no team.
     */
    async teamOf(childIds: readonly string[]): Promise<Map<string, string>> {
      if (childIds.length === 0) return new Map()
      const unique = [...new Set(childIds)]
      const map = new Map<string, string>()
      // In chunks: a whole authority's list can hold more children than one statement takes parameters.
      for (let i = 0; i < unique.length; i += 5000) {
        const ids = unique.slice(i, i + 5000)
        const rows = await db.execute<{ child_id: string; team_id: string | null }>(sql`
        select c.id as child_id, coalesce(
          (select a.team_id from allocations a where a.child_id = c.id and a.end_date is null order by a.start_date desc, a.id limit 1),
          (select u.team_id from pa_allocations pa join users u on u.id = pa.pa_id where pa.child_id = c.id and pa.end_date is null order by pa.start_date desc limit 1)
        ) as team_id
        from children c where ${inArray(sql`c.id`, ids)}`)
        for (const r of rows.rows) if (r.team_id) map.set(String(r.child_id), String(r.team_id))
      }
      return map
    },
  }
}
