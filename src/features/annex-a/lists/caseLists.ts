/**
 * Lists 6 to 8: children in need, child protection and children in care. "Open on the window's last
 * day" means what the stock KPIs mean by it (cin_episodes_open, cp_plans_open, cla_open: still open
 * after that day), and a closure after the window's end is not shown, so a past window reads as it
 * stood then.
 */
import { sql } from 'drizzle-orm'
import { caseStatus } from '../../../domain/annexA/codes.js'
import { allocatedOn, inScope, londonDate, personColumns, type ListQueries } from './common.js'

/** A care episode that starts a placement (SSDA903 RNE S, P, B), as cla_open counts placements. */
const PLACED = sql.raw(`('START', 'PLACEMENT', 'BOTH')`)

export const caseLists: ListQueries = {
  // List 6: CIN episodes open at any time in the window; the case status is the highest that applies
  // on its last day (care, then protection, then a CIN plan, then an open assessment).
  6: (w, actor) => sql`
    with care as (select distinct q.child_id from care_periods q where q.started_on <= ${w.to} and (q.ended_on is null or q.ended_on > ${w.to})),
      cp as (select distinct p.child_id from cp_plans p where p.start_date <= ${w.to} and (p.end_date is null or p.end_date > ${w.to})),
      cin as (select distinct p.child_id from plans p where p.kind = 'CIN' and p.start_date <= ${w.to} and (p.end_date is null or p.end_date > ${w.to}))
    select ${personColumns}, e.start_date::text as "startDate",
      (select r.primary_need from referrals r where r.child_id = e.child_id and r.cin_episode_id = e.id order by r.referral_date, r.id limit 1) as "primaryNeed",
      greatest(
        (select max(v.visited_on) from visits v where v.child_id = e.child_id and v.child_seen and v.visited_on between e.start_date and ${w.to}),
        (select max(a.child_seen_on) from assessments a where a.child_id = e.child_id and a.cin_episode_id = e.id and a.child_seen_on <= ${w.to}))::text as "lastSeen",
      case when e.end_date <= ${w.to} then e.end_date end::text as "closedOn",
      case when e.end_date <= ${w.to} then e.closure_reason end as "closureReason",
      case when e.end_date <= ${w.to} then ${caseStatus.closed}
        when e.child_id in (select child_id from care) then ${caseStatus.looked_after}
        when e.child_id in (select child_id from cp) then ${caseStatus.cp_plan}
        when e.child_id in (select child_id from cin) then ${caseStatus.cin_plan}
        when exists (select 1 from assessments a where a.child_id = e.child_id and a.cin_episode_id = e.id and a.start_date <= ${w.to}
          and (a.authorised_on is null or a.authorised_on > ${w.to})) then ${caseStatus.open_assessment}
        else ${caseStatus.cin_plan} end as "caseStatus",
      al."teamName", al."workerName"
    from cin_episodes e join children on children.id = e.child_id
    ${allocatedOn('e.child_id', w)}
    where e.start_date <= ${w.to} and (e.end_date is null or e.end_date >= ${w.from}) and ${inScope(actor)}
    order by e.start_date, children.child_ref, e.id`,

  // List 7: CP plans open at any time in the window, with the last CP visit and review conference
  // by its end, and emergency protection or police protection (s44, s46) in the 6 months to it.
  7: (w, actor) => sql`
    select ${personColumns}, p.start_date::text as "startDate", p.initial_category as "initialCategory", p.latest_category as "latestCategory",
      lv.visited_on::text as "lastVisit", lv.seen_alone as "seenAlone",
      (select max(c.held_on) from cp_conferences c where c.child_id = p.child_id and c.kind = 'RCPC' and c.held_on between p.start_date and ${w.to})::text as "lastReview",
      case when p.end_date <= ${w.to} then p.end_date end::text as "endDate",
      exists (select 1 from protective_orders o where o.child_id = p.child_id and ${londonDate('o.started_at')} between ${w.from6} and ${w.to}) as "protectiveOrder6m",
      p.previous_plans as "previousPlans",
      al."teamName", al."workerName"
    from (select p.*, (rank() over (partition by p.child_id order by p.start_date) - 1)::int as previous_plans from cp_plans p) p
    join children on children.id = p.child_id
    left join lateral (select v.visited_on, v.seen_alone from visits v where v.child_id = p.child_id and v.kind = 'CP'
      and v.visited_on between p.start_date and ${w.to} order by v.visited_on desc, v.seen_alone desc limit 1) lv on true
    ${allocatedOn('p.child_id', w)}
    where p.start_date <= ${w.to} and (p.end_date is null or p.end_date >= ${w.from}) and ${inScope(actor)}
    order by p.start_date, children.child_ref, p.id`,

  // List 8: periods of care open at any time in the window, from the same care_periods and
  // care_episodes rows the SSDA903 episodes are derived from (src/returns/ssda903/episodes.ts). The
  // current episode is the latest to start by the window's end. Placements in the 12 months are
  // counted as cla_open counts them (DfE CLA statistics: the placement current 12 months before,
  // plus each placement started since). The IRO's last contact is the last review (the IRO chairs
  // it; CPPCR 2010 reg 36); Cairn does not record the LA of a placement, so that column is blank.
  8: (w, actor) => sql`
    select ${personColumns},
      exists (select 1 from uasc_statuses u where u.child_id = cp.child_id and (u.started_on is null or u.started_on <= ${w.to})
        and (u.ceased_on is null or u.ceased_on >= ${w.from12})) as "uasc12m",
      cp.started_on::text as "startedOn", cur.category_of_need as "categoryOfNeed",
      exists (select 1 from care_periods q where q.child_id = cp.child_id and q.id <> cp.id and q.started_on < cp.started_on and q.ended_on >= ${w.from12}) as "secondPeriod12m",
      coalesce((select min(e2.starts_on) from care_episodes e2 where e2.period_id = cp.id and e2.starts_on <= ${w.to}
        and e2.starts_on > coalesce((select max(e3.starts_on) from care_episodes e3 where e3.period_id = cp.id and e3.starts_on <= ${w.to}
          and e3.legal_status <> cur.legal_status), '0001-01-01'::date)), cur.starts_on)::text as "legalStatusSince",
      cur.legal_status as "legalStatus",
      rv.last_on::text as "lastReview", rv.last_iro_on::text as "lastIroContact",
      (select max(v.visited_on) from visits v where v.child_id = cp.child_id and v.kind = 'CLA' and v.visited_on between cp.started_on and ${w.to})::text as "lastVisit",
      (select pp.plan from permanence_plans pp where pp.child_id = cp.child_id and pp.decided_on <= ${w.to} order by pp.decided_on desc, pp.created_at desc limit 1) as "permanencePlan",
      (select max(h.done_on) from health_records h where h.child_id = cp.child_id and h.kind in ('INITIAL_HEALTH_ASSESSMENT', 'REVIEW_HEALTH_ASSESSMENT') and h.done_on <= ${w.to})::text as "lastHealth",
      (select max(h.done_on) from health_records h where h.child_id = cp.child_id and h.kind = 'DENTAL' and h.done_on <= ${w.to})::text as "lastDental",
      pl.n as "placements12m",
      case when cp.ended_on <= ${w.to} then cp.ended_on end::text as "ceasedOn",
      case when cp.ended_on <= ${w.to} then cp.reason_ceased end as "reasonCeased",
      ps.started::text as "placementSince", cur.placement_type as "placementType", cur.placement_provider as provider,
      cur.placement_postcode as postcode, cur.urn,
      case when cur.out_of_area then 'b) Out' when not cur.out_of_area then 'a) In' end as location, null::text as "laOfPlacement",
      mi.missing as "missing12m", mi.absent as "absent12m", lm.offered as "rhiOffered", lm.accepted as "rhiAccepted",
      al."teamName", al."workerName"
    from care_periods cp join children on children.id = cp.child_id
    join lateral (select e.* from care_episodes e where e.period_id = cp.id and e.starts_on <= ${w.to} order by e.starts_on desc limit 1) cur on true
    cross join lateral (select coalesce(max(e.starts_on), cp.started_on) as started from care_episodes e
      where e.period_id = cp.id and e.starts_on <= ${w.to} and e.change in ${PLACED} and not e.same_carers) ps
    cross join lateral (select (count(*) filter (where e.starts_on > ${w.from12} - 1)
        + case when coalesce(bool_or(e.starts_on <= ${w.from12} - 1), false) then 1 else 0 end)::int as n
      from care_episodes e join care_periods q on q.id = e.period_id
      where e.child_id = cp.child_id and e.starts_on <= ${w.to} and e.change in ${PLACED}
        and (q.ended_on is null or q.ended_on > ${w.from12} - 1)) pl
    cross join lateral (select max(x.held_on) as last_on, max(x.held_on) filter (where x.iro_id is not null) as last_iro_on from cla_reviews x
      where x.child_id = cp.child_id and x.held_on between cp.started_on and ${w.to}) rv
    cross join lateral (select (count(*) filter (where m.kind = 'M'))::int as missing, (count(*) filter (where m.kind = 'A'))::int as absent
      from missing_episodes m where m.child_id = cp.child_id and ${londonDate('m.started_at')} between ${w.from12} and ${w.to}) mi
    left join lateral (select exists (select 1 from return_interviews ri where ri.missing_episode_id = m.id and ${londonDate('ri.offered_at')} <= ${w.to}) as offered,
        exists (select 1 from return_interviews ri where ri.missing_episode_id = m.id and ri.response = 'ACCEPTED' and ${londonDate('ri.offered_at')} <= ${w.to}) as accepted
      from missing_episodes m where m.child_id = cp.child_id and m.kind = 'M' and ${londonDate('m.started_at')} <= ${w.to}
      order by m.started_at desc limit 1) lm on true
    ${allocatedOn('cp.child_id', w)}
    where cp.started_on <= ${w.to} and (cp.ended_on is null or cp.ended_on >= ${w.from})
      and cur.legal_status not in ('V3', 'V4') and ${inScope(actor)}
    order by cp.started_on, children.child_ref, cp.id`,
}
