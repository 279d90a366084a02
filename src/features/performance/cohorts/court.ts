/** Pre-proceedings and care proceedings cohorts (src/domain/kpis/cohorts.ts describes each). */
import { sql } from 'drizzle-orm'
import { CARE_PROCEEDINGS_26W, PRE_PROCEEDINGS_16W } from '../../../domain/timescales/index.js'
import { allocationAt, intervalOf, type CohortSql } from '../sqlParts.js'

/** Pre-proceedings that ended in the period, with their length in calendar days. */
export const preProceedingsEnded: CohortSql = (b) => sql`
  select pp.id::text as record_id, pp.child_id, al.worker_id, al.team_id,
    pp.end_date as event_on, null::date as due_on, pp.start_date as done_on, 0 as days_late,
    pp.end_date - pp.start_date as length_days
  from pre_proceedings pp
  ${allocationAt('pp.child_id', sql`pp.end_date`, b)}
  where pp.end_date between ${b.from} and ${b.to}`

/** Pre-proceedings open on the period's last day, against the 16-week review point (PRE_PROCEEDINGS_16W). */
export const preProceedingsOpen: CohortSql = (b) => sql`
  select pp.id::text as record_id, pp.child_id, al.worker_id, al.team_id,
    pp.start_date as event_on, (pp.start_date + ${intervalOf(PRE_PROCEEDINGS_16W)})::date as due_on, null::date as done_on,
    greatest(0, ${b.to} - (pp.start_date + ${intervalOf(PRE_PROCEEDINGS_16W)})::date) as days_late,
    (pp.start_date + ${intervalOf(PRE_PROCEEDINGS_16W)})::date < ${b.to} as over_16_weeks
  from pre_proceedings pp
  ${allocationAt('pp.child_id', b.to, b)}
  where pp.start_date <= ${b.to} and (pp.end_date is null or pp.end_date > ${b.to})`

// Children Act 1989 s32(1)(a)(ii): 26 weeks "beginning with the day" of issue, so the last day is one earlier.
const proceedingsDays = (() => {
  if (CARE_PROCEEDINGS_26W.due.unit !== 'weeks') throw new TypeError('CARE_PROCEEDINGS_26W is expected in weeks')
  return CARE_PROCEEDINGS_26W.due.amount * 7 - (CARE_PROCEEDINGS_26W.countsStartDay ? 1 : 0)
})()

/** Care proceedings with a final order in the period, against the 26 weeks of s32. */
export const careProceedingsConcluded: CohortSql = (b) => sql`
  select cp.id::text as record_id, cp.child_id, al.worker_id, al.team_id,
    cp.final_order_on as event_on, cp.issued_on + ${sql.raw(String(proceedingsDays))} as due_on, cp.final_order_on as done_on,
    greatest(0, cp.final_order_on - (cp.issued_on + ${sql.raw(String(proceedingsDays))})) as days_late,
    cp.final_order_on <= cp.issued_on + ${sql.raw(String(proceedingsDays))} as within_26_weeks,
    cp.final_order_on - cp.issued_on as length_days
  from care_proceedings cp
  ${allocationAt('cp.child_id', sql`cp.final_order_on`, b)}
  where cp.final_order_on between ${b.from} and ${b.to}`
