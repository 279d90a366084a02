import type { Actor } from '../../access/actor.js'
import { scopeOfRole } from '../../access/roles.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { notFound } from '../../errors.js'
import { allocationRepository } from './allocationRepository.js'
import { countCaseloads, teamStaffing, type CaseType } from './caseloadCount.js'

/** Caseloads by construction: counted from live allocations each time, never stored or typed in. */
export function caseloadService(db: AppDb, clock: Clock) {
  const repo = allocationRepository(db)
  return {
    /** Teams the actor may see the caseloads of: their own, or every team for authority-wide roles. */
    async teams(actor: Actor) {
      const all = await repo.teams()
      return scopeOfRole(actor.role) === 'team' ? all.filter((t) => t.id === actor.teamId) : all
    },

    async forTeam(actor: Actor, teamId: string) {
      const team = await repo.team(teamId)
      if (!team || (scopeOfRole(actor.role) === 'team' && actor.teamId !== teamId)) throw notFound('Team')
      const [staff, weightRows, establishment] = await Promise.all([repo.teamStaff(teamId), repo.weights(), repo.establishment(teamId)])
      const cases = await repo.liveCases(staff.map((s) => s.id))
      const weights = Object.fromEntries(weightRows.map((w) => [w.caseType, Number(w.weight)])) as Partial<Record<CaseType, number>>
      const lines = countCaseloads(staff.map((s) => s.id), cases, weights, team.caseloadThreshold)
      // No staff profile yet: the worker counts as one full-time permanent post.
      const facts = staff.map((s) => ({ fte: s.fte === null ? 1 : Number(s.fte), employment: s.employment ?? 'PERMANENT', asye: s.asye ?? false, awayFrom: s.awayFrom, awayUntil: s.awayUntil }))
      return {
        team,
        staffing: teamStaffing(facts, establishment ? Number(establishment.fundedFte) : null, clock.today()),
        workers: staff.map((s, i) => ({ id: s.id, name: s.displayName, ...lines.get(s.id)!, agency: facts[i]!.employment === 'AGENCY', asye: facts[i]!.asye })),
      }
    },
  }
}

export type CaseloadService = ReturnType<typeof caseloadService>
