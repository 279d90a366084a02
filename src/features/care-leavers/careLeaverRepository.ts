import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { careLeaverOutcomes, careLeavers, carePeriods, custodySpells, paAllocations, paContacts, planActions, planReviews, plans, users } from '../../db/schema/index.js'

export type CareLeaverRow = typeof careLeavers.$inferSelect
export type CustodyRow = typeof custodySpells.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]

/** Care leavers, their PA, contacts, OC3 and custody; pathway plans are `plans` rows of kind PATHWAY. Scope is checked by the service. */
export function careLeaverRepository(db: Executor) {
  return {
    careLeaver: async (childId: string) => first(await db.select().from(careLeavers).where(eq(careLeavers.childId, childId))),
    insert: async (v: typeof careLeavers.$inferInsert) => (await db.insert(careLeavers).values(v).returning())[0]!,
    update: async (childId: string, version: number, v: Partial<typeof careLeavers.$inferInsert>) =>
      first(await db.update(careLeavers).set({ ...v, version: sql`${careLeavers.version} + 1` }).where(and(eq(careLeavers.childId, childId), eq(careLeavers.version, version))).returning()),
    /** The earliest start of care, or nothing for a child never looked after. */
    firstCare: async (childId: string) => first(await db.select({ startedOn: carePeriods.startedOn }).from(carePeriods).where(eq(carePeriods.childId, childId)).orderBy(asc(carePeriods.startedOn)).limit(1)),

    livePa: async (childId: string) => first(await db.select({ id: paAllocations.id, paId: paAllocations.paId, startDate: paAllocations.startDate, name: users.displayName }).from(paAllocations).innerJoin(users, eq(users.id, paAllocations.paId)).where(and(eq(paAllocations.childId, childId), isNull(paAllocations.endDate)))),
    endPa: (id: string, endDate: string) => db.update(paAllocations).set({ endDate }).where(and(eq(paAllocations.id, id), isNull(paAllocations.endDate))).returning(),
    insertPa: async (v: typeof paAllocations.$inferInsert) => (await db.insert(paAllocations).values(v).returning())[0]!,
    personalAdvisers: () => db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(eq(users.role, 'personal_adviser'), eq(users.active, true))).orderBy(asc(users.displayName)),

    contacts: (childId: string) => db.select().from(paContacts).where(eq(paContacts.childId, childId)).orderBy(desc(paContacts.contactedOn), desc(paContacts.createdAt)),
    insertContact: async (v: typeof paContacts.$inferInsert) => (await db.insert(paContacts).values(v).returning())[0]!,

    pathwayPlan: async (childId: string) => first(await db.select().from(plans).where(and(eq(plans.childId, childId), eq(plans.kind, 'PATHWAY'), isNull(plans.endDate)))),
    planActions: (planId: string) => db.select().from(planActions).where(eq(planActions.planId, planId)).orderBy(asc(planActions.dueOn)),
    planReviews: (planId: string) => db.select().from(planReviews).where(eq(planReviews.planId, planId)).orderBy(desc(planReviews.reviewedOn)),
    insertPlan: async (v: typeof plans.$inferInsert) => (await db.insert(plans).values(v).returning())[0]!,
    insertAction: async (v: typeof planActions.$inferInsert) => (await db.insert(planActions).values(v).returning())[0]!,
    insertReview: async (v: typeof planReviews.$inferInsert) => (await db.insert(planReviews).values(v).returning())[0]!,

    outcomes: (childId: string) => db.select().from(careLeaverOutcomes).where(eq(careLeaverOutcomes.childId, childId)).orderBy(desc(careLeaverOutcomes.collectionYear)),
    outcomeFor: async (childId: string, year: number) => first(await db.select().from(careLeaverOutcomes).where(and(eq(careLeaverOutcomes.childId, childId), eq(careLeaverOutcomes.collectionYear, year)))),
    insertOutcome: async (v: typeof careLeaverOutcomes.$inferInsert) => (await db.insert(careLeaverOutcomes).values(v).returning())[0]!,

    custody: (childId: string) => db.select().from(custodySpells).where(eq(custodySpells.childId, childId)).orderBy(desc(custodySpells.startedOn)),
    insertCustody: async (v: typeof custodySpells.$inferInsert) => (await db.insert(custodySpells).values(v).returning())[0]!,
    updateCustody: async (id: string, version: number, v: Partial<typeof custodySpells.$inferInsert>) =>
      first(await db.update(custodySpells).set({ ...v, version: sql`${custodySpells.version} + 1` }).where(and(eq(custodySpells.id, id), eq(custodySpells.version, version))).returning()),
  }
}
