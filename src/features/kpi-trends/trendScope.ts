/**
 * Which snapshot series sits beside a reader's scorecard figures. A team-scoped reader (a team
 * manager: src/access/roles.ts) counts only their team's children on the scorecard (issue 7 part 2:
 * the scope rules apply), so their trends are their team's monthly snapshots, not the council's.
 * The team snapshot counts the children allocated to the team; the manager's live figure also
 * counts unallocated children, so the two can differ by those, and the caption says whose trend it is.
 */
import { scopeOfRole, type Actor } from '../../access/index.js'

export type TrendGroup = { readonly breakdown: 'team'; readonly key: string }

export function trendGroupOf(actor: Actor): TrendGroup | undefined {
  return scopeOfRole(actor.role) === 'team' && actor.teamId ? { breakdown: 'team', key: actor.teamId } : undefined
}
