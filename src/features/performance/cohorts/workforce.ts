/** Workforce cohorts from allocations: caseloads are counted from these rows, never typed in. */
import { sql } from 'drizzle-orm'
import type { CohortSql } from '../sqlParts.js'

/**
 * Allocations live at the end of the period's last day (one that ends that day has been handed on),
 * with the worker's caseload, whether it is over the team's threshold, and how many different
 * workers the child has had in the 12 months to that day.
 */
export const allocationsLive: CohortSql = (b) => sql`
  select a.id::text as record_id, a.child_id, a.worker_id, a.team_id,
    a.start_date as event_on, null::date as due_on, null::date as done_on, 0 as days_late,
    count(*) over (partition by a.worker_id)::int as worker_load,
    count(*) over (partition by a.worker_id) > t.caseload_threshold as over_threshold,
    (select count(distinct h.worker_id) from allocations h where h.child_id = a.child_id and h.start_date <= ${b.to}
      and (h.end_date is null or h.end_date > (${b.to} - interval '12 months')::date))::int as workers_12m
  from allocations a
  join teams t on t.id = a.team_id
  where a.start_date <= ${b.to} and (a.end_date is null or a.end_date > ${b.to})`
