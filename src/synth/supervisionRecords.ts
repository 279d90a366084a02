/**
 * Supervision over the last 6 months (issue 6 part 3) for each active case holder, by their team
 * manager, at about the worker's frequency. Each session discusses 1–3 children allocated to that
 * worker on that day, with actions owned by the worker. Planted: workers whose supervision stopped
 * (overdue), sessions that slip, and open actions past their due date.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import type { Rng } from './random.js'
import type { AllocationRow, StaffProfileRow, SupervisionActionRow, SupervisionDiscussionRow, SupervisionSessionRow } from './rows.js'
import type { Workforce } from './workforce.js'
import { caseHolderRoles, workforceRates } from './workforceRates.js'
import { actionsText, decisionsText, discussions, reflections } from './workforceText.js'

export type SupervisionInput = {
  workforce: Workforce
  profileOf: ReadonlyMap<string, StaffProfileRow>
  byWorker: ReadonlyMap<string, readonly AllocationRow[]>
  rng: Rng
  ids: Rng
  today: IsoDate
  /** A working-hours instant on a date, London time. */
  at: (date: IsoDate) => Date
}

export function simulateSupervision(input: SupervisionInput) {
  const { workforce, profileOf, byWorker, rng, ids, today, at } = input
  const supervisionSessions: SupervisionSessionRow[] = []
  const supervisionCaseDiscussions: SupervisionDiscussionRow[] = []
  const supervisionActions: SupervisionActionRow[] = []
  const userById = new Map(workforce.users.map((u) => [u.id, u]))
  const yesterday = plusDays(today, -1)
  const from = plusDays(today, -182)
  for (const team of workforce.teamInfo) {
    for (const workerId of team.workerIds) {
      const profile = profileOf.get(workerId)
      const user = userById.get(workerId)
      if (!profile || !user || !caseHolderRoles.has(user.role)) continue
      const every = profile.supervisionEveryDays
      const stopped = rng.chance(workforceRates.supervisionStopped)
      const stopAfter = stopped ? plusDays(today, -rng.int(every + 21, every + 90)) : yesterday
      const allocated = byWorker.get(workerId) ?? []
      let held = plusDays(from, rng.int(0, every - 1))
      while (held <= stopAfter && held <= yesterday) {
        if (held >= profile.startedOn) {
          const session: SupervisionSessionRow = {
            id: ids.uuid(),
            superviseeId: workerId,
            supervisorId: team.managerId,
            heldOn: held,
            reflectiveDiscussion: rng.pick(reflections),
            createdAt: at(held),
          }
          supervisionSessions.push(session)
          const live = allocated.filter((a) => a.startDate <= held && (a.endDate == null || a.endDate > held))
          const childIds = [...new Set(live.map((a) => a.childId))]
          const discussed = rng.int(1, 3)
          for (let k = 0; k < discussed && childIds.length > 0; k++) {
            const childId = childIds.splice(rng.int(0, childIds.length - 1), 1)[0] as string
            const discussion: SupervisionDiscussionRow = {
              id: ids.uuid(),
              sessionId: session.id,
              childId,
              discussion: rng.pick(discussions),
              decisions: rng.pick(decisionsText),
              createdAt: session.createdAt,
            }
            supervisionCaseDiscussions.push(discussion)
            const actions = rng.int(0, 2)
            for (let j = 0; j < actions; j++) {
              const dueOn = plusDays(held, rng.int(10, 42))
              const status = dueOn >= today ? 'OPEN' : rng.chance(workforceRates.actionOverdue) ? 'OPEN' : 'DONE'
              supervisionActions.push({ id: ids.uuid(), caseDiscussionId: discussion.id, childId, action: rng.pick(actionsText), ownerId: workerId, dueOn, status })
            }
          }
        }
        held = plusDays(held, every + (rng.chance(workforceRates.supervisionLate) ? rng.int(5, 14) : rng.int(-2, 2)))
      }
    }
  }
  return { supervisionSessions, supervisionCaseDiscussions, supervisionActions }
}
