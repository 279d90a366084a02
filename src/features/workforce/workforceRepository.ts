import { sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'

export type StaffRow = {
  userId: string
  role: string
  fte: number
  employment: string
  asye: boolean
  startedOn: string
  leftOn: string | null
  leavingReason: string | null
  awayFrom: string | null
  awayUntil: string | null
}

/** Roles whose staff count in the workforce measures (social work staff and personal advisers). */
const workforceRoles = sql`('social_worker', 'team_manager', 'personal_adviser', 'front_door', 'iro', 'service_manager')`

export function workforceRepository(db: Executor) {
  return {
    /**
     * Every member of staff with their employment facts. A user without a staff profile counts as one
     * full-time permanent post from when the account was made, and, if inactive, as left then too.
     */
    async staff(): Promise<StaffRow[]> {
      const result = await db.execute(sql`
        select u.id::text as "userId", u.role,
          coalesce(p.fte, 1)::float8 as fte, coalesce(p.employment, 'PERMANENT') as employment, coalesce(p.asye, false) as asye,
          coalesce(p.started_on, (u.created_at at time zone 'Europe/London')::date)::text as "startedOn",
          case when p.user_id is null then null else p.left_on::text end as "leftOn",
          p.leaving_reason as "leavingReason", p.away_from::text as "awayFrom", p.away_until::text as "awayUntil"
        from users u left join staff_profiles p on p.user_id = u.id
        where u.role in ${workforceRoles} and (p.user_id is not null or u.active)`)
      return (result.rows as StaffRow[]).map((r) => ({ ...r, fte: Number(r.fte) }))
    },

    /** The authority's funded establishment: null when no team has one recorded. */
    async fundedFte(): Promise<number | null> {
      const result = await db.execute(sql`select sum(funded_fte)::float8 as total from team_establishments`)
      const total = (result.rows[0] as { total: number | string | null } | undefined)?.total
      return total === null || total === undefined ? null : Number(total)
    },

    /** Live allocations at the end of each given day: one that ends that day has been handed on. */
    async liveAllocationsOn(days: readonly string[]): Promise<Map<string, number>> {
      if (days.length === 0) return new Map()
      const first = [...days].sort()[0]!
      const list = sql.join(days.map((d) => sql`(${d}::date)`), sql`, `)
      const result = await db.execute(sql`
        with a as (select start_date, end_date from allocations where end_date is null or end_date > ${first}::date)
        select d.day::text as day, count(a.start_date)::int as n
        from (values ${list}) as d(day)
        left join a on a.start_date <= d.day and (a.end_date is null or a.end_date > d.day)
        group by d.day`)
      return new Map((result.rows as { day: string; n: number }[]).map((r) => [r.day, Number(r.n)]))
    },

    /** Live allocations per worker at one day. */
    async casesByWorkerOn(day: string): Promise<Map<string, number>> {
      const result = await db.execute(sql`
        select worker_id::text as "workerId", count(*)::int as n from allocations
        where start_date <= ${day}::date and (end_date is null or end_date > ${day}::date) group by worker_id`)
      return new Map((result.rows as { workerId: string; n: number }[]).map((r) => [r.workerId, Number(r.n)]))
    },
  }
}
