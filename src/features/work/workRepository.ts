import { and, asc, eq, gte, isNull, sql, type SQL } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { allocations, children, cinEpisodes, contacts, referrals, users } from '../../db/schema/index.js'

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
    /** Open referrals held by a live allocation: each carries the 45-working-day assessment clock. */
    allocatedReferrals(actor: Actor, f: WorkFilter, since: string) {
      const who: SQL[] = []
      if (f.workerId) who.push(eq(allocations.workerId, f.workerId))
      if (f.teamId) who.push(eq(allocations.teamId, f.teamId))
      if (f.childId) who.push(eq(allocations.childId, f.childId))
      return db
        .select({ referral: referrals, workerName: users.displayName, ...childListColumns(actor) })
        .from(allocations)
        .innerJoin(cinEpisodes, and(eq(cinEpisodes.childId, allocations.childId), isNull(cinEpisodes.endDate)))
        .innerJoin(referrals, eq(referrals.cinEpisodeId, cinEpisodes.id))
        .innerJoin(children, eq(children.id, allocations.childId))
        .innerJoin(users, eq(users.id, allocations.workerId))
        .where(and(isNull(allocations.endDate), gte(referrals.referralDate, since), childInScope(actor), ...who))
        .orderBy(asc(referrals.referralDate))
        .limit(500)
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
