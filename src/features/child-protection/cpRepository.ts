import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { assessments, cinClosures, cinEpisodes, cpConferences, cpPlans, plans, referrals, s47Enquiries, strategyDiscussions, users } from '../../db/schema/index.js'

export type AssessmentRow = typeof assessments.$inferSelect
export type S47Row = typeof s47Enquiries.$inferSelect
export type CpPlanRow = typeof cpPlans.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]
const bump = <T extends { version: unknown }>(t: T) => ({ version: sql`${t.version} + 1` })

/** Casework records of the CIN/CP journey. Scope is checked by the service (children.requireAccessible). */
export function cpRepository(db: Executor) {
  return {
    /** The open CIN episode with its latest referral: every casework record hangs off it. */
    openEpisode: async (childId: string) =>
      first(
        await db
          .select({ episode: cinEpisodes, referral: referrals })
          .from(cinEpisodes)
          .innerJoin(referrals, eq(referrals.cinEpisodeId, cinEpisodes.id))
          .where(and(eq(cinEpisodes.childId, childId), isNull(cinEpisodes.endDate)))
          .orderBy(desc(referrals.referralDate))
          .limit(1),
      ),
    referral: async (id: string) => first(await db.select().from(referrals).where(eq(referrals.id, id))),
    /** Referral dates by referral id, in one query (the assessment clocks start at the referral). */
    referralDates: async (ids: readonly string[]) =>
      new Map(ids.length ? (await db.select({ id: referrals.id, referralDate: referrals.referralDate }).from(referrals).where(inArray(referrals.id, [...ids]))).map((r) => [r.id, r.referralDate]) : []),

    assessment: async (id: string) => first(await db.select().from(assessments).where(eq(assessments.id, id))),
    insertAssessment: async (v: typeof assessments.$inferInsert) => (await db.insert(assessments).values(v).returning())[0]!,
    updateAssessment: async (id: string, version: number, v: Partial<typeof assessments.$inferInsert>) =>
      first(await db.update(assessments).set({ ...v, ...bump(assessments) }).where(and(eq(assessments.id, id), eq(assessments.version, version))).returning()),

    strategy: async (id: string) => first(await db.select().from(strategyDiscussions).where(eq(strategyDiscussions.id, id))),
    insertStrategy: async (v: typeof strategyDiscussions.$inferInsert) => (await db.insert(strategyDiscussions).values(v).returning())[0]!,

    s47: async (id: string) => first(await db.select().from(s47Enquiries).where(eq(s47Enquiries.id, id))),
    s47ForStrategy: async (strategyId: string) => first(await db.select().from(s47Enquiries).where(eq(s47Enquiries.strategyDiscussionId, strategyId))),
    insertS47: async (v: typeof s47Enquiries.$inferInsert) => (await db.insert(s47Enquiries).values(v).returning())[0]!,
    updateS47: async (id: string, version: number, v: Partial<typeof s47Enquiries.$inferInsert>) =>
      first(await db.update(s47Enquiries).set({ ...v, ...bump(s47Enquiries) }).where(and(eq(s47Enquiries.id, id), eq(s47Enquiries.version, version))).returning()),

    conference: async (id: string) => first(await db.select().from(cpConferences).where(eq(cpConferences.id, id))),
    icpcForS47: async (s47Id: string) => first(await db.select().from(cpConferences).where(and(eq(cpConferences.s47EnquiryId, s47Id), eq(cpConferences.kind, 'ICPC')))),
    insertConference: async (v: typeof cpConferences.$inferInsert) => (await db.insert(cpConferences).values(v).returning())[0]!,

    plan: async (id: string) => first(await db.select().from(cpPlans).where(eq(cpPlans.id, id))),
    planForIcpc: async (icpcId: string) => first(await db.select().from(cpPlans).where(eq(cpPlans.icpcId, icpcId))),
    openPlan: async (childId: string) => first(await db.select().from(cpPlans).where(and(eq(cpPlans.childId, childId), isNull(cpPlans.endDate)))),
    insertPlan: async (v: typeof cpPlans.$inferInsert) => (await db.insert(cpPlans).values(v).returning())[0]!,
    updatePlan: async (id: string, version: number, v: Partial<typeof cpPlans.$inferInsert>) =>
      first(await db.update(cpPlans).set({ ...v, ...bump(cpPlans) }).where(and(eq(cpPlans.id, id), eq(cpPlans.version, version))).returning()),

    /** The open CIN plan, which a new CP plan ends (CIN rules 4001, 4016, 4017: never both at once). */
    openCinPlan: async (childId: string) => first(await db.select().from(plans).where(and(eq(plans.childId, childId), eq(plans.kind, 'CIN'), isNull(plans.endDate)))),
    endCinPlan: async (id: string, version: number, endDate: string, endReason: string) =>
      first(await db.update(plans).set({ endDate, endReason, ...bump(plans) }).where(and(eq(plans.id, id), eq(plans.version, version), isNull(plans.endDate))).returning()),

    closeEpisode: async (id: string, version: number, endDate: string, closureReason: string) =>
      first(await db.update(cinEpisodes).set({ endDate, closureReason, ...bump(cinEpisodes) }).where(and(eq(cinEpisodes.id, id), eq(cinEpisodes.version, version), isNull(cinEpisodes.endDate))).returning()),
    insertClosure: async (v: typeof cinClosures.$inferInsert) => (await db.insert(cinClosures).values(v).returning())[0]!,

    /** Conference chairs are independent reviewing officers (Working Together 2023 ch.2). */
    chairs: () => db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(eq(users.role, 'iro'), eq(users.active, true))).orderBy(asc(users.displayName)),
    userName: async (id: string | null) => (id ? first(await db.select({ name: users.displayName }).from(users).where(eq(users.id, id)))?.name : undefined),

    /** Everything on the child's CIN/CP journey, newest first. */
    async forChild(childId: string) {
      // One after another: inside a transaction the queries share one connection.
      const a = await db.select().from(assessments).where(eq(assessments.childId, childId)).orderBy(desc(assessments.startDate))
      const s = await db.select().from(strategyDiscussions).where(eq(strategyDiscussions.childId, childId)).orderBy(desc(strategyDiscussions.heldOn))
      const e = await db.select().from(s47Enquiries).where(eq(s47Enquiries.childId, childId)).orderBy(desc(s47Enquiries.startDate))
      const c = await db.select().from(cpConferences).where(eq(cpConferences.childId, childId)).orderBy(desc(cpConferences.heldOn))
      const p = await db.select().from(cpPlans).where(eq(cpPlans.childId, childId)).orderBy(desc(cpPlans.startDate))
      const closures = await db.select().from(cinClosures).where(eq(cinClosures.childId, childId)).orderBy(desc(cinClosures.closedOn))
      return { assessments: a, strategies: s, s47s: e, conferences: c, plans: p, closures }
    },
  }
}

export type CpRepository = ReturnType<typeof cpRepository>
