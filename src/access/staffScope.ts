import { eq, inArray, type SQL } from 'drizzle-orm'
import { users } from '../db/schema/index.js'
import type { Actor } from './actor.js'
import { scopeOfRole } from './roles.js'

/** The roles who hold cases and are supervised and trained: practitioners and first-line managers. */
export const supervisedRoles = ['social_worker', 'personal_adviser', 'team_manager'] as const

type StaffMember = { id: string; teamId: string | null }

/** Whose supervision and training an actor sees: their own, their team's (a team manager), or everyone's (leaders and QA). */
export const maySeeStaff = (actor: Actor, w: StaffMember) => scopeOfRole(actor.role) === 'authority' || w.id === actor.id || (actor.role === 'team_manager' && w.teamId === actor.teamId)

/** The same rule as SQL over `users`, for lists; undefined means everyone. */
export function staffVisibleTo(actor: Actor): SQL | undefined {
  if (scopeOfRole(actor.role) === 'authority') return undefined
  if (actor.role === 'team_manager' && actor.teamId) return inArray(users.teamId, [actor.teamId])
  return eq(users.id, actor.id)
}

/** A team manager manages their own team's workers; a service manager manages anyone (team managers too). */
export const managesStaff = (actor: Actor, w: StaffMember) => w.id !== actor.id && (actor.role === 'service_manager' || (actor.role === 'team_manager' && w.teamId === actor.teamId))
