/** Front-door and assessment cohorts (src/domain/kpis/cohorts.ts describes each and its columns). */
import { sql } from 'drizzle-orm'
import { ASSESSMENT_45WD, CONTACT_DECISION_1WD } from '../../../domain/timescales/index.js'
import { allocationAt, asAtIndex, calendarOn, dayKey, dueOn, eidx, londonDate, workingDaysOf, type CohortSql } from '../sqlParts.js'

/**
 * Contacts received in the period, by London date of receipt (Working Together 2023 ch.2: the
 * clock runs from receipt, research/domain.md §0.1). A decision after the period's last day counts
 * as no decision yet, so a past month reads as it stood at its end.
 */
export const contactsReceived: CohortSql = (b) => sql`
  select ct.id::text as record_id, ct.child_id, ct.screening_worker_id as worker_id, sw.team_id,
    rd.day::date as event_on, due.day::date as due_on, dd.day::date as done_on,
    case when dd.day is not null then greatest(0, ${eidx('dd')} - due.working_day_index)
         when due.day::date < ${b.to} then ${asAtIndex(b)} - due.working_day_index else 0 end as days_late,
    case when dd.day is not null then ct.decision end as decision,
    dd.day is not null as decided,
    coalesce(dd.day::date <= due.day::date, false) as in_time,
    ${dayKey(londonDate('ct.recorded_at'))} = rd.day as recorded_same_day,
    extract(epoch from (ct.recorded_at - ct.received_at))::float8 / 86400 as recording_delay_days,
    dd.day is null and due.day::date < ${b.to} as overdue_at_end
  from contacts ct
  ${calendarOn('rd', londonDate('ct.received_at'))}
  ${dueOn('due', 'rd', workingDaysOf(CONTACT_DECISION_1WD))}
  left join calendar_days dd on dd.day = ${dayKey(londonDate('ct.decided_at'))} and dd.day <= ${b.toText}
  left join users sw on sw.id = ct.screening_worker_id
  where ct.received_at >= (${b.from}::timestamp at time zone 'Europe/London')
    and ct.received_at < ((${b.to} + 1)::timestamp at time zone 'Europe/London')`

/** Referrals with a referral date in the period (DfE CIN census). */
export const referralsInPeriod: CohortSql = (b) => sql`
  select r.id::text as record_id, r.child_id, al.worker_id, al.team_id,
    r.referral_date as event_on, null::date as due_on, null::date as done_on, 0 as days_late,
    r.is_re_referral,
    exists (select 1 from assessments a where a.referral_id = r.id and a.start_date <= ${b.to}) as has_assessment,
    (e.end_date is not null and e.end_date <= ${b.to}
      and not exists (select 1 from assessments a where a.child_id = r.child_id and a.cin_episode_id = r.cin_episode_id and a.start_date <= ${b.to})) as nfa_without_assessment,
    exists (select 1 from contacts c where c.child_id = r.child_id and c.decision = 'NFA'
      and ${londonDate('c.decided_at')} < r.referral_date
      and ${londonDate('c.decided_at')} >= (r.referral_date - interval '12 months')::date) as prior_nfa_12m
  from referrals r
  join cin_episodes e on e.id = r.cin_episode_id
  ${allocationAt('r.child_id', sql`r.referral_date`, b)}
  where r.referral_date between ${b.from} and ${b.to}`

const assessmentDays = workingDaysOf(ASSESSMENT_45WD)

/** Assessments authorised in the period, timed from the referral (WT 2023) and from the start (DfE C2). */
export const assessmentsAuthorised: CohortSql = (b) => sql`
  select a.id::text as record_id, a.child_id, al.worker_id, al.team_id,
    a.authorised_on as event_on, due.day::date as due_on, a.authorised_on as done_on,
    greatest(0, ${eidx('au')} - due.working_day_index) as days_late,
    ${eidx('au')} - ${eidx('rf')} as wd_from_referral,
    ${eidx('au')} - ${eidx('st')} as wd_from_start,
    a.authorised_on <= due.day::date as within_45_referral,
    ${eidx('au')} - ${eidx('st')} <= ${sql.raw(String(assessmentDays))} as within_45_start,
    a.child_seen_on is not null as child_seen,
    a.child_seen_alone_on is not null as seen_alone,
    a.outcome
  from assessments a
  join referrals r on r.id = a.referral_id
  ${calendarOn('rf', 'r.referral_date')}
  ${calendarOn('st', 'a.start_date')}
  ${calendarOn('au', 'a.authorised_on')}
  ${dueOn('due', 'rf', assessmentDays)}
  ${allocationAt('a.child_id', sql`a.authorised_on`, b)}
  where a.authorised_on between ${b.from} and ${b.to}`

/** Assessments started and not authorised on the period's last day, with their 45-day clock. */
export const assessmentsOpen: CohortSql = (b) => sql`
  select a.id::text as record_id, a.child_id, al.worker_id, al.team_id,
    r.referral_date as event_on, due.day::date as due_on, null::date as done_on,
    greatest(0, ${asAtIndex(b)} - due.working_day_index) as days_late,
    due.day::date < ${b.to} as overdue
  from assessments a
  join referrals r on r.id = a.referral_id
  ${calendarOn('rf', 'r.referral_date')}
  ${dueOn('due', 'rf', assessmentDays)}
  ${allocationAt('a.child_id', b.to, b)}
  where a.start_date <= ${b.to} and (a.authorised_on is null or a.authorised_on > ${b.to})`
