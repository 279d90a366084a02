import { and, asc, gte, inArray, isNull, ne, or, eq, sql, type SQL } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/executor.js'
import { allocations, assessments, careProceedings, children, cinClosureRequests, cinEpisodes, contacts, coreGroupMeetings, cpConferences, cpPlans, planReviews, plans, preProceedings, referrals, s47Enquiries, stepDowns, strategyDiscussions, users, visits } from '../../db/schema/index.js'

/** Whose work: one worker, a whole team, or one child. */
export type WorkFilter = { workerId?: string; teamId?: string; childId?: string }

export function workRepository(db: Executor) {
  return {
    /** Contacts waiting for a decision, by their screening worker. */
    openContacts(actor: Actor, f: WorkFilter) {
      const who: SQL[] = []
      if (f.workerId) who.push(eq(contacts.screeningWorkerId, f.workerId))
      if (f.teamId) who.push(eq(users.teamId, f.teamId))
      if (f.childId) who.push(eq(contacts.childId, f.childId))
      return db
        .select({ contact: contacts, workerName: users.displayName, ...childListColumns(actor) })
        .from(contacts)
        .innerJoin(children, eq(children.id, contacts.childId))
        .innerJoin(users, eq(users.id, contacts.screeningWorkerId))
        .where(and(isNull(contacts.decision), childInScope(actor), ...who))
        .orderBy(asc(contacts.decisionDueOn))
        .limit(500)
    },
    /**
     * Open referrals held by a live allocation: each carries the 45-working-day assessment clock,
     * which stops when the assessment is authorised. A referral with no assessment record yet is
     * shown only within `since`, so long-open cases from before assessments were recorded do not flood the list.
     */
    allocatedReferrals(actor: Actor, f: WorkFilter, since: string) {
      const who = byAllocation(f)
      return db
        .select({ referral: referrals, workerName: users.displayName, ...childListColumns(actor) })
        .from(allocations)
        .innerJoin(cinEpisodes, and(eq(cinEpisodes.childId, allocations.childId), isNull(cinEpisodes.endDate)))
        .innerJoin(referrals, eq(referrals.cinEpisodeId, cinEpisodes.id))
        .innerJoin(children, eq(children.id, allocations.childId))
        .innerJoin(users, eq(users.id, allocations.workerId))
        .where(
          and(
            isNull(allocations.endDate),
            or(gte(referrals.referralDate, since), sql`exists (select 1 from assessments x where x.referral_id = ${referrals.id})`),
            sql`not exists (select 1 from assessments x where x.referral_id = ${referrals.id} and x.authorised_on is not null)`,
            childInScope(actor),
            ...who,
          ),
        )
        .orderBy(asc(referrals.referralDate))
        .limit(500)
    },
    /** s47 enquiries that substantiated concerns with no ICPC yet and no authorised decision not to convene. */
    icpcDue(actor: Actor, f: WorkFilter) {
      return db
        .select({ s47: s47Enquiries, heldOn: strategyDiscussions.heldOn, workerName: users.displayName, ...childListColumns(actor) })
        .from(s47Enquiries)
        .innerJoin(strategyDiscussions, eq(strategyDiscussions.id, s47Enquiries.strategyDiscussionId))
        .innerJoin(children, eq(children.id, s47Enquiries.childId))
        .innerJoin(allocations, and(eq(allocations.childId, s47Enquiries.childId), isNull(allocations.endDate)))
        .innerJoin(users, eq(users.id, allocations.workerId))
        .where(
          and(
            eq(s47Enquiries.outcome, 'SUBSTANTIATED'),
            isNull(s47Enquiries.notConvenedAuthorisedAt),
            sql`not exists (select 1 from cp_conferences c where c.s47_enquiry_id = ${s47Enquiries.id} and c.kind = 'ICPC')`,
            childInScope(actor),
            ...byAllocation(f),
          ),
        )
        .limit(500)
    },
    /** Decisions waiting for a manager: assessments with an outcome, requests not to convene an ICPC, step-downs and closures. */
    async awaitingAuthorisation(actor: Actor) {
      const [a, s] = await Promise.all([
        db.select({ assessment: assessments, ...childListColumns(actor) }).from(assessments).innerJoin(children, eq(children.id, assessments.childId))
          .where(and(sql`${assessments.outcome} is not null`, isNull(assessments.authorisedOn), childInScope(actor))).limit(200),
        db.select({ s47: s47Enquiries, ...childListColumns(actor) }).from(s47Enquiries).innerJoin(children, eq(children.id, s47Enquiries.childId))
          .where(and(sql`${s47Enquiries.notConvenedReason} is not null`, isNull(s47Enquiries.notConvenedAuthorisedAt), childInScope(actor))).limit(200),
      ])
      const d = await db.select({ stepDown: stepDowns, ...childListColumns(actor) }).from(stepDowns).innerJoin(children, eq(children.id, stepDowns.childId)).where(and(isNull(stepDowns.decision), childInScope(actor))).limit(200)
      const c = await db.select({ closure: cinClosureRequests, ...childListColumns(actor) }).from(cinClosureRequests).innerJoin(children, eq(children.id, cinClosureRequests.childId)).where(and(isNull(cinClosureRequests.decision), childInScope(actor))).limit(200)
      return { assessments: a, notConvened: s, stepDowns: d, closures: c }
    },
    /**
     * Open CP and CIN plans held by a live allocation, with the visits (child seen) and reviews that
     * restart their repeating clocks (Working Together 2023 ch.2; local visit standards).
     */
    async openPlans(actor: Actor, f: WorkFilter) {
      const cp = await db.select({ plan: { id: cpPlans.id, startDate: cpPlans.startDate }, workerName: users.displayName, ...childListColumns(actor) }).from(cpPlans).innerJoin(children, eq(children.id, cpPlans.childId))
        .innerJoin(allocations, liveAllocation(cpPlans.childId)).innerJoin(users, eq(users.id, allocations.workerId)).where(and(isNull(cpPlans.endDate), childInScope(actor), ...byAllocation(f))).limit(500)
      const cin = await db.select({ plan: { id: plans.id, startDate: plans.startDate }, workerName: users.displayName, ...childListColumns(actor) }).from(plans).innerJoin(children, eq(children.id, plans.childId))
        .innerJoin(allocations, liveAllocation(plans.childId)).innerJoin(users, eq(users.id, allocations.workerId)).where(and(eq(plans.kind, 'CIN'), isNull(plans.endDate), childInScope(actor), ...byAllocation(f))).limit(500)
      const childIds = [...new Set([...cp, ...cin].map((r) => r.childId))]
      const seen = childIds.length ? await db.select({ childId: visits.childId, visitedOn: visits.visitedOn }).from(visits).where(and(inArray(visits.childId, childIds), eq(visits.childSeen, true), ne(visits.kind, 'CLA'))) : []
      const reviews = cin.length ? await db.select({ planId: planReviews.planId, reviewedOn: planReviews.reviewedOn }).from(planReviews).where(inArray(planReviews.planId, cin.map((r) => r.plan.id))) : []
      // Core groups and review conferences restart the CP plan's own clocks (Working Together 2023 ch.2).
      const coreGroups = cp.length ? await db.select({ planId: coreGroupMeetings.cpPlanId, heldOn: coreGroupMeetings.heldOn }).from(coreGroupMeetings).where(inArray(coreGroupMeetings.cpPlanId, cp.map((r) => r.plan.id))) : []
      const rcpcs = cp.length ? await db.select({ childId: cpConferences.childId, heldOn: cpConferences.heldOn }).from(cpConferences).where(and(inArray(cpConferences.childId, cp.map((r) => r.childId)), eq(cpConferences.kind, 'RCPC'))) : []
      return { cp, cin, seen, reviews, coreGroups, rcpcs }
    },
    /** Open pre-proceedings and care proceedings held by a live allocation, for their court clocks. */
    async openCourt(actor: Actor, f: WorkFilter) {
      const pp = await db.select({ record: { id: preProceedings.id, startDate: preProceedings.startDate }, workerName: users.displayName, ...childListColumns(actor) }).from(preProceedings).innerJoin(children, eq(children.id, preProceedings.childId))
        .innerJoin(allocations, liveAllocation(preProceedings.childId)).innerJoin(users, eq(users.id, allocations.workerId)).where(and(isNull(preProceedings.endDate), childInScope(actor), ...byAllocation(f))).limit(500)
      const cp = await db.select({ record: { id: careProceedings.id, issuedOn: careProceedings.issuedOn, extensionWeeks: careProceedings.extensionWeeks }, workerName: users.displayName, ...childListColumns(actor) }).from(careProceedings).innerJoin(children, eq(children.id, careProceedings.childId))
        .innerJoin(allocations, liveAllocation(careProceedings.childId)).innerJoin(users, eq(users.id, allocations.workerId)).where(and(isNull(careProceedings.finalOrderOn), childInScope(actor), ...byAllocation(f))).limit(500)
      return { pp, cp }
    },
    /** Referrals waiting for a named worker (team managers clear this queue). */
    unallocatedReferrals(actor: Actor) {
      return db
        .select({ referral: referrals, ...childListColumns(actor) })
        .from(referrals)
        .innerJoin(cinEpisodes, eq(cinEpisodes.id, referrals.cinEpisodeId))
        .innerJoin(children, eq(children.id, referrals.childId))
        .where(and(isNull(cinEpisodes.endDate), sql`not exists (select 1 from allocations a where a.child_id = ${referrals.childId} and a.end_date is null)`, childInScope(actor)))
        .orderBy(asc(referrals.referralDate))
        .limit(200)
    },
  }
}

export const liveAllocation = (childId: AnyPgColumn) => and(eq(allocations.childId, childId), isNull(allocations.endDate))

export function byAllocation(f: WorkFilter): SQL[] {
  const who: SQL[] = []
  if (f.workerId) who.push(eq(allocations.workerId, f.workerId))
  if (f.teamId) who.push(eq(allocations.teamId, f.teamId))
  if (f.childId) who.push(eq(allocations.childId, f.childId))
  return who
}
