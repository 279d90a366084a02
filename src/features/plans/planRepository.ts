import { and, asc, desc, inArray, isNull, ne, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { assessments, cinEpisodes, cpPlans, planActions, planReviews, plans, stepDowns, users, visits } from '../../db/schema/index.js'

export type PlanRow = typeof plans.$inferSelect
export type PlanActionRow = typeof planActions.$inferSelect
export type StepDownRow = typeof stepDowns.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]
const bump = <T extends { version: unknown }>(t: T) => ({ version: sql`${t.version} + 1` })

/** Plans, SMART actions, reviews, visits and step-downs. Scope is checked by the services. */
export function planRepository(db: Executor) {
  return {
    plan: async (id: string) => first(await db.select().from(plans).where(eq(plans.id, id))),
    openPlan: async (childId: string, kind: string) => first(await db.select().from(plans).where(and(eq(plans.childId, childId), eq(plans.kind, kind), isNull(plans.endDate)))),
    insertPlan: async (v: typeof plans.$inferInsert) => (await db.insert(plans).values(v).returning())[0]!,
    updatePlan: async (id: string, version: number, v: Partial<typeof plans.$inferInsert>) =>
      first(await db.update(plans).set({ ...v, ...bump(plans) }).where(and(eq(plans.id, id), eq(plans.version, version))).returning()),

    action: async (id: string) => first(await db.select().from(planActions).where(eq(planActions.id, id))),
    insertAction: async (v: typeof planActions.$inferInsert) => (await db.insert(planActions).values(v).returning())[0]!,
    updateAction: async (id: string, version: number, status: string) =>
      first(await db.update(planActions).set({ status, ...bump(planActions) }).where(and(eq(planActions.id, id), eq(planActions.version, version))).returning()),
    insertReview: async (v: typeof planReviews.$inferInsert) => (await db.insert(planReviews).values(v).returning())[0]!,
    insertVisit: async (v: typeof visits.$inferInsert) => (await db.insert(visits).values(v).returning())[0]!,

    /** A plan's actions (with the owner's name when a user owns one) and its review history. */
    async detail(planId: string) {
      const actions = await db.select({ action: planActions, ownerUser: users.displayName }).from(planActions).leftJoin(users, eq(users.id, planActions.ownerUserId)).where(eq(planActions.planId, planId)).orderBy(asc(planActions.dueOn))
      const reviews = await db.select().from(planReviews).where(eq(planReviews.planId, planId)).orderBy(desc(planReviews.reviewedOn))
      return { actions, reviews }
    },

    /** Everything the child's clocks need, one query after another (a transaction shares one connection). */
    async forChild(childId: string) {
      const p = await db.select().from(plans).where(eq(plans.childId, childId)).orderBy(desc(plans.startDate))
      const cp = await db.select().from(cpPlans).where(eq(cpPlans.childId, childId)).orderBy(desc(cpPlans.startDate))
      // Visits to a child in care (kind CLA) run on their own clocks (src/features/care), not the plan's.
      const v = await db.select().from(visits).where(and(eq(visits.childId, childId), ne(visits.kind, 'CLA'))).orderBy(desc(visits.visitedOn))
      const ids = p.map((x) => x.id)
      const actions = ids.length ? await db.select({ planId: planActions.planId, status: planActions.status }).from(planActions).where(inArray(planActions.planId, ids)) : []
      const reviews = ids.length ? await db.select({ planId: planReviews.planId, reviewedOn: planReviews.reviewedOn }).from(planReviews).where(inArray(planReviews.planId, ids)) : []
      return { plans: p, cpPlans: cp, visits: v, actions, reviews }
    },

    /** Visits where the child was seen, and plan reviews, for many children at once (My work). */
    seenVisits: (childIds: string[]) => (childIds.length ? db.select({ childId: visits.childId, visitedOn: visits.visitedOn }).from(visits).where(and(inArray(visits.childId, childIds), eq(visits.childSeen, true), ne(visits.kind, 'CLA'))) : Promise.resolve([])),
    reviewsOf: (planIds: string[]) => (planIds.length ? db.select({ planId: planReviews.planId, reviewedOn: planReviews.reviewedOn }).from(planReviews).where(inArray(planReviews.planId, planIds)) : Promise.resolve([])),

    /** The factors of the child's latest assessment: domestic abuse among them asks more of the plan. */
    latestFactors: async (childId: string) => first(await db.select({ factors: assessments.factors }).from(assessments).where(eq(assessments.childId, childId)).orderBy(desc(assessments.startDate), desc(assessments.createdAt)).limit(1))?.factors ?? [],

    stepDown: async (id: string) => first(await db.select().from(stepDowns).where(eq(stepDowns.id, id))),
    stepDownsFor: (cpPlanId: string) => db.select().from(stepDowns).where(eq(stepDowns.cpPlanId, cpPlanId)).orderBy(desc(stepDowns.requestedAt)),
    insertStepDown: async (v: typeof stepDowns.$inferInsert) => (await db.insert(stepDowns).values(v).returning())[0]!,
    decideStepDown: async (id: string, version: number, v: Partial<typeof stepDowns.$inferInsert>) =>
      first(await db.update(stepDowns).set({ ...v, ...bump(stepDowns) }).where(and(eq(stepDowns.id, id), eq(stepDowns.version, version), isNull(stepDowns.decision))).returning()),
    endCpPlan: async (id: string, version: number, endDate: string, endReason: string) =>
      first(await db.update(cpPlans).set({ endDate, endReason, ...bump(cpPlans) }).where(and(eq(cpPlans.id, id), eq(cpPlans.version, version), isNull(cpPlans.endDate))).returning()),
    openEpisode: async (childId: string) => first(await db.select().from(cinEpisodes).where(and(eq(cinEpisodes.childId, childId), isNull(cinEpisodes.endDate)))),
    openCpPlan: async (childId: string) => first(await db.select().from(cpPlans).where(and(eq(cpPlans.childId, childId), isNull(cpPlans.endDate)))),
    cpPlan: async (id: string) => first(await db.select().from(cpPlans).where(eq(cpPlans.id, id))),
    userName: async (id: string | null) => (id ? first(await db.select({ name: users.displayName }).from(users).where(eq(users.id, id)))?.name : undefined),
    /** Workers who may own an action. */
    workers: () => db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(eq(users.active, true), inArray(users.role, ['social_worker', 'team_manager', 'personal_adviser']))).orderBy(asc(users.displayName)),
  }
}

export type PlanRepository = ReturnType<typeof planRepository>
