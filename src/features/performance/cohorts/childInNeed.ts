/** Children in need cohorts (src/domain/kpis/cohorts.ts describes each and its columns). */
import { sql } from 'drizzle-orm'
import { CIN_PLAN_REVIEW_3M, CIN_VISIT_20WD } from '../../../domain/timescales/index.js'
import { allocationAt, allocationLive, asAtIndex, calendarOn, childOf, dueOn, intervalOf, workingDaysOf, type CohortSql } from '../sqlParts.js'

/**
 * CIN plans open on the period's last day, with the visit clock (CIN_VISIT_20WD, from the last
 * visit where the child was seen, or the plan start), the review clock (CIN_PLAN_REVIEW_3M) and
 * what Ofsted looks for in the plan: the child's voice and SMART actions (Leicester 2024).
 */
export const cinPlansOpen: CohortSql = (b) => sql`
  select p.id::text as record_id, p.child_id, al.worker_id, al.team_id,
    p.start_date as event_on, vdue.day::date as due_on, v.last_seen as done_on,
    greatest(0, ${asAtIndex(b)} - vdue.working_day_index) as days_late,
    ${asAtIndex(b)} > vdue.working_day_index as visit_overdue,
    (coalesce(rv.last_on, p.start_date) + ${intervalOf(CIN_PLAN_REVIEW_3M, true)})::date < ${b.to} as review_overdue,
    pc.disability <> 'NONE' as disabled,
    coalesce(btrim(p.wishes_and_feelings), '') <> '' as has_voice,
    exists (select 1 from plan_actions pa where pa.plan_id = p.id and pa.status in ('NOT_STARTED', 'IN_PROGRESS')
      and (pa.owner_user_id is not null or coalesce(btrim(pa.owner_name), '') <> '') and btrim(pa.outcome) <> '') as has_smart_action
  from plans p
  ${childOf('pc', 'p.child_id')}
  left join lateral (select max(x.visited_on) as last_seen from visits x
    where x.child_id = p.child_id and x.kind = 'CIN' and x.child_seen and x.visited_on between p.start_date and ${b.to}) v on true
  ${calendarOn('vfrom', sql`coalesce(v.last_seen, p.start_date)`)}
  ${dueOn('vdue', 'vfrom', workingDaysOf(CIN_VISIT_20WD))}
  left join lateral (select max(r.reviewed_on) as last_on from plan_reviews r
    where r.plan_id = p.id and r.reviewed_on <= ${b.to}) rv on true
  ${allocationAt('p.child_id', b.to, b)}
  where p.kind = 'CIN' and p.start_date <= ${b.to} and (p.end_date is null or p.end_date > ${b.to})`

/** Open CIN episodes on the period's last day, and whether the child has a live allocation then. */
export const cinEpisodesOpen: CohortSql = (b) => sql`
  select e.id::text as record_id, e.child_id, al.worker_id, al.team_id,
    e.start_date as event_on, null::date as due_on, null::date as done_on, 0 as days_late,
    e.child_id in (select a.child_id from allocations a where a.start_date <= ${b.to}
      and (a.end_date is null or a.end_date > ${b.to})) as allocated
  from cin_episodes e
  ${allocationLive('e.child_id', b)}
  where e.start_date <= ${b.to} and (e.end_date is null or e.end_date > ${b.to})`
