import { sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import type { ChronologyGroup } from './chronologyEvents.js'

export type ChronologyFilter = { from?: string | undefined; to?: string | undefined; groups: readonly ChronologyGroup[]; significantOnly: boolean }

/** One event as the query returns it: dates as ISO text, so both database drivers agree. */
export type ChronologyRow = { grp: ChronologyGroup; event: string; code: string | null; on: string; at: string | null; detail: string | null; significant: boolean; ref: string | null }

const london = (column: string) => `(${column} at time zone 'Europe/London')::date`
const seen = (t: string) => `case when ${t}.seen_alone then 'Child seen alone. ' when ${t}.child_seen then 'Child seen. ' else 'Child not seen. ' end`

/**
 * Each source of events as one select of the same columns:
 * (grp, event, code, on_date, at, detail, significant, ref). `significant` marks what a court
 * chronology must show: events of significant harm and the court's own, and case notes the
 * worker flagged. `$child` is replaced by the bound child id.
 */
const branches: { group: ChronologyGroup; select: string }[] = [
  { group: 'contact', select: `select 'contact', 'CONTACT', decision, ${london('received_at')}, received_at, reason || ': ' || presenting_concerns, false, id from contacts where child_id = $child` },
  { group: 'referral', select: `select 'referral', 'REFERRAL', source, referral_date, null::timestamptz, case when is_re_referral then 'Re-referral within 12 months of a previous referral' end, false, id from referrals where child_id = $child` },
  // Early help before and after social care (Working Together 2023 ch.1): who led it and how it ended.
  { group: 'earlyHelp', select: `select 'earlyHelp', 'EARLY_HELP_STARTED', null, start_date, null::timestamptz, 'Led by ' || lead_practitioner, false, null::uuid from early_help_assessments where child_id = $child` },
  { group: 'earlyHelp', select: `select 'earlyHelp', 'EARLY_HELP_COMPLETED', outcome, completed_on, null::timestamptz, 'Led by ' || lead_practitioner, false, null::uuid from early_help_assessments where child_id = $child and completed_on is not null` },
  { group: 'allocation', select: `select 'allocation', 'ALLOCATED', null, a.start_date, null::timestamptz, u.display_name || ', ' || t.name || ': ' || a.reason, false, null::uuid from allocations a join users u on u.id = a.worker_id join teams t on t.id = a.team_id where a.child_id = $child` },
  { group: 'allocation', select: `select 'allocation', 'ALLOCATION_ENDED', null, a.end_date, null::timestamptz, u.display_name, false, null::uuid from allocations a join users u on u.id = a.worker_id where a.child_id = $child and a.end_date is not null` },
  { group: 'assessment', select: `select 'assessment', 'ASSESSMENT_STARTED', null, start_date, null::timestamptz, null, false, id from assessments where child_id = $child` },
  { group: 'assessment', select: `select 'assessment', 'ASSESSMENT_AUTHORISED', outcome, authorised_on, null::timestamptz, next_step, false, id from assessments where child_id = $child and authorised_on is not null` },
  { group: 'strategy', select: `select 'strategy', 'STRATEGY', decision, held_on, null::timestamptz, null, true, id from strategy_discussions where child_id = $child` },
  { group: 's47', select: `select 's47', 'S47_STARTED', outcome, start_date, null::timestamptz, null, true, id from s47_enquiries where child_id = $child` },
  { group: 'conference', select: `select 'conference', 'CONFERENCE', kind, held_on, null::timestamptz, 'The child''s views: ' || child_views, true, id from cp_conferences where child_id = $child` },
  { group: 'cpPlan', select: `select 'cpPlan', 'CP_PLAN_STARTED', initial_category, start_date, null::timestamptz, null, true, id from cp_plans where child_id = $child` },
  { group: 'cpPlan', select: `select 'cpPlan', 'CP_PLAN_ENDED', latest_category, end_date, null::timestamptz, end_reason, true, id from cp_plans where child_id = $child and end_date is not null` },
  { group: 'coreGroup', select: `select 'coreGroup', 'CORE_GROUP', null, held_on, null::timestamptz, summary, false, cp_plan_id from core_group_meetings where child_id = $child` },
  { group: 'plan', select: `select 'plan', 'PLAN_STARTED', kind, start_date, null::timestamptz, null, false, id from plans where child_id = $child` },
  { group: 'plan', select: `select 'plan', 'PLAN_ENDED', kind, end_date, null::timestamptz, end_reason, false, id from plans where child_id = $child and end_date is not null` },
  { group: 'planReview', select: `select 'planReview', 'PLAN_REVIEW', null, reviewed_on, null::timestamptz, summary, false, plan_id from plan_reviews where child_id = $child` },
  { group: 'visit', select: `select 'visit', 'VISIT', kind, visited_on, null::timestamptz, ${seen('v')} || v.notes, false, null::uuid from visits v where v.child_id = $child` },
  { group: 'stepDown', select: `select 'stepDown', 'STEP_DOWN_REQUESTED', null, ${london('requested_at')}, requested_at, rationale, false, id from step_downs where child_id = $child` },
  { group: 'stepDown', select: `select 'stepDown', 'STEP_DOWN_DECIDED', decision, ${london('decided_at')}, decided_at, reject_reason, false, id from step_downs where child_id = $child and decided_at is not null` },
  { group: 'closure', select: `select 'closure', 'CLOSURE', reason, closed_on, null::timestamptz, note, false, null::uuid from cin_closures where child_id = $child` },
  { group: 'protectiveOrder', select: `select 'protectiveOrder', 'PROTECTION_STARTED', kind, ${london('started_at')}, started_at, reason, true, id from protective_orders where child_id = $child` },
  { group: 'protectiveOrder', select: `select 'protectiveOrder', 'PROTECTION_ENDED', kind, ${london('ended_at')}, ended_at, reference, true, id from protective_orders where child_id = $child and ended_at is not null` },
  { group: 'court', select: `select 'court', 'PRE_PROCEEDINGS_STARTED', null, start_date, null::timestamptz, legal_planning_decision, true, id from pre_proceedings where child_id = $child` },
  { group: 'court', select: `select 'court', 'PRE_PROCEEDINGS_ENDED', outcome, end_date, null::timestamptz, null, true, id from pre_proceedings where child_id = $child and end_date is not null` },
  { group: 'court', select: `select 'court', 'PRE_PROCEEDINGS_MEETING', kind, held_on, null::timestamptz, summary, false, pre_proceedings_id from pre_proceedings_meetings where child_id = $child` },
  { group: 'court', select: `select 'court', 'CARE_PROCEEDINGS_ISSUED', null, issued_on, null::timestamptz, court, true, id from care_proceedings where child_id = $child` },
  { group: 'court', select: `select 'court', 'FINAL_ORDER', final_order, final_order_on, null::timestamptz, null, true, id from care_proceedings where child_id = $child and final_order_on is not null` },
  { group: 'court', select: `select 'court', 'HEARING', kind, held_on, null::timestamptz, outcome, true, care_proceedings_id from court_hearings where child_id = $child` },
  { group: 'caseNote', select: `select 'caseNote', 'CASE_NOTE', kind, ${london('c.occurred_at')}, c.occurred_at, ${seen('c')} || c.summary, c.significant, c.id from case_notes c where c.child_id = $child` },
  // Each child's part of a supervision session (issue 6; Leicester 2015: management oversight not recorded).
  { group: 'supervision', select: `select 'supervision', 'SUPERVISION', null, s.held_on, null::timestamptz, d.decisions, false, d.id from supervision_case_discussions d join supervision_sessions s on s.id = d.session_id where d.child_id = $child` },
  // Issue 5: the care record, reviews, missing episodes and personal adviser contact.
  { group: 'care', select: `select 'care', 'CARE_CHANGE', change, starts_on, null::timestamptz, 'Legal status ' || legal_status || '; placement ' || placement_type || coalesce('; placement ended: ' || placement_end_reason, ''), change = 'START', null::uuid from care_episodes where child_id = $child` },
  { group: 'care', select: `select 'care', 'CARE_ENDED', reason_ceased, ended_on, null::timestamptz, null, true, null::uuid from care_periods where child_id = $child and ended_on is not null` },
  { group: 'claReview', select: `select 'claReview', 'CLA_REVIEW', participation, held_on, null::timestamptz, recommendations, false, null::uuid from cla_reviews where child_id = $child` },
  { group: 'missing', select: `select 'missing', 'MISSING', kind, ${london('started_at')}, started_at, where_found, true, null::uuid from missing_episodes where child_id = $child` },
  { group: 'missing', select: `select 'missing', 'RETURN_INTERVIEW', response, ${london('offered_at')}, offered_at, findings, false, null::uuid from return_interviews where child_id = $child` },
  { group: 'careLeaver', select: `select 'careLeaver', 'PA_CONTACT', kind, contacted_on, null::timestamptz, notes, false, null::uuid from pa_contacts where child_id = $child` },
]

/** A branch's SQL with the child id bound as a parameter, never spliced into the text. */
function bound(select: string, childId: string): SQL {
  const [before, after] = select.split('$child') as [string, string]
  return sql`${sql.raw(before)}${childId}::uuid${sql.raw(after)}`
}

/**
 * The whole chronology in ONE query: a `union all` of the selected sources, filtered and ordered
 * by date (time within a day where the event has one). Each source is read through its child index.
 */
export function chronologyRepository(db: Executor) {
  return {
    async events(childId: string, f: ChronologyFilter): Promise<ChronologyRow[]> {
      const selected = branches.filter((b) => f.groups.includes(b.group))
      if (!selected.length) return []
      const union = sql.join(selected.map((b) => bound(b.select, childId)), sql` union all `)
      const where = [sql`e.on_date is not null`]
      if (f.from) where.push(sql`e.on_date >= ${f.from}::date`)
      if (f.to) where.push(sql`e.on_date <= ${f.to}::date`)
      if (f.significantOnly) where.push(sql`e.significant`)
      const result = await db.execute<ChronologyRow>(sql`
        select e.grp, e.event, e.code, e.on_date::text as "on", to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, e.detail, e.significant, e.ref::text as ref
        from (${union}) as e (grp, event, code, on_date, at, detail, significant, ref)
        where ${sql.join(where, sql` and `)}
        order by e.on_date, e.at nulls first, e.event, e.ref`)
      return result.rows
    },
  }
}
