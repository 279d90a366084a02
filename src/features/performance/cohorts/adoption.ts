/** The adoption cohort (src/domain/kpis/cohorts.ts describes it) for the DfE Adoption scorecard measures. */
import { sql } from 'drizzle-orm'
import { allocationAt, type CohortSql } from '../sqlParts.js'

/**
 * Adoption orders made in the period. Entry to care is the start of the period of care the child
 * was in when placed with the adopters. A2 counts only children placed before the order who had a
 * placement order, and a match made before the placement order counts as 0 days (DfE Adoption
 * scorecard methodology). A10: for an adoption by the child's foster carers, the day the child
 * moved in with them, i.e. the start of the placement (not a same-carers continuation) current on
 * the day of placement for adoption.
 */
export const adoptionsMade: CohortSql = (b) => sql`
  select a.id::text as record_id, a.child_id, al.worker_id, al.team_id,
    a.adoption_order_on as event_on, null::date as due_on, a.placed_on as done_on, 0 as days_late,
    a.placed_on - cp.started_on as entry_to_placed_days,
    case when a.placed_on is not null and a.placement_order_on is not null and a.matched_on is not null then greatest(0, a.matched_on - a.placement_order_on) end as order_to_match_days,
    (case when a.foster_carers = '1' then coalesce(fc.starts_on, a.placed_on) else a.placed_on end) - cp.started_on as adjusted_entry_days,
    coalesce(a.foster_carers = '1', false) as foster_carer_adoption
  from adoptions a
  left join lateral (select p.started_on from care_periods p where p.child_id = a.child_id and p.started_on <= a.placed_on order by p.started_on desc limit 1) cp on true
  left join lateral (select e.starts_on from care_episodes e where e.child_id = a.child_id and e.starts_on <= a.placed_on and e.starts_on >= cp.started_on
    and e.change in ('START', 'PLACEMENT', 'BOTH') and not e.same_carers order by e.starts_on desc limit 1) fc on true
  ${allocationAt('a.child_id', sql`a.adoption_order_on`, b)}
  where a.adoption_order_on between ${b.from} and ${b.to} and a.reversed_on is null`
