/** SQL pieces every Annex A list shares: the child's common columns, the scope, the worker on the window's last day. */
import { sql, type SQL } from 'drizzle-orm'
import { childInScope, type Actor } from '../../../access/index.js'
import type { AnnexAListId, AnnexARow } from '../../../domain/annexA/lists.js'
import type { AnnexAWindow } from '../../../domain/annexA/window.js'

/** The window's days as SQL dates. */
export type WindowSql = { readonly from: SQL; readonly to: SQL; readonly from12: SQL; readonly from6: SQL }
export const windowSql = (w: AnnexAWindow): WindowSql => ({
  from: sql`${w.from}::date`,
  to: sql`${w.to}::date`,
  from12: sql`${w.from12}::date`,
  from6: sql`${w.from6}::date`,
})

/** One list's query: the rows for the window, for the children the actor may see. */
export type ListQuery = (w: WindowSql, actor: Actor) => SQL

/**
 * The common leading columns (Annex A: child ID, gender, ethnicity, date of birth; age is worked
 * out from the window's last day). Only the LA child ID identifies a child: no names are exported.
 */
export const personColumns = sql`children.child_ref as "childRef", children.sex, children.ethnicity,
  children.date_of_birth::text as "dateOfBirth", children.disability <> 'NONE' as disabled`

/** Every list is limited to the children in the actor's scope (src/access), as the KPIs are. */
export const inScope = (actor: Actor) => childInScope(actor)

/**
 * The allocated team and worker on the window's last day: the allocation live that day, or the
 * child's latest before it (a closed case keeps the worker who held it).
 */
export const allocatedOn = (childId: string, w: WindowSql) => sql`left join lateral (
    select u.display_name as "workerName", t.name as "teamName" from allocations a
    join users u on u.id = a.worker_id join teams t on t.id = a.team_id
    where a.child_id = ${sql.raw(childId)} and a.start_date <= ${w.to}
    order by (a.end_date is null or a.end_date >= ${w.to}) desc, a.start_date desc, a.id limit 1) al on true`

/** A London calendar date of a timestamptz column. */
export const londonDate = (column: string) => sql.raw(`(${column} at time zone 'Europe/London')::date`)

/** The timestamptz bounds of the window's London days. */
export const londonFrom = (d: SQL) => sql`(${d}::timestamp at time zone 'Europe/London')`
export const londonAfter = (d: SQL) => sql`((${d} + 1)::timestamp at time zone 'Europe/London')`

export type ListQueries = Partial<Record<AnnexAListId, ListQuery>>
export type { AnnexARow }
