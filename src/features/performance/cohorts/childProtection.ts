/** Child protection cohorts (src/domain/kpis/cohorts.ts describes each and its columns). */
import { sql } from 'drizzle-orm'
import {
  CORE_GROUP_6W,
  CP_VISIT_10WD,
  FIRST_CORE_GROUP_10WD,
  FIRST_RCPC_3M,
  RCPC_6M,
  S47_TO_ICPC_15WD,
  STRATEGY_TO_ICPC_15WD,
} from '../../../domain/timescales/index.js'
import { allocationAt, asAtIndex, calendarOn, dueOn, eidx, intervalOf, londonDate, workingDaysOf, type CohortSql } from '../sqlParts.js'

const n = (x: number) => sql.raw(String(x))

/** s47 enquiries started in the period, with the first ICPC held for them by the period's end. */
export const s47Started: CohortSql = (b) => sql`
  select s.id::text as record_id, s.child_id, al.worker_id, al.team_id,
    s.start_date as event_on, due.day::date as due_on, ic.held_on as done_on,
    case when ic.held_on is not null then greatest(0, ${eidx('icd')} - due.working_day_index)
         when due.day::date < ${b.to} then ${asAtIndex(b)} - due.working_day_index else 0 end as days_late,
    coalesce(s.outcome = 'SUBSTANTIATED', false) as substantiated,
    ic.held_on is not null as has_icpc,
    due.day::date < ${b.to} as icpc_due_passed,
    coalesce(${londonDate('s.not_convened_authorised_at')} <= ${b.to}, false) as not_convened_authorised
  from s47_enquiries s
  ${calendarOn('sd', 's.start_date')}
  ${dueOn('due', 'sd', workingDaysOf(S47_TO_ICPC_15WD))}
  left join lateral (select min(c.held_on) as held_on from cp_conferences c
    where c.child_id = s.child_id and c.s47_enquiry_id = s.id and c.kind = 'ICPC' and c.held_on <= ${b.to}) ic on true
  ${calendarOn('icd', 'ic.held_on', true)}
  ${allocationAt('s.child_id', sql`s.start_date`, b)}
  where s.start_date between ${b.from} and ${b.to}`

/**
 * ICPCs held in the period after a recorded s47 enquiry, timed from the s47 start (the DfE measure)
 * and from the strategy discussion that led to it (Working Together 2023 ch.2).
 */
export const icpcsHeld: CohortSql = (b) => sql`
  select c.id::text as record_id, c.child_id, al.worker_id, al.team_id,
    c.held_on as event_on, due.day::date as due_on, c.held_on as done_on,
    greatest(0, ${eidx('h')} - due.working_day_index) as days_late,
    ${eidx('h')} - ${eidx('sd')} as wd_from_s47,
    ${eidx('h')} - ${eidx('st')} as wd_from_strategy,
    c.held_on <= due.day::date as within_15_s47,
    ${eidx('h')} - ${eidx('st')} <= ${n(workingDaysOf(STRATEGY_TO_ICPC_15WD))} as within_15_strategy
  from cp_conferences c
  join s47_enquiries s on s.id = c.s47_enquiry_id
  join strategy_discussions sg on sg.id = s.strategy_discussion_id
  ${calendarOn('h', 'c.held_on')}
  ${calendarOn('sd', 's.start_date')}
  ${calendarOn('st', 'sg.held_on')}
  ${dueOn('due', 'sd', workingDaysOf(S47_TO_ICPC_15WD))}
  ${allocationAt('c.child_id', sql`c.held_on`, b)}
  where c.kind = 'ICPC' and c.held_on between ${b.from} and ${b.to}`

/**
 * CP plans started in the period, with earlier plans and the first core group (WT 2023: 10 working
 * days from the ICPC). Earlier plans come from one window over cp_plans (it has no index by child).
 */
export const cpPlansStarted: CohortSql = (b) => sql`
  select p.id::text as record_id, p.child_id, al.worker_id, al.team_id,
    p.start_date as event_on, due.day::date as due_on, cg.held_on as done_on,
    case when cg.held_on is not null then greatest(0, ${eidx('cgd')} - due.working_day_index)
         when due.day::date < ${b.to} then ${asAtIndex(b)} - due.working_day_index else 0 end as days_late,
    p.previous_plans,
    coalesce(p.last_end >= (p.start_date - interval '2 years')::date, false) as repeat_within_2y,
    coalesce(cg.held_on <= due.day::date, false) as first_core_group_in_time,
    cg.held_on is not null or due.day::date < ${b.to} as first_core_group_due_passed
  from (select q.*,
      count(*) over earlier::int as previous_plans,
      max(q.end_date) over earlier as last_end
    from cp_plans q
    window earlier as (partition by q.child_id order by q.start_date range between unbounded preceding and '1 day' preceding)) p
  join cp_conferences ic on ic.id = p.icpc_id
  ${calendarOn('icd', 'ic.held_on')}
  ${dueOn('due', 'icd', workingDaysOf(FIRST_CORE_GROUP_10WD))}
  left join lateral (select min(g.held_on) as held_on from core_group_meetings g where g.cp_plan_id = p.id and g.held_on <= ${b.to}) cg on true
  ${calendarOn('cgd', 'cg.held_on', true)}
  ${allocationAt('p.child_id', sql`p.start_date`, b)}
  where p.start_date between ${b.from} and ${b.to}`

/** CP plans that ended in the period and how long they lasted (CIN census D7 bands). */
export const cpPlansEnded: CohortSql = (b) => sql`
  select p.id::text as record_id, p.child_id, al.worker_id, al.team_id,
    p.end_date as event_on, null::date as due_on, p.start_date as done_on, 0 as days_late,
    p.end_date - p.start_date as length_days,
    p.end_date >= (p.start_date + interval '2 years')::date as over_2_years,
    p.end_date < (p.start_date + interval '3 months')::date as under_3_months
  from cp_plans p
  ${allocationAt('p.child_id', sql`p.end_date`, b)}
  where p.end_date between ${b.from} and ${b.to}`

/**
 * CP plans open on the period's last day, with three clocks: visits (CP_VISIT_10WD, from the last
 * visit where the child was seen, or the plan start), review conferences (FIRST_RCPC_3M then RCPC_6M)
 * and core groups (FIRST_CORE_GROUP_10WD then CORE_GROUP_6W).
 */
export const cpPlansOpen: CohortSql = (b) => sql`
  select p.id::text as record_id, p.child_id, al.worker_id, al.team_id,
    p.start_date as event_on, vdue.day::date as due_on, v.last_seen as done_on,
    greatest(0, ${asAtIndex(b)} - vdue.working_day_index) as days_late,
    ${asAtIndex(b)} > vdue.working_day_index as visit_overdue,
    coalesce(v.seen_alone, false) as last_seen_alone,
    (case when rv.last_on is null then (ic.held_on + ${intervalOf(FIRST_RCPC_3M)})::date
          else (rv.last_on + ${intervalOf(RCPC_6M, true)})::date end) < ${b.to} as review_overdue,
    case when cg.last_on is null then ${asAtIndex(b)} > cgdue.working_day_index
         else (cg.last_on + ${intervalOf(CORE_GROUP_6W, true)})::date < ${b.to} end as core_group_overdue,
    p.start_date <= (${b.to} - interval '2 years')::date as over_2_years
  from cp_plans p
  join cp_conferences ic on ic.id = p.icpc_id
  left join lateral (select x.visited_on as last_seen, x.seen_alone from visits x
    where x.child_id = p.child_id and x.kind = 'CP' and x.child_seen and x.visited_on between p.start_date and ${b.to}
    order by x.visited_on desc, x.seen_alone desc limit 1) v on true
  ${calendarOn('vfrom', sql`coalesce(v.last_seen, p.start_date)`)}
  ${dueOn('vdue', 'vfrom', workingDaysOf(CP_VISIT_10WD))}
  left join lateral (select max(r.held_on) as last_on from cp_conferences r
    where r.child_id = p.child_id and r.kind = 'RCPC' and r.held_on between p.start_date and ${b.to}) rv on true
  left join lateral (select max(g.held_on) as last_on from core_group_meetings g
    where g.cp_plan_id = p.id and g.held_on <= ${b.to}) cg on true
  ${calendarOn('icd', 'ic.held_on')}
  ${dueOn('cgdue', 'icd', workingDaysOf(FIRST_CORE_GROUP_10WD))}
  ${allocationAt('p.child_id', b.to, b)}
  where p.start_date <= ${b.to} and (p.end_date is null or p.end_date > ${b.to})`

/** Step-downs from CP to CIN authorised in the period, and any CP plan started within 6 months after. */
export const stepDownsAuthorised: CohortSql = (b) => sql`
  select d.id::text as record_id, d.child_id, al.worker_id, al.team_id,
    d.stepped_down_on as event_on, null::date as due_on, nx.started as done_on, 0 as days_late,
    nx.started is not null as re_escalated_6m
  from step_downs d
  left join lateral (select min(q.start_date) as started from cp_plans q
    where q.child_id = d.child_id and q.start_date > d.stepped_down_on and q.start_date <= ${b.to}
      and q.start_date <= (d.stepped_down_on + interval '6 months')::date) nx on true
  ${allocationAt('d.child_id', sql`d.stepped_down_on`, b)}
  where d.decision = 'AUTHORISED' and d.stepped_down_on between ${b.from} and ${b.to}`
