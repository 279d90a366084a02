/**
 * Children in care, missing, care leaver and private fostering cohorts (src/domain/kpis/cohorts.ts
 * describes each and its columns). The clocks come from the timescale rules (src/domain/timescales/
 * rules/childrenInCare.ts, careReviews.ts, missing.ts, privateFostering.ts) so the scorecard and the
 * child's page agree on what is overdue.
 */
import { sql, type SQL } from 'drizzle-orm'
import { ruleById, type TimescaleRule } from '../../../domain/timescales/index.js'
import { allocationAt, childOf, dayKey, eidx, intervalOf, londonDate, workingDaysOf, type CohortSql } from '../sqlParts.js'

const rule = (id: string): TimescaleRule => {
  const r = ruleById(id)
  if (!r) throw new Error(`timescale ${id} is missing`)
  return r
}
const n = (x: number) => sql.raw(String(Math.trunc(x)))

/** A care episode that starts a placement: the start of a period of care, or a change of placement (SSDA903 RNE S, P, B). */
const PLACED = sql.raw(`('START', 'PLACEMENT', 'BOTH')`)

/**
 * The working day `days` working days after a date. Outside the calendar table's span (2010 to
 * 2040: old imported records) it falls back to the same number of calendar weeks' worth of days.
 */
const workingDaysAfter = (date: SQL, days: number) => sql`coalesce(
    (select wd.day::date from calendar_days ws join calendar_days wd on wd.is_working_day and wd.working_day_index = ${eidx('ws')} + ${n(days)}
     where ws.day = ${dayKey(date)}),
    (${date} + ${n(Math.ceil((days * 7) / 5))})::date)`

/**
 * Children looked after on the period's last day (an open period of care), with:
 * - placement stability as the DfE CLA statistics count it: placements in the 12 months before
 *   (the one current 12 months before, plus each placement started since), and, for children under
 *   16 looked after 2½ years or more, whether they have been with the same carers for 2 years (a
 *   same-carers change is not a new placement for this);
 * - the current placement's distance, location and registration (SSDA903 PL_DISTANCE, PL_LOCATION);
 * - the review clock (CPPCR 2010 reg 33: 20 working days, 3 months, then 6-monthly), which the
 *   drill-down's due, done and days-late columns show;
 * - the visit clock (CPPCR 2010 reg 28): within a week of the placement starting, then 6-weekly;
 *   3-monthly (6 if the child agreed) after the first year of a long-term placement; weekly while
 *   the placement is unregistered (local standard).
 */
export const claOpen: CohortSql = (b) => {
  const yearAgo = sql`(${b.to} - interval '12 months')::date`
  return sql`
  select cp.id::text as record_id, cp.child_id, al.worker_id, al.team_id,
    cp.started_on as event_on, rv.due_on, rv.last_on as done_on,
    greatest(0, ${b.to} - rv.due_on) as days_late,
    pl.n as placements_12m,
    pl.n >= 3 as three_plus_placements,
    cur.distance_miles::float8 as distance_miles,
    coalesce(cur.distance_miles > 20, false) as over_20_miles,
    coalesce(cur.out_of_area, false) as out_of_area,
    cur.unregistered,
    cc.date_of_birth > (${b.to} - interval '16 years')::date as under_16,
    cp.started_on <= (${b.to} - interval '30 months')::date as looked_after_2_5y,
    ps.started <= (${b.to} - interval '2 years')::date as same_placement_2y,
    rv.due_on < ${b.to} as review_overdue,
    vd.due_on < ${b.to} as visit_overdue
  from care_periods cp
  ${childOf('cc', 'cp.child_id')}
  join lateral (select e.distance_miles, e.out_of_area, e.unregistered, e.long_term, e.child_agreed_six_monthly from care_episodes e
    where e.period_id = cp.id and e.starts_on <= ${b.to} order by e.starts_on desc limit 1) cur on true
  cross join lateral (select coalesce(max(e.starts_on), cp.started_on) as started from care_episodes e
    where e.period_id = cp.id and e.starts_on <= ${b.to} and e.change in ${PLACED} and not e.same_carers) ps
  cross join lateral (select (count(*) filter (where e.starts_on > ${yearAgo})
      + case when coalesce(bool_or(e.starts_on <= ${yearAgo}), false) then 1 else 0 end)::int as n
    from care_episodes e join care_periods q on q.id = e.period_id
    where e.child_id = cp.child_id and e.starts_on <= ${b.to} and e.change in ${PLACED}
      and (q.ended_on is null or q.ended_on > ${yearAgo})) pl
  cross join lateral (select r.last_on, case
      when r.n = 0 then ${workingDaysAfter(sql`cp.started_on`, workingDaysOf(rule('CLA_REVIEW_FIRST_20WD')))}
      when r.n = 1 then (r.last_on + ${intervalOf(rule('CLA_REVIEW_SECOND_3M'))})::date
      else (r.last_on + ${intervalOf(rule('CLA_REVIEW_6M'), true)})::date end as due_on
    from (select count(*)::int as n, max(x.held_on) as last_on from cla_reviews x
      where x.child_id = cp.child_id and x.held_on between cp.started_on and ${b.to}) r) rv
  left join lateral (select max(x.visited_on) as last_seen from visits x
    where x.child_id = cp.child_id and x.kind = 'CLA' and x.child_seen and x.visited_on between ps.started and ${b.to}) v on true
  cross join lateral (select (case
      when v.last_seen is null then ps.started + ${intervalOf(rule('CLA_VISIT_FIRST_1W'))}
      when cur.unregistered then v.last_seen + ${intervalOf(rule('CLA_VISIT_UNREGISTERED_1W'), true)}
      when cur.long_term and ps.started <= (${b.to} - interval '1 year')::date then v.last_seen + case when cur.child_agreed_six_monthly
        then ${intervalOf(rule('CLA_VISIT_LONG_TERM_AGREED_6M'), true)} else ${intervalOf(rule('CLA_VISIT_LONG_TERM_3M'), true)} end
      else v.last_seen + ${intervalOf(rule('CLA_VISIT_6W'), true)} end)::date as due_on) vd
  ${allocationAt('cp.child_id', b.to, b)}
  where cp.started_on <= ${b.to} and (cp.ended_on is null or cp.ended_on > ${b.to})`
}

/**
 * Missing (M) and away (A) episodes that ended in the period (by the London date of the return),
 * and whether a return home interview was offered within 72 clock hours of the return (DfE 2014
 * guidance para 46). An interview offered after the period's end still counts if it was in time.
 */
export const missingReturned: CohortSql = (b) => {
  const rhi = rule('RHI_OFFERED_72H')
  if (rhi.due.unit !== 'hours') throw new TypeError(`${rhi.id} is not counted in hours`)
  const due = sql.raw(`(m.ended_at + interval '${Math.trunc(rhi.due.amount)} hours')`)
  return sql`
  select m.id::text as record_id, m.child_id, al.worker_id, al.team_id,
    ${londonDate('m.ended_at')} as event_on, (${due} at time zone 'Europe/London')::date as due_on,
    ${londonDate('ri.offered_at')} as done_on,
    greatest(0, coalesce(${londonDate('ri.offered_at')}, ${b.to}) - (${due} at time zone 'Europe/London')::date) as days_late,
    ri.offered_at is not null as rhi_offered,
    coalesce(ri.offered_at <= ${due}, false) as rhi_offered_72h,
    m.kind = 'A' as away
  from missing_episodes m
  left join return_interviews ri on ri.missing_episode_id = m.id
  ${allocationAt('m.child_id', sql`${londonDate('m.ended_at')}`, b)}
  where m.ended_at is not null and ${londonDate('m.ended_at')} between ${b.from} and ${b.to}`
}

/** The SSDA903 collection year (to 31 March) a date falls in: 2028 for 1 April 2027 to 31 March 2028. */
export const collectionYearOf = (date: string) => Number(date.slice(0, 4)) + (date.slice(5) >= '04-01' ? 1 : 0)

/** OC3 ACTIV codes for education, employment or training, full or part time (codeLists/ssda903.ts activityCodes). */
const EET = sql.raw(`('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5')`)

/**
 * Care leaver outcomes (OC3) for the collection year containing the period's last day. The worker
 * is the young person's personal adviser on that day (Children Act 1989 s23D), else their allocated
 * worker.
 */
export const careLeaverOutcomesYear: CohortSql = (b) => sql`
  select o.id::text as record_id, o.child_id, coalesce(pa.pa_id, al.worker_id) as worker_id, coalesce(pu.team_id, al.team_id) as team_id,
    make_date(o.collection_year, 3, 31) as event_on, null::date as due_on, null::date as done_on, 0 as days_late,
    coalesce(o.in_touch = 'YES', false) as in_touch,
    coalesce(right(o.accommodation, 1) = '1', false) as suitable_accommodation,
    coalesce(o.activity in ${EET}, false) as eet
  from care_leaver_outcomes o
  left join lateral (select p.pa_id from pa_allocations p where p.child_id = o.child_id and p.start_date <= ${b.to}
    and (p.end_date is null or p.end_date > ${b.to}) order by p.start_date desc, p.id limit 1) pa on true
  left join users pu on pu.id = pa.pa_id
  ${allocationAt('o.child_id', b.to, b)}
  where o.collection_year = ${collectionYearOf(b.toText)}::int`

/**
 * Private fostering arrangements open on the period's last day that the council knew of, with the
 * visit clock: first within 7 working days of the notification (2005 Regulations regs 4 and 7),
 * then every 6 weeks in the first year and every 12 weeks after (reg 8(1); the arrangement is
 * deemed to begin when the council became aware of it, reg 8(6)).
 */
export const pfArrangementsOpen: CohortSql = (b) => sql`
  select a.id::text as record_id, a.child_id, al.worker_id, al.team_id,
    a.notified_on as event_on, d.due_on, v.last_on as done_on,
    greatest(0, ${b.to} - d.due_on) as days_late,
    d.due_on < ${b.to} as visit_overdue,
    v.last_on is not null as visited
  from private_fostering_arrangements a
  left join lateral (select max(x.visited_on) as last_on from private_fostering_visits x
    where x.arrangement_id = a.id and x.visited_on <= ${b.to}) v on true
  cross join lateral (select (case
      when v.last_on is null then ${workingDaysAfter(sql`a.notified_on`, workingDaysOf(rule('PF_FIRST_VISIT_7WD')))}
      when v.last_on < (a.notified_on + interval '1 year')::date then v.last_on + ${intervalOf(rule('PF_VISIT_6W'), true)}
      else v.last_on + ${intervalOf(rule('PF_VISIT_12W'), true)} end)::date as due_on) d
  ${allocationAt('a.child_id', b.to, b)}
  where a.notified_on <= ${b.to} and a.started_on <= ${b.to} and (a.ended_on is null or a.ended_on > ${b.to})`
