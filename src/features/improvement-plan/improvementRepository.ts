import { and, asc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { improvementActions, improvementRecommendations, users } from '../../db/schema/index.js'

type Recommendation = typeof improvementRecommendations.$inferSelect
type Action = typeof improvementActions.$inferSelect

/** The improvement plan's recommendations and actions, with each action's owner by name. */
export function improvementRepository(db: Executor) {
  const actionsWhere = (where: ReturnType<typeof eq> | undefined) =>
    db.select({ action: improvementActions, ownerName: users.displayName }).from(improvementActions).innerJoin(users, eq(users.id, improvementActions.ownerId)).where(where).orderBy(asc(improvementActions.dueOn), asc(improvementActions.createdAt))

  return {
    recommendations: () => db.select().from(improvementRecommendations).orderBy(sql`length(${improvementRecommendations.reference})`, asc(improvementRecommendations.reference)),
    recommendation: async (id: string) => (await db.select().from(improvementRecommendations).where(eq(improvementRecommendations.id, id)))[0],
    byReference: async (reference: string) => (await db.select({ id: improvementRecommendations.id }).from(improvementRecommendations).where(eq(improvementRecommendations.reference, reference)))[0],
    actions: (recommendationId?: string) => actionsWhere(recommendationId ? eq(improvementActions.recommendationId, recommendationId) : undefined),
    action: async (id: string) => (await actionsWhere(eq(improvementActions.id, id)))[0],
    /** Active users, any role: an owner may be a director, a manager or a partner lead. */
    owners: () => db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.active, true)).orderBy(asc(users.displayName)),
    activeUser: async (id: string) => (await db.select({ id: users.id }).from(users).where(and(eq(users.id, id), eq(users.active, true))))[0],
    insertRecommendation: async (v: typeof improvementRecommendations.$inferInsert) => (await db.insert(improvementRecommendations).values(v).returning())[0]!,
    insertAction: async (v: typeof improvementActions.$inferInsert) => (await db.insert(improvementActions).values(v).returning())[0]!,
    /** Saves only over the version the user opened; undefined when someone else saved first. */
    updateRecommendation: async (id: string, version: number, v: Partial<Recommendation>) =>
      (await db.update(improvementRecommendations).set({ ...v, version: sql`${improvementRecommendations.version} + 1` }).where(and(eq(improvementRecommendations.id, id), eq(improvementRecommendations.version, version))).returning())[0],
    updateAction: async (id: string, version: number, v: Partial<Action>) =>
      (await db.update(improvementActions).set({ ...v, version: sql`${improvementActions.version} + 1` }).where(and(eq(improvementActions.id, id), eq(improvementActions.version, version))).returning())[0],
  }
}

export type ActionRow = Awaited<ReturnType<ReturnType<typeof improvementRepository>['actions']>>[number]
export type RecommendationRow = Recommendation
