import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { adopters, adoptionDecisions, adoptions } from '../../db/schema/index.js'

export type AdopterRow = typeof adopters.$inferSelect
export type AdoptionRow = typeof adoptions.$inferSelect
export type DecisionRow = typeof adoptionDecisions.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]

/** Adoption decisions, adoptions and the adopters register. Scope is checked by the service. */
export function adoptionRepository(db: Executor) {
  return {
    decisions: (childId: string) => db.select().from(adoptionDecisions).where(eq(adoptionDecisions.childId, childId)).orderBy(desc(adoptionDecisions.decidedOn), desc(adoptionDecisions.createdAt)),
    insertDecision: async (v: typeof adoptionDecisions.$inferInsert) => (await db.insert(adoptionDecisions).values(v).returning())[0]!,
    reverseDecision: async (id: string, version: number, v: { reversedOn: string; reversalReason: string }) =>
      first(await db.update(adoptionDecisions).set({ ...v, version: sql`${adoptionDecisions.version} + 1` }).where(and(eq(adoptionDecisions.id, id), eq(adoptionDecisions.version, version), isNull(adoptionDecisions.reversedOn))).returning()),

    /** The child's adoption in progress or made: the latest one not ended by a reversal. */
    current: async (childId: string) => first(await db.select().from(adoptions).where(and(eq(adoptions.childId, childId), isNull(adoptions.reversedOn))).orderBy(desc(adoptions.createdAt)).limit(1)),
    insertAdoption: async (v: typeof adoptions.$inferInsert) => (await db.insert(adoptions).values(v).returning())[0]!,
    updateAdoption: async (id: string, version: number, v: Partial<typeof adoptions.$inferInsert>) =>
      first(await db.update(adoptions).set({ ...v, version: sql`${adoptions.version} + 1` }).where(and(eq(adoptions.id, id), eq(adoptions.version, version))).returning()),
    endAdoption: (id: string, reversedOn: string) => db.update(adoptions).set({ reversedOn, version: sql`${adoptions.version} + 1` }).where(eq(adoptions.id, id)),

    adopters: () => db.select().from(adopters).orderBy(asc(adopters.reference)).limit(1000),
    adopter: async (id: string) => first(await db.select().from(adopters).where(eq(adopters.id, id))),
    adopterByRef: async (reference: string) => first(await db.select().from(adopters).where(eq(adopters.reference, reference))),
    insertAdopter: async (v: typeof adopters.$inferInsert) => (await db.insert(adopters).values(v).returning())[0]!,
    updateAdopter: async (id: string, version: number, v: Partial<typeof adopters.$inferInsert>) =>
      first(await db.update(adopters).set({ ...v, version: sql`${adopters.version} + 1` }).where(and(eq(adopters.id, id), eq(adopters.version, version))).returning()),
  }
}
