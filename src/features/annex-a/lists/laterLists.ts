/** Lists 9 to 11: care leavers, adoption and adopters. */
import { sql } from 'drizzle-orm'
import { allocatedOn, inScope, personColumns, type ListQueries } from './common.js'

export const laterLists: ListQueries = {
  // List 9: young people entitled to leaving care services (Children Act 1989 s23A–s24B) and under
  // 25 on the window's last day, with their latest OC3 outcomes, pathway plan and PA contact.
  9: (w, actor) => sql`
    select ${personColumns},
      exists (select 1 from uasc_statuses u where u.child_id = cl.child_id) as uasc,
      al."teamName", al."workerName",
      (select u.display_name from pa_allocations pa join users u on u.id = pa.pa_id where pa.child_id = cl.child_id
        and pa.start_date <= ${w.to} order by (pa.end_date is null or pa.end_date >= ${w.to}) desc, pa.start_date desc limit 1) as "adviserName",
      cl.eligibility,
      pw.latest::text as "pathwayPlanOn",
      o.in_touch as "inTouch",
      (select max(pc.contacted_on) from pa_contacts pc where pc.child_id = cl.child_id and pc.contacted_on <= ${w.to})::text as "lastContact",
      case when o.accommodation <> '0' then left(o.accommodation, 1) end as accommodation,
      case when o.accommodation <> '0' then nullif(substr(o.accommodation, 2, 1), '') end as suitability,
      nullif(o.activity, '0') as activity
    from care_leavers cl join children on children.id = cl.child_id
    left join lateral (select x.in_touch, x.accommodation, x.activity from care_leaver_outcomes x where x.child_id = cl.child_id
      order by x.collection_year desc limit 1) o on true
    left join (select p.child_id, greatest(max(p.start_date), max(r.reviewed_on)) as latest from plans p
      left join plan_reviews r on r.plan_id = p.id and r.reviewed_on <= ${w.to}
      where p.kind = 'PATHWAY' and p.start_date <= ${w.to} group by p.child_id) pw on pw.child_id = cl.child_id
    ${allocatedOn('cl.child_id', w)}
    where (children.date_of_birth is null or children.date_of_birth > (${w.to} - interval '25 years')::date) and ${inScope(actor)}
    order by children.child_ref`,

  // List 10 (12 months): children with an agency decision for adoption (Adoption Agencies
  // Regulations 2005 reg 19) who, in the 12 months, were adopted or had the decision reversed, or
  // who are still waiting. FFA: a foster placement with approved adopters (903 U2, U5).
  10: (w, actor) => sql`
    select ${personColumns}, ap.reference as "familyId",
      (select max(q.started_on) from care_periods q where q.child_id = d.child_id and q.started_on <= d.decided_on)::text as "enteredCare",
      d.decided_on::text as "decidedOn",
      case when ad.placement_order_on <= ${w.to} then ad.placement_order_on end::text as "placementOrderOn",
      case when ad.matched_on <= ${w.to} then ad.matched_on end::text as "matchedOn",
      case when ad.placed_on <= ${w.to} then ad.placed_on end::text as "placedOn",
      case when ad.adoption_order_on <= ${w.to} then ad.adoption_order_on end::text as "adoptionOrderOn",
      case when d.reversed_on <= ${w.to} then d.reversed_on end::text as "reversedOn",
      case when d.reversed_on <= ${w.to} then d.reversal_reason end as "reversalReason",
      (select min(e.starts_on) from care_episodes e where e.child_id = d.child_id and e.placement_type in ('U2', 'U5') and e.starts_on <= ${w.to})::text as "ffaOn"
    from adoption_decisions d join children on children.id = d.child_id
    left join lateral (select a.* from adoptions a where a.child_id = d.child_id and (a.decided_on is null or a.decided_on <= ${w.to})
      order by a.decided_on desc nulls last, a.created_at desc limit 1) ad on true
    left join adopters ap on ap.id = ad.adopter_id
    where d.decided_on <= ${w.to} and ${inScope(actor)} and (
      ad.adoption_order_on between ${w.from12} and ${w.to} or d.reversed_on between ${w.from12} and ${w.to}
      or ((ad.adoption_order_on is null or ad.adoption_order_on > ${w.to}) and (d.reversed_on is null or d.reversed_on > ${w.to})))
    order by d.decided_on, children.child_ref, d.id`,

  // List 11 (12 months): prospective adopters in the process at any time in the 12 months. Adopters
  // are not children, so no child scope applies; Cairn does not hold their gender, ethnicity or
  // disability, the Stage 1 end or the application date, so those columns are blank. Stage 2 ends
  // with the approval decision (Adoption Agencies Regulations 2005 reg 30B).
  11: (w) => sql`
    select a.reference, a.household, null::text as gender, null::text as ethnicity, null::text as disability,
      exists (select 1 from adoptions x where x.adopter_id = a.id and x.foster_carers = '1') as fostering,
      a.enquiry_on::text as "enquiryOn", a.stage_one_started_on::text as "stageOneOn", null::text as "stageOneEndedOn",
      a.stage_two_started_on::text as "stageTwoOn",
      case when a.approved_on <= ${w.to} then a.approved_on end::text as "stageTwoEndedOn", null::text as "appliedOn",
      case when a.approved_on <= ${w.to} then a.approved_on end::text as "approvedOn",
      x.matched::text as "matchedOn", x.placed::text as "placedOn", x.n as "childrenPlaced", x.ordered::text as "adoptionOrderOn",
      case when a.withdrawn_on <= ${w.to} then a.withdrawn_on end::text as "leftOn",
      case when a.withdrawn_on <= ${w.to} then '1 - Adopter withdrew from process' end as "leftReason"
    from adopters a
    cross join lateral (select min(x.matched_on) filter (where x.matched_on <= ${w.to}) as matched,
        min(x.placed_on) filter (where x.placed_on <= ${w.to}) as placed,
        (count(*) filter (where x.placed_on <= ${w.to}))::int as n,
        max(x.adoption_order_on) filter (where x.adoption_order_on <= ${w.to}) as ordered
      from adoptions x where x.adopter_id = a.id) x
    where a.enquiry_on <= ${w.to} and coalesce(a.withdrawn_on, x.ordered, ${w.to}) >= ${w.from12}
    order by a.enquiry_on, a.reference`,
}
