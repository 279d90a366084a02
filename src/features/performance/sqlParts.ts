/**
 * SQL pieces every cohort shares. Working days come from the calendar_days table (SHAPES.md §1):
 * each date has a running working-day index, so "working days between" is a subtraction and a due
 * date is a join on index + n. A date that is not a working day counts as the next working day,
 * the convention of the timescale engine (calendar.addWorkingDays, engine.evaluateAgainst), so a
 * KPI and the child page never disagree about whether something was late.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Period } from '../../domain/kpis/index.js'
import type { TimescaleRule } from '../../domain/timescales/index.js'

/**
 * The period a cohort is built for: its first day and its last (as-at) day, as SQL dates. `owner`
 * says whether the query reads the worker and team of each row: an authority-level count whose
 * KPIs never mention them skips finding each child's allocation (a lateral lookup per row, the
 * largest cost of several cohorts). It changes no predicate, so count and list still agree.
 */
export type Bounds = { readonly from: SQL; readonly to: SQL; readonly toText: string; readonly owner: boolean }

export const boundsOf = (p: Period, owner = true): Bounds => ({ from: sql`${p.from}::date`, to: sql`${p.to}::date`, toText: p.to, owner })

/** Stands in for an allocation lookup when the query never reads the worker or team. */
const noOwner = sql`cross join (select null::uuid as worker_id, null::uuid as team_id) al`

/** A cohort: one SQL select with the standard columns (cohorts.ts) and its own. */
export type CohortSql = (b: Bounds) => SQL

const raw = (s: string) => sql.raw(s)

/**
 * The child of a cohort row as `alias`, looked up once per row by key. Not a subquery in the select
 * list: the KPI engine copies a cohort column into every predicate that reads it, so such a subquery
 * ran once per predicate per row. Not a plain join either: on leicester data the planner answered
 * that by scanning every child in the authority to name a few hundred. The lateral with `offset 0`
 * is kept from being flattened, so it stays one index probe per row at every size.
 */
export const childOf = (alias: string, childId: string) =>
  sql`cross join lateral (select c.disability, c.date_of_birth from children c where c.id = ${raw(childId)} offset 0) ${raw(alias)}`

/** The effective working-day index of the calendar row `alias`: non-working days count as the next working day. */
export const eidx = (alias: string) => raw(`(${alias}.working_day_index + case when ${alias}.is_working_day then 0 else 1 end)`)

/**
 * The calendar_days key ('YYYY-MM-DD') of a date. A date's text form is that key when DateStyle is
 * ISO, which kpiEngine sets for its queries; to_char would first turn the date into a timestamp
 * with time zone, several times slower on every row of a cohort.
 */
export const dayKey = (date: SQL | string) => sql`((${typeof date === 'string' ? raw(date) : date})::date)::text`

/** Joins the calendar row for a date as `alias` (left join for a date that may be null). */
export const calendarOn = (alias: string, date: SQL | string, left = false) =>
  sql`${raw(left ? 'left join' : 'join')} calendar_days ${raw(alias)} on ${raw(alias)}.day = ${dayKey(date)}`

/** Joins, as `alias`, the working day n working days after the calendar row `fromAlias` (the due date). */
export const dueOn = (alias: string, fromAlias: string, n: number) =>
  sql`join calendar_days ${raw(alias)} on ${raw(alias)}.is_working_day and ${raw(alias)}.working_day_index = ${eidx(fromAlias)} + ${raw(String(Math.trunc(n)))}`

/** The effective working-day index of the period's last day. */
export const asAtIndex = (b: Bounds) => sql`(select ${eidx('t')} from calendar_days t where t.day = ${b.toText})`

/** A London calendar date of a timestamptz column. */
export const londonDate = (column: string) => raw(`(${column} at time zone 'Europe/London')::date`)

/**
 * The worker and team responsible for a child's record on a date: the allocation live that day,
 * or failing that the first one made after it (a referral is often allocated a day or two later).
 */
export const allocationAt = (childId: string, ref: SQL, b: Bounds) => !b.owner ? noOwner : sql`left join lateral (
    select alx.worker_id, alx.team_id from allocations alx
    where alx.child_id = ${raw(childId)} and alx.start_date <= ${b.to} and (alx.end_date is null or alx.end_date >= ${ref})
    order by (alx.start_date <= ${ref}) desc, case when alx.start_date <= ${ref} then alx.start_date end desc nulls last, alx.start_date, alx.id
    limit 1) al on true`

/** The allocation live at the end of the period's last day (latest first), as `al`. */
export const allocationLive = (childId: string, b: Bounds) => !b.owner ? noOwner : sql`left join lateral (
    select alx.worker_id, alx.team_id from allocations alx where alx.child_id = ${raw(childId)}
    and alx.start_date <= ${b.to} and (alx.end_date is null or alx.end_date > ${b.to}) order by alx.start_date desc, alx.id limit 1) al on true`

/** The number of working days a rule allows; refuses a rule whose unit the SQL does not assume. */
export function workingDaysOf(rule: TimescaleRule): number {
  if (rule.due.unit !== 'working_days') throw new TypeError(`${rule.id} is not counted in working days`)
  return rule.due.amount
}

/** A calendar-day, week or month period of a rule as a SQL interval. */
export function intervalOf(rule: TimescaleRule, every = false): SQL {
  const d = every && rule.repeat ? { amount: rule.repeat.every, unit: rule.repeat.unit } : rule.due
  if (d.unit === 'weeks') return raw(`interval '${d.amount * 7} days'`)
  if (d.unit === 'months') return raw(`interval '${d.amount} months'`)
  if (d.unit === 'days') return raw(`interval '${d.amount} days'`)
  throw new TypeError(`${rule.id}: ${d.unit} is not a calendar period`)
}
