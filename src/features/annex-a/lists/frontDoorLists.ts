/**
 * Lists 1 to 5: contacts, early help assessments, referrals, assessments and section 47 enquiries.
 * Each list but List 2 (no KPI counts early help) selects its rows with the same predicate as the
 * matching KPI cohort (src/features/performance/cohorts/frontDoor.ts, childProtection.ts), so the
 * list and the scorecard agree (annexAKpis.test.ts proves it).
 */
import { sql } from 'drizzle-orm'
import {
  allocatedOn,
  inScope,
  londonAfter,
  londonDate,
  londonFrom,
  personColumns,
  type ListQueries,
} from './common.js'

export const frontDoorLists: ListQueries = {
  // List 1: contacts received in the window by London date of receipt (as FD_CONTACTS counts them).
  1: (w, actor) => sql`
    select ${personColumns}, ${londonDate('ct.received_at')}::text as "contactDate", ct.source
    from contacts ct join children on children.id = ct.child_id
    where ct.received_at >= ${londonFrom(w.from)} and ct.received_at < ${londonAfter(w.to)} and ${inScope(actor)}
    order by ct.received_at, children.child_ref, ct.id`,

  // List 2: early help assessments started in the window; the completion date is blank until it
  // is recorded by the window's end, so a past window reads as it stood then. The organisation is
  // the lead practitioner's agency (Working Together 2023 ch.1: the lead may be any agency).
  2: (w, actor) => sql`
    select ${personColumns}, eh.start_date::text as "startDate",
      case when eh.completed_on <= ${w.to} then eh.completed_on end::text as "completedDate",
      eh.lead_practitioner as organisation
    from early_help_assessments eh join children on children.id = eh.child_id
    where eh.start_date between ${w.from} and ${w.to} and ${inScope(actor)}
    order by eh.start_date, children.child_ref, eh.id`,

  // List 3: referrals dated in the window (REF_COUNT). NFA: the episode closed by the window's end
  // with no assessment started (REF_NFA, CIN census table C1).
  3: (w, actor) => sql`
    select ${personColumns}, r.referral_date::text as "referralDate", r.source,
      (e.end_date is not null and e.end_date <= ${w.to}
        and not exists (select 1 from assessments a where a.child_id = r.child_id and a.cin_episode_id = r.cin_episode_id and a.start_date <= ${w.to})) as nfa,
      (select count(*)::int from referrals r2 where r2.child_id = r.child_id and r2.referral_date between ${w.from12} and ${w.to}) as "referrals12m",
      al."teamName", al."workerName"
    from referrals r join cin_episodes e on e.id = r.cin_episode_id join children on children.id = r.child_id
    ${allocatedOn('r.child_id', w)}
    where r.referral_date between ${w.from} and ${w.to} and ${inScope(actor)}
    order by r.referral_date, children.child_ref, r.id`,

  // List 4: assessments open at any time in the window. What happened after the window's last day
  // is not shown, so a past window reads as it stood then. _referralDate is for the KPI check.
  4: (w, actor) => sql`
    select ${personColumns}, a.start_date::text as "startDate",
      coalesce(a.child_seen_on <= ${w.to}, false) as "childSeen",
      case when a.authorised_on <= ${w.to} then a.authorised_on end::text as "authorisedOn",
      case when a.authorised_on is null or a.authorised_on > ${w.to} or a.outcome is null then null
           else a.outcome in ('CIN_PLAN', 'STRATEGY', 'LEGAL') end as "needsSupport",
      al."teamName", al."workerName", r.referral_date::text as "_referralDate"
    from assessments a join referrals r on r.id = a.referral_id join children on children.id = a.child_id
    ${allocatedOn('a.child_id', w)}
    where a.start_date <= ${w.to} and (a.authorised_on is null or a.authorised_on >= ${w.from}) and ${inScope(actor)}
    order by a.start_date, children.child_ref, a.id`,

  // List 5: s47 enquiries started in the window (CP_S47_COUNT), with the first ICPC for each. An
  // ICPC is "deemed unnecessary" when a manager authorised not convening one, or the concerns were
  // not substantiated; blank while the enquiry is still open.
  5: (w, actor) => sql`
    select ${personColumns}, sg.held_on::text as "strategyOn",
      case when ic.held_on is not null then false
           when ${londonDate('s.not_convened_authorised_at')} <= ${w.to} then true
           when s.outcome = 'NOT_SUBSTANTIATED' then true end as "icpcUnnecessary",
      ic.held_on::text as "icpcOn",
      case when ic.held_on is not null then ic.id in (select p.icpc_id from cp_plans p where p.start_date <= ${w.to}) end as "icpcPlan",
      (select count(*)::int from s47_enquiries s2 where s2.child_id = s.child_id and s2.start_date between ${w.from12} and ${w.to}) as "s47s12m",
      (select count(*)::int from cp_conferences c2 where c2.child_id = s.child_id and c2.kind = 'ICPC' and c2.held_on between ${w.from12} and ${w.to}) as "icpcs12m",
      al."teamName", al."workerName"
    from s47_enquiries s join strategy_discussions sg on sg.id = s.strategy_discussion_id join children on children.id = s.child_id
    left join lateral (select c.id, c.held_on from cp_conferences c
      where c.child_id = s.child_id and c.s47_enquiry_id = s.id and c.kind = 'ICPC' and c.held_on <= ${w.to} order by c.held_on, c.id limit 1) ic on true
    ${allocatedOn('s.child_id', w)}
    where s.start_date between ${w.from} and ${w.to} and ${inScope(actor)}
    order by s.start_date, children.child_ref, s.id`,
}
