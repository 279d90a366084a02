import { sql, type SQL } from 'drizzle-orm'
import type { Actor } from '../../access/actor.js'
import { caseAudits } from '../../db/schema/index.js'

/**
 * Who sees a case audit's content (issue 6 part 5): the QA team, service managers and the director
 * see every audit; a team manager their team's; a social worker the audits of children they were
 * the worker for. No one else — not other workers, not administrators, not the front door.
 */
const everyAudit: readonly string[] = ['qa_officer', 'service_manager', 'dcs']
const mayConductAny: readonly string[] = ['qa_officer', 'service_manager']
const noTeam = '00000000-0000-0000-0000-000000000000'

type AuditPeople = { teamId: string | null; workerId: string | null }

export function maySeeAudit(actor: Actor, a: AuditPeople): boolean {
  if (everyAudit.includes(actor.role)) return true
  if (actor.role === 'team_manager') return a.teamId !== null && a.teamId === actor.teamId
  return actor.role === 'social_worker' && a.workerId === actor.id
}

/** A manager audits their own team's cases; the QA team and service managers any case. */
export function mayConductAudit(actor: Actor, a: AuditPeople): boolean {
  if (mayConductAny.includes(actor.role)) return true
  return actor.role === 'team_manager' && a.teamId !== null && a.teamId === actor.teamId
}

/** The same rules as SQL over `case_audits`, for lists. */
export function auditVisibleTo(actor: Actor): SQL {
  if (everyAudit.includes(actor.role)) return sql`true`
  if (actor.role === 'team_manager') return sql`${caseAudits.teamId} = ${actor.teamId ?? noTeam}`
  if (actor.role === 'social_worker') return sql`${caseAudits.workerId} = ${actor.id}`
  return sql`false`
}

export function auditConductableBy(actor: Actor): SQL {
  if (mayConductAny.includes(actor.role)) return sql`true`
  if (actor.role === 'team_manager') return sql`${caseAudits.teamId} = ${actor.teamId ?? noTeam}`
  return sql`false`
}

/** The roll-up: a team manager sees their own team's grades only; the other viewers every team's. */
export function rollUpScope(actor: Actor): SQL {
  return actor.role === 'team_manager' ? sql`${caseAudits.teamId} = ${actor.teamId ?? noTeam}` : sql`true`
}
