import type { Actor } from '../../access/actor.js'
import { childListLabel } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import type { Evaluation, RuleSet, WorkingDayCalendar } from '../../domain/timescales/index.js'
import { planClocks } from '../plans/planClocks.js'
import { disabledChildrenRepository } from './disabledChildrenRepository.js'

export type DisabledChild = {
  childId: string
  childLabel: string
  disability: string
  workerName: string | null
  plan: { kind: 'CP' | 'CIN'; id: string; startDate: string } | null
  visit: Evaluation | null
  review: Evaluation | null
}

/**
 * Open disabled children (an open CIN episode and a CIN census disability other than NONE), with
 * their worker, plan and the plan's visit and review clocks. Disabled children are more likely to
 * be abused and less likely to be heard (Working Together 2023 ch.1 and ch.2), so a council keeps
 * them in view as a group.
 */
export function disabledChildrenService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, standards: { rules(): Promise<RuleSet> }) {
  const repo = disabledChildrenRepository(db)

  return {
    async list(actor: Actor): Promise<DisabledChild[]> {
      const [found, rules] = await Promise.all([repo.openDisabled(actor), standards.rules()])
      // A child with two live allocations comes back twice from the join; show the child once.
      const rows = found.filter((r, i) => found.findIndex((x) => x.childId === r.childId) === i)
      const events = await repo.clockEvents(rows.map((r) => r.childId), rows.flatMap((r) => (r.cinPlan ? [r.cinPlan.id] : [])))
      const clocks = planClocks(calendar, clock.today(), rules)
      const on = (list: { on: string }[]) => list.map((x) => x.on)
      return rows.map((r) => {
        const seen = on(events.seen.filter((v) => v.childId === r.childId))
        const cp = r.cpPlan && { ...r.cpPlan, endDate: null }
        const cin = r.cinPlan && { ...r.cinPlan, endDate: null }
        return {
          childId: r.childId, childLabel: childListLabel(r), disability: r.disability, workerName: r.workerName,
          plan: cp ? { kind: 'CP', ...r.cpPlan! } : cin ? { kind: 'CIN', ...r.cinPlan! } : null,
          visit: cp ? clocks.cpVisit(cp, seen) : cin ? clocks.cinVisit(cin, seen) : null,
          review: cp ? clocks.cpReview(cp, on(events.rcpcs.filter((c) => c.childId === r.childId))) : cin ? clocks.cinReview(cin, on(events.reviews.filter((x) => x.planId === cin.id))) : null,
        }
      })
    },
  }
}

export type DisabledChildrenService = ReturnType<typeof disabledChildrenService>
