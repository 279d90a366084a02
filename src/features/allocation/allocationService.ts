import type { Actor } from '../../access/actor.js'
import { childListLabel } from '../../access/index.js'
import { scopeOfRole } from '../../access/roles.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { describe, primaryNeeds } from '../../domain/codeLists/index.js'
import { ASSESSMENT_45WD, dueOn, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { allocationRepository, caseHoldingRoles } from './allocationRepository.js'
import { byPriority } from './queueOrder.js'
import { childrenWithManyWorkers, distinctWorkers, workerChangeWindowStart } from './workerChanges.js'

/**
 * One allocation request: the children (siblings go together), the team and named worker, the reason,
 * and for each child the live allocation the manager saw (`null` when it was waiting), so a change made
 * by someone else in the meantime is refused rather than overwritten.
 */
export type AllocationRequest = { children: { childId: string; seen: string | null }[]; teamId: string; workerId: string; reason: string }

export function allocationService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, childrenService: ChildrenService) {
  const repo = allocationRepository(db)
  const ownTeamOnly = (actor: Actor) => scopeOfRole(actor.role) === 'team'

  /** Refuses a worker who is not active, not case-holding, or not in the target team: nothing is saved. */
  async function checkWorker(workerId: string, teamId: string) {
    const worker = await repo.user(workerId)
    if (!worker) throw validationFailed({ workerId: 'Select a worker' })
    if (!worker.active) throw validationFailed({ workerId: `${worker.displayName}’s account is deactivated: select an active worker` })
    if (!(caseHoldingRoles as readonly string[]).includes(worker.role)) throw validationFailed({ workerId: `${worker.displayName} does not hold cases: select a social worker, team manager or personal adviser` })
    if (worker.teamId !== teamId) throw validationFailed({ workerId: `${worker.displayName} is not in the team you chose: select a worker in that team` })
    return worker
  }

  return {
    /** Leicester 2015: work waited to be allocated. Protection work first, then the earliest assessment due date. */
    async queue(actor: Actor) {
      const rows = await repo.queue(actor)
      const today = clock.today()
      const seen = new Set<string>()
      return rows
        .filter((r) => !seen.has(r.childId) && seen.add(r.childId))
        .map((r) => ({
          childId: r.childId,
          child: childListLabel(r),
          referralDate: r.referralDate,
          daysWaiting: calendar.workingDaysBetween(r.referralDate, today),
          priority: r.protection ? ('Child protection' as const) : ('Assessment' as const),
          assessmentDueOn: dueOn(ASSESSMENT_45WD, r.referralDate, calendar),
          reason: r.contactReason ?? (r.primaryNeed ? describe(primaryNeeds, r.primaryNeed) : 'Not recorded'),
          protection: r.protection,
        }))
        .sort(byPriority)
    },

    /** Teams and workers a manager may choose: a team manager allocates within their own team. */
    async choices(actor: Actor, forTransfer: boolean) {
      const [teams, workers] = await Promise.all([repo.teams(), repo.workers(ownTeamOnly(actor) && !forTransfer ? actor.teamId : null)])
      return { teams: ownTeamOnly(actor) && !forTransfer ? teams.filter((t) => t.id === actor.teamId) : teams, workers }
    },

    /**
     * Allocate, reallocate or transfer: each child's live allocation ends and the new one starts in one
     * transaction, audited. The child row is locked first, so of two managers allocating the same child
     * at once one wins and the other gets a conflict, never a double allocation.
     */
    async allocate(actor: Actor, request: AllocationRequest) {
      if (!request.reason.trim()) throw validationFailed({ reason: 'Enter the reason for the allocation' })
      if (request.children.length === 0) throw validationFailed({ childIds: 'Select at least one child' })
      for (const c of request.children) await childrenService.requireAccessible(actor, c.childId)
      const worker = await checkWorker(request.workerId, request.teamId)
      const today = clock.today()
      const ordered = [...request.children].sort((a, b) => a.childId.localeCompare(b.childId))
      return withTransaction(db, async (tx) => {
        const r = allocationRepository(tx)
        const made = []
        for (const { childId, seen } of ordered) {
          await r.lockChild(childId)
          const live = await r.liveAllocation(childId)
          if ((live?.id ?? null) !== seen) throw conflict('Someone else changed this child’s allocation since you opened the page. Nothing was saved: reload the page and check before allocating again.')
          if (live?.workerId === worker.id) throw ruleBroken('The child is already allocated to this worker')
          // A team manager may move a child out of their own team, or allocate into it, but not between two other teams.
          if (ownTeamOnly(actor) && request.teamId !== actor.teamId && live?.teamId !== actor.teamId) throw validationFailed({ teamId: 'Allocate to your own team, or transfer a child of your team to another team' })
          if (live) await recordWrite(tx, actor, { action: 'allocation.end', entityType: 'allocation', entityId: live.id, childId, before: live, after: await r.endAllocation(live.id, today) })
          const kind = !live ? 'create' : live.teamId === request.teamId ? 'reallocate' : 'transfer'
          const allocation = await r.insertAllocation({ childId, workerId: worker.id, teamId: request.teamId, referralId: await r.openReferralId(childId), startDate: today, reason: request.reason.trim(), allocatedBy: actor.id })
          await recordWrite(tx, actor, { action: `allocation.${kind}`, entityType: 'allocation', entityId: allocation.id, childId, after: allocation })
          made.push(allocation)
        }
        return made
      })
    },

    /** A child's allocation page: the live allocation, the history and the workers in 12 months. */
    async forChild(actor: Actor, childId: string) {
      const child = await childrenService.requireAccessible(actor, childId)
      const history = await repo.history(childId)
      const spans = history.map((h) => h.allocation)
      return { child, history, live: spans.find((a) => a.endDate === null) ?? null, workersIn12Months: distinctWorkers(spans, clock.today()) }
    },

    /** Leicester 2017: children with 3 or more social workers in 12 months, in the actor's scope. */
    async workerChanges(actor: Actor) {
      const today = clock.today()
      const spans = await repo.windowSpans(actor, workerChangeWindowStart(today), today)
      const labels = new Map(spans.map((s) => [s.childId, childListLabel(s)]))
      return childrenWithManyWorkers(spans, today).map((c) => ({ ...c, child: labels.get(c.childId)! }))
    },
  }
}

export type AllocationService = ReturnType<typeof allocationService>
