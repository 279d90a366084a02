import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import {
  careEpisodes,
  carePeriods,
  claAnnualOutcomes,
  claReviews,
  educationPlanReviews,
  healthRecords,
  iroAllocations,
  iroEscalations,
  permanencePlans,
  planActions,
  plans,
  users,
} from '../../db/schema/index.js'

export type CarePeriodRow = typeof carePeriods.$inferSelect
export type ClaReviewRow = typeof claReviews.$inferSelect
export type EscalationRow = typeof iroEscalations.$inferSelect
export type HealthRow = typeof healthRecords.$inferSelect
export type OutcomeRow = typeof claAnnualOutcomes.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]
/** Episode changes that start a placement (the period's first placement, or a move). */
export const placementChanges = ['START', 'PLACEMENT', 'BOTH']

/**
 * Reads and writes for care reviews, plans, PEPs and health. Periods and episodes belong to the
 * children-in-care feature: they are only read here. Scope is checked by the services.
 */
export function careReviewRepository(db: Executor) {
  return {
    periods: (childId: string) =>
      db
        .select()
        .from(carePeriods)
        .where(eq(carePeriods.childId, childId))
        .orderBy(asc(carePeriods.startedOn)),
    placementStarts: async (childIds: string[]) =>
      childIds.length
        ? db
            .select({
              childId: careEpisodes.childId,
              periodId: careEpisodes.periodId,
              startsOn: careEpisodes.startsOn,
            })
            .from(careEpisodes)
            .where(
              and(inArray(careEpisodes.childId, childIds), inArray(careEpisodes.change, placementChanges)),
            )
            .orderBy(asc(careEpisodes.startsOn))
        : [],
    periodsOf: async (childIds: string[]) =>
      childIds.length
        ? db
            .select()
            .from(carePeriods)
            .where(inArray(carePeriods.childId, childIds))
            .orderBy(asc(carePeriods.startedOn))
        : [],

    plansOf: (childId: string) =>
      db
        .select()
        .from(plans)
        .where(and(eq(plans.childId, childId), inArray(plans.kind, ['CARE', 'PLACEMENT'])))
        .orderBy(asc(plans.startDate)),
    openPlan: async (childId: string, kind: string) =>
      first(
        await db
          .select()
          .from(plans)
          .where(and(eq(plans.childId, childId), eq(plans.kind, kind), isNull(plans.endDate))),
      ),
    insertPlan: async (v: typeof plans.$inferInsert) => (await db.insert(plans).values(v).returning())[0]!,
    updatePlan: async (id: string, version: number, v: Partial<typeof plans.$inferInsert>) =>
      first(
        await db
          .update(plans)
          .set({ ...v, version: sql`${plans.version} + 1` })
          .where(and(eq(plans.id, id), eq(plans.version, version), isNull(plans.endDate)))
          .returning(),
      ),
    insertAction: async (v: typeof planActions.$inferInsert) =>
      (await db.insert(planActions).values(v).returning())[0]!,
    planActions: (planId: string) =>
      db
        .select({ action: planActions, ownerUser: users.displayName })
        .from(planActions)
        .leftJoin(users, eq(users.id, planActions.ownerUserId))
        .where(eq(planActions.planId, planId))
        .orderBy(asc(planActions.dueOn)),
    /** Workers who may own an action (the same list as CIN plans). */
    workers: () =>
      db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            inArray(users.role, ['social_worker', 'team_manager', 'personal_adviser']),
          ),
        )
        .orderBy(asc(users.displayName)),
    actionsOf: async (planIds: string[]) =>
      planIds.length
        ? db
            .select()
            .from(planActions)
            .where(inArray(planActions.planId, planIds))
            .orderBy(asc(planActions.dueOn))
        : [],

    reviews: (childId: string) =>
      db.select().from(claReviews).where(eq(claReviews.childId, childId)).orderBy(asc(claReviews.heldOn)),
    insertReview: async (v: typeof claReviews.$inferInsert) =>
      (await db.insert(claReviews).values(v).returning())[0]!,

    allocations: (childId: string) =>
      db
        .select({ allocation: iroAllocations, iroName: users.displayName })
        .from(iroAllocations)
        .innerJoin(users, eq(users.id, iroAllocations.iroId))
        .where(eq(iroAllocations.childId, childId))
        .orderBy(desc(iroAllocations.startDate)),
    liveAllocation: async (childId: string) =>
      first(
        await db
          .select()
          .from(iroAllocations)
          .where(and(eq(iroAllocations.childId, childId), isNull(iroAllocations.endDate))),
      ),
    endAllocation: async (id: string, endDate: string) =>
      first(
        await db
          .update(iroAllocations)
          .set({ endDate })
          .where(and(eq(iroAllocations.id, id), isNull(iroAllocations.endDate)))
          .returning(),
      ),
    insertAllocation: async (v: typeof iroAllocations.$inferInsert) =>
      (await db.insert(iroAllocations).values(v).returning())[0]!,
    iros: () =>
      db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(and(eq(users.role, 'iro'), eq(users.active, true)))
        .orderBy(asc(users.displayName)),

    escalations: (childId: string) =>
      db
        .select()
        .from(iroEscalations)
        .where(eq(iroEscalations.childId, childId))
        .orderBy(desc(iroEscalations.raisedOn)),
    escalation: async (id: string) =>
      first(await db.select().from(iroEscalations).where(eq(iroEscalations.id, id))),
    insertEscalation: async (v: typeof iroEscalations.$inferInsert) =>
      (await db.insert(iroEscalations).values(v).returning())[0]!,
    updateEscalation: async (id: string, version: number, v: Partial<typeof iroEscalations.$inferInsert>) =>
      first(
        await db
          .update(iroEscalations)
          .set({ ...v, version: version + 1 })
          .where(and(eq(iroEscalations.id, id), eq(iroEscalations.version, version)))
          .returning(),
      ),

    permanence: (childId: string) =>
      db
        .select()
        .from(permanencePlans)
        .where(eq(permanencePlans.childId, childId))
        .orderBy(desc(permanencePlans.decidedOn), desc(permanencePlans.createdAt)),
    insertPermanence: async (v: typeof permanencePlans.$inferInsert) =>
      (await db.insert(permanencePlans).values(v).returning())[0]!,

    peps: (childId: string) =>
      db
        .select()
        .from(educationPlanReviews)
        .where(eq(educationPlanReviews.childId, childId))
        .orderBy(asc(educationPlanReviews.reviewedOn)),
    insertPep: async (v: typeof educationPlanReviews.$inferInsert) =>
      (await db.insert(educationPlanReviews).values(v).returning())[0]!,

    health: (childId: string) =>
      db
        .select()
        .from(healthRecords)
        .where(eq(healthRecords.childId, childId))
        .orderBy(asc(healthRecords.doneOn)),
    insertHealth: async (v: typeof healthRecords.$inferInsert) =>
      (await db.insert(healthRecords).values(v).returning())[0]!,

    outcomes: (childId: string) =>
      db
        .select()
        .from(claAnnualOutcomes)
        .where(eq(claAnnualOutcomes.childId, childId))
        .orderBy(desc(claAnnualOutcomes.collectionYear)),
    outcomeFor: async (childId: string, year: number) =>
      first(
        await db
          .select()
          .from(claAnnualOutcomes)
          .where(and(eq(claAnnualOutcomes.childId, childId), eq(claAnnualOutcomes.collectionYear, year))),
      ),
    insertOutcome: async (v: typeof claAnnualOutcomes.$inferInsert) =>
      (await db.insert(claAnnualOutcomes).values(v).returning())[0]!,
  }
}

export type CareReviewRepository = ReturnType<typeof careReviewRepository>
