import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { allocations, children, cinEpisodes, cpConferences, cpPlans, planReviews, plans, users, visits } from '../../db/schema/index.js'

/** Open disabled children in the actor's scope (childInScope), with their worker and open plan. */
export function disabledChildrenRepository(db: Executor) {
  return {
    openDisabled: (actor: Actor) =>
      db
        .select({
          ...childListColumns(actor),
          disability: children.disability,
          workerName: users.displayName,
          cpPlan: { id: cpPlans.id, startDate: cpPlans.startDate },
          cinPlan: { id: plans.id, startDate: plans.startDate },
        })
        .from(children)
        .innerJoin(cinEpisodes, and(eq(cinEpisodes.childId, children.id), isNull(cinEpisodes.endDate)))
        .leftJoin(allocations, and(eq(allocations.childId, children.id), isNull(allocations.endDate)))
        .leftJoin(users, eq(users.id, allocations.workerId))
        .leftJoin(cpPlans, and(eq(cpPlans.childId, children.id), isNull(cpPlans.endDate)))
        .leftJoin(plans, and(eq(plans.childId, children.id), eq(plans.kind, 'CIN'), isNull(plans.endDate)))
        .where(and(ne(children.disability, 'NONE'), childInScope(actor)))
        .orderBy(asc(children.lastName), asc(children.firstName), asc(children.id))
        .limit(500),

    /** What restarts the plan clocks: visits where the child was seen, CIN plan reviews, review conferences. */
    async clockEvents(childIds: string[], cinPlanIds: string[]) {
      const seen = childIds.length ? await db.select({ childId: visits.childId, on: visits.visitedOn }).from(visits).where(and(inArray(visits.childId, childIds), eq(visits.childSeen, true), ne(visits.kind, 'CLA'))) : []
      const reviews = cinPlanIds.length ? await db.select({ planId: planReviews.planId, on: planReviews.reviewedOn }).from(planReviews).where(inArray(planReviews.planId, cinPlanIds)) : []
      const rcpcs = childIds.length ? await db.select({ childId: cpConferences.childId, on: cpConferences.heldOn }).from(cpConferences).where(and(inArray(cpConferences.childId, childIds), eq(cpConferences.kind, 'RCPC'))) : []
      return { seen, reviews, rcpcs }
    },
  }
}
