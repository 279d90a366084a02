import { sql, type SQL } from 'drizzle-orm'
import type { Actor } from './actor.js'
import { scopeOfRole } from './roles.js'

/**
 * Which children an actor may see, as SQL over the `children` table (SHAPES.md §4). Every list,
 * search and single-record load uses this, so a page, a search result and the API cannot disagree.
 *
 * - authority-wide roles see every child;
 * - team roles see children with a live allocation to them or to their team; a team manager also
 *   sees children waiting for allocation, because the allocation queue is theirs to clear;
 * - administrators see no child records.
 */
export function childInScope(actor: Actor): SQL {
  const scope = scopeOfRole(actor.role)
  if (scope === 'authority') return sql`true`
  if (scope === 'none') return sql`false`
  const teamId = actor.teamId ?? '00000000-0000-0000-0000-000000000000'
  const allocated = sql`exists (select 1 from allocations a where a.child_id = children.id and a.end_date is null
    and (a.worker_id = ${actor.id} or a.team_id = ${teamId}))`
  // A personal adviser also sees the young people allocated to them (Children Act 1989 s23D).
  if (actor.role === 'personal_adviser') return sql`(${allocated} or exists (select 1 from pa_allocations pa where pa.child_id = children.id and pa.end_date is null and pa.pa_id = ${actor.id}))`
  if (actor.role !== 'team_manager') return allocated
  return sql`(${allocated} or not exists (select 1 from allocations a where a.child_id = children.id and a.end_date is null))`
}

/** A restricted record opens only to named users or through a live break-glass (audited). */
export function restrictionLifted(actor: Actor): SQL {
  return sql`(not children.restricted
    or exists (select 1 from restricted_access r where r.child_id = children.id and r.user_id = ${actor.id})
    or exists (select 1 from break_glass b where b.child_id = children.id and b.user_id = ${actor.id} and b.expires_at > now()))`
}

export type ChildAccess = 'none' | 'restricted' | 'full'

/** Pure decision from the two facts the SQL above yields for one child. */
export function childAccess(facts: { inScope: boolean; unlocked: boolean }): ChildAccess {
  if (!facts.inScope) return 'none'
  return facts.unlocked ? 'full' : 'restricted'
}
