import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { children, cpPlans, stepDowns } from '../../db/schema/index.js'

/**
 * Re-escalation after step-down, and repeat CP plans, for the children the actor may see
 * (authority-wide or team scope, through childInScope). The 2024 Leicester inspection found
 * children stepped down too soon (Working Together 2023 ch.2 on ending CP plans).
 */
export function reEscalationRepository(db: Executor) {
  return {
    /** A new CP plan starting within 6 months after an authorised step-down. */
    reEscalations(actor: Actor) {
      return db
        .select({ steppedDownOn: sql<string>`${stepDowns.steppedDownOn}::text`, stepDownId: stepDowns.id, newPlanId: cpPlans.id, newPlanStart: cpPlans.startDate, ...childListColumns(actor) })
        .from(stepDowns)
        .innerJoin(cpPlans, and(eq(cpPlans.childId, stepDowns.childId), gt(cpPlans.startDate, stepDowns.steppedDownOn), lte(cpPlans.startDate, sql`(${stepDowns.steppedDownOn} + interval '6 months')::date`)))
        .innerJoin(children, eq(children.id, stepDowns.childId))
        .where(and(eq(stepDowns.decision, 'AUTHORISED'), childInScope(actor)))
        .orderBy(desc(cpPlans.startDate))
        .limit(500)
    },

    /** Second and later CP plans, with the end of the plan before each. */
    repeatPlans(actor: Actor) {
      const window = sql`over (partition by ${cpPlans.childId} order by ${cpPlans.startDate}, ${cpPlans.createdAt})`
      const ranked = db
        .select({
          planId: sql<string>`${cpPlans.id}`.as('plan_id'),
          planChildId: sql<string>`${cpPlans.childId}`.as('plan_child_id'),
          startDate: sql<string>`${cpPlans.startDate}::text`.as('start_date'),
          planNumber: sql<number>`(row_number() ${window})::int`.as('plan_number'),
          previousEnd: sql<string | null>`(lag(${cpPlans.endDate}) ${window})::text`.as('previous_end'),
        })
        .from(cpPlans)
        .as('ranked')
      return db
        .select({ planId: ranked.planId, startDate: ranked.startDate, planNumber: ranked.planNumber, previousEnd: ranked.previousEnd, ...childListColumns(actor) })
        .from(ranked)
        .innerJoin(children, eq(children.id, ranked.planChildId))
        .where(and(gt(ranked.planNumber, 1), childInScope(actor)))
        .orderBy(desc(ranked.startDate), asc(children.childRef))
        .limit(500)
    },
  }
}
