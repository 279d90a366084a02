import { and, asc, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { allocations, children, cinEpisodes, contacts, referrals, teams, users } from '../../db/schema/index.js'

export type ContactRow = typeof contacts.$inferSelect
export type ReferralRow = typeof referrals.$inferSelect

export function frontDoorRepository(db: Executor) {
  return {
    async contactForActor(actor: Actor, id: string) {
      const rows = await db
        .select({ contact: contacts, ...childListColumns(actor), screenerName: users.displayName })
        .from(contacts)
        .innerJoin(children, eq(children.id, contacts.childId))
        .innerJoin(users, eq(users.id, contacts.screeningWorkerId))
        .where(and(eq(contacts.id, id), childInScope(actor)))
      return rows[0]
    },
    async insertContact(values: typeof contacts.$inferInsert) {
      const [row] = await db.insert(contacts).values(values).returning()
      return row!
    },
    async updateContactIfVersion(id: string, version: number, values: Partial<typeof contacts.$inferInsert>) {
      const [row] = await db
        .update(contacts)
        .set({ ...values, version: sql`${contacts.version} + 1` })
        .where(and(eq(contacts.id, id), eq(contacts.version, version)))
        .returning()
      return row
    },
    /** Contacts awaiting a decision, oldest deadline first: the front-door queue. */
    openContacts: (actor: Actor, limit = 200) =>
      db
        .select({ contact: contacts, ...childListColumns(actor), screenerName: users.displayName })
        .from(contacts)
        .innerJoin(children, eq(children.id, contacts.childId))
        .innerJoin(users, eq(users.id, contacts.screeningWorkerId))
        .where(and(isNull(contacts.decision), childInScope(actor)))
        .orderBy(asc(contacts.decisionDueOn), asc(contacts.receivedAt))
        .limit(limit),
    /** Decided contacts still waiting for a manager's oversight. */
    awaitingOversight: (actor: Actor, limit = 100) =>
      db
        .select({ contact: contacts, ...childListColumns(actor), screenerName: users.displayName })
        .from(contacts)
        .innerJoin(children, eq(children.id, contacts.childId))
        .innerJoin(users, eq(users.id, contacts.screeningWorkerId))
        .where(and(sql`${contacts.decision} is not null`, isNull(contacts.oversightAt), childInScope(actor)))
        .orderBy(desc(contacts.decidedAt))
        .limit(limit),
    /** Referrals whose child has no live allocation: the allocation queue. */
    unallocatedReferrals: (actor: Actor, limit = 200) =>
      db
        .select({ referral: referrals, ...childListColumns(actor) })
        .from(referrals)
        .innerJoin(children, eq(children.id, referrals.childId))
        .innerJoin(cinEpisodes, eq(cinEpisodes.id, referrals.cinEpisodeId))
        .where(
          and(
            isNull(cinEpisodes.endDate),
            sql`not exists (select 1 from allocations a where a.child_id = ${referrals.childId} and a.end_date is null)`,
            childInScope(actor),
          ),
        )
        .orderBy(asc(referrals.referralDate))
        .limit(limit),
    contactsForChild: (childId: string) => db.select().from(contacts).where(eq(contacts.childId, childId)).orderBy(desc(contacts.receivedAt)),
    referralsForChild: (childId: string) => db.select().from(referrals).where(eq(referrals.childId, childId)).orderBy(desc(referrals.referralDate)),
    async referralForActor(actor: Actor, id: string) {
      const rows = await db
        .select({ referral: referrals, ...childListColumns(actor), episodeEnd: cinEpisodes.endDate })
        .from(referrals)
        .innerJoin(children, eq(children.id, referrals.childId))
        .innerJoin(cinEpisodes, eq(cinEpisodes.id, referrals.cinEpisodeId))
        .where(and(eq(referrals.id, id), childInScope(actor)))
      return rows[0]
    },
    async openEpisode(childId: string) {
      const rows = await db.select().from(cinEpisodes).where(and(eq(cinEpisodes.childId, childId), isNull(cinEpisodes.endDate)))
      return rows[0]
    },
    async insertEpisode(values: typeof cinEpisodes.$inferInsert) {
      const [row] = await db.insert(cinEpisodes).values(values).returning()
      return row!
    },
    /** DfE CIN census: a re-referral is a referral within 12 months of a previous referral. */
    async hasReferralSince(childId: string, since: string, upTo: string) {
      const rows = await db
        .select({ id: referrals.id })
        .from(referrals)
        .where(and(eq(referrals.childId, childId), gte(referrals.referralDate, since), lte(referrals.referralDate, upTo)))
        .limit(1)
      return rows.length > 0
    },
    async insertReferral(values: typeof referrals.$inferInsert) {
      const [row] = await db.insert(referrals).values(values).returning()
      return row!
    },
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
    /** Workers a referral can be allocated to: active case-holding staff outside the front door. */
    allocatableWorkers: (teamId: string | null) =>
      db
        .select({ id: users.id, displayName: users.displayName, teamId: users.teamId, teamName: teams.name, role: users.role })
        .from(users)
        .innerJoin(teams, eq(teams.id, users.teamId))
        .where(and(eq(users.active, true), sql`${users.role} in ('social_worker', 'team_manager', 'personal_adviser')`, teamId ? eq(users.teamId, teamId) : undefined))
        .orderBy(asc(teams.name), asc(users.displayName)),
    async worker(id: string) {
      const rows = await db.select().from(users).where(and(eq(users.id, id), eq(users.active, true)))
      return rows[0]
    },
  }
}
