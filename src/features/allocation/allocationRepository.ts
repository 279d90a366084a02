import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { allocations, caseloadWeights, children, cinEpisodes, contacts, referrals, staffProfiles, teamEstablishments, teams, users } from '../../db/schema/index.js'

/** Roles that hold cases, so can be allocated a child. */
export const caseHoldingRoles = ['social_worker', 'team_manager', 'personal_adviser'] as const
const caseHolding = sql`${users.role} in ('social_worker', 'team_manager', 'personal_adviser')`
/**
 * Open CIN episodes of children with no live allocation. `offset 0` keeps PostgreSQL from merging this
 * into the outer query: merged, it walks every referral in date order hoping to stop at the limit,
 * probing each episode (0.7 s on leicester data), instead of starting from the few open episodes.
 * The outer query repeats `end_date is null` so that it, too, reads only open episodes by index.
 */
const unallocatedOpenEpisodes = sql`(select e.id from cin_episodes e where e.end_date is null
  and not exists (select 1 from allocations a where a.child_id = e.child_id and a.end_date is null) offset 0)`

export function allocationRepository(db: Executor) {
  return {
    /** Children with an open CIN episode and no live allocation, with the referral that opened it. */
    queue: (actor: Actor, limit = 500) =>
      db
        .select({
          ...childListColumns(actor),
          referralDate: referrals.referralDate,
          primaryNeed: referrals.primaryNeed,
          contactReason: contacts.reason,
          // Child protection work goes first: an s47 enquiry without an outcome, or an open CP plan.
          protection: sql<boolean>`(exists (select 1 from s47_enquiries s where s.child_id = ${children.id} and s.outcome is null)
            or exists (select 1 from cp_plans p where p.child_id = ${children.id} and p.end_date is null))`,
        })
        .from(cinEpisodes)
        .innerJoin(children, eq(children.id, cinEpisodes.childId))
        .innerJoin(referrals, eq(referrals.cinEpisodeId, cinEpisodes.id))
        .leftJoin(contacts, eq(contacts.id, referrals.contactId))
        .where(and(isNull(cinEpisodes.endDate), inArray(cinEpisodes.id, unallocatedOpenEpisodes), childInScope(actor)))
        .orderBy(asc(referrals.referralDate))
        .limit(limit),
    /** Active case-holding workers, of one team or of all. */
    workers: (teamId: string | null) =>
      db
        .select({ id: users.id, displayName: users.displayName, teamId: users.teamId, teamName: teams.name })
        .from(users)
        .innerJoin(teams, eq(teams.id, users.teamId))
        .where(and(eq(users.active, true), caseHolding, teamId ? eq(users.teamId, teamId) : undefined))
        .orderBy(asc(teams.name), asc(users.displayName)),
    teams: () => db.select({ id: teams.id, name: teams.name, caseloadThreshold: teams.caseloadThreshold }).from(teams).orderBy(asc(teams.name)),
    team: async (id: string) => (await db.select().from(teams).where(eq(teams.id, id)))[0],
    user: async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0],
    /** Locks the child row so two managers allocating the same child at once queue behind each other. */
    lockChild: (childId: string) => db.select({ id: children.id }).from(children).where(eq(children.id, childId)).for('update'),
    liveAllocation: async (childId: string) => (await db.select().from(allocations).where(and(eq(allocations.childId, childId), isNull(allocations.endDate))))[0],
    async endAllocation(id: string, endDate: string) {
      const [row] = await db.update(allocations).set({ endDate }).where(eq(allocations.id, id)).returning()
      return row!
    },
    async insertAllocation(values: typeof allocations.$inferInsert) {
      const [row] = await db.insert(allocations).values(values).returning()
      return row!
    },
    /** The referral of the child's open CIN episode, if any, so the allocation names what it is for. */
    openReferralId: async (childId: string) =>
      (await db.select({ id: referrals.id }).from(referrals).innerJoin(cinEpisodes, eq(cinEpisodes.id, referrals.cinEpisodeId)).where(and(eq(referrals.childId, childId), isNull(cinEpisodes.endDate))).orderBy(desc(referrals.referralDate)).limit(1))[0]?.id ?? null,
    history: (childId: string) =>
      db
        .select({ allocation: allocations, workerName: users.displayName, teamName: teams.name })
        .from(allocations)
        .innerJoin(users, eq(users.id, allocations.workerId))
        .innerJoin(teams, eq(teams.id, allocations.teamId))
        .where(eq(allocations.childId, childId))
        .orderBy(desc(allocations.startDate), sql`${allocations.endDate} desc nulls first`),
    /** Allocations live on any day from `since` to `today`, for children the actor may see. */
    windowSpans: (actor: Actor, since: string, today: string) =>
      db
        .select({ workerId: allocations.workerId, startDate: allocations.startDate, endDate: allocations.endDate, ...childListColumns(actor) })
        .from(allocations)
        .innerJoin(children, eq(children.id, allocations.childId))
        .where(and(lte(allocations.startDate, today), or(isNull(allocations.endDate), gte(allocations.endDate, since)), childInScope(actor))),
    /** A team's active case-holding staff with their employment facts (none recorded: FTE 1, permanent). */
    teamStaff: (teamId: string) =>
      db
        .select({ id: users.id, displayName: users.displayName, fte: staffProfiles.fte, employment: staffProfiles.employment, asye: staffProfiles.asye, awayFrom: staffProfiles.awayFrom, awayUntil: staffProfiles.awayUntil })
        .from(users)
        .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
        .where(and(eq(users.teamId, teamId), eq(users.active, true), caseHolding, isNull(staffProfiles.leftOn)))
        .orderBy(asc(users.displayName)),
    /** Live allocations of these workers, with the open records that give each child's case type. */
    liveCases: (workerIds: string[]) =>
      workerIds.length === 0
        ? Promise.resolve([])
        : db
            .select({
              workerId: allocations.workerId,
              childId: allocations.childId,
              openCpPlan: sql<boolean>`exists (select 1 from cp_plans p where p.child_id = ${allocations.childId} and p.end_date is null)`,
              openCinEpisode: sql<boolean>`exists (select 1 from cin_episodes e where e.child_id = ${allocations.childId} and e.end_date is null)`,
              inCare: sql<boolean>`exists (select 1 from care_periods cp where cp.child_id = ${allocations.childId} and cp.ended_on is null)`,
              careLeaver: sql<boolean>`exists (select 1 from care_leavers cl where cl.child_id = ${allocations.childId})`,
            })
            .from(allocations)
            .where(and(isNull(allocations.endDate), inArray(allocations.workerId, workerIds))),
    weights: () => db.select().from(caseloadWeights),
    establishment: async (teamId: string) => (await db.select().from(teamEstablishments).where(eq(teamEstablishments.teamId, teamId)))[0],
  }
}
