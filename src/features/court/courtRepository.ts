import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import {
  careProceedings,
  cinEpisodes,
  courtHearings,
  preProceedings,
  preProceedingsMeetings,
} from '../../db/schema/index.js'

export type PreProceedingsRow = typeof preProceedings.$inferSelect
export type CareProceedingsRow = typeof careProceedings.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]
const bump = <T extends { version: unknown }>(t: T) => ({ version: sql`${t.version} + 1` })

/** Pre-proceedings, care proceedings and their meetings and hearings. Scope is checked by the services. */
export function courtRepository(db: Executor) {
  return {
    openEpisode: async (childId: string) =>
      first(
        await db
          .select()
          .from(cinEpisodes)
          .where(and(eq(cinEpisodes.childId, childId), isNull(cinEpisodes.endDate))),
      ),

    preProceedings: async (id: string) =>
      first(await db.select().from(preProceedings).where(eq(preProceedings.id, id))),
    openPreProceedings: async (childId: string) =>
      first(
        await db
          .select()
          .from(preProceedings)
          .where(and(eq(preProceedings.childId, childId), isNull(preProceedings.endDate))),
      ),
    insertPreProceedings: async (v: typeof preProceedings.$inferInsert) =>
      (await db.insert(preProceedings).values(v).returning())[0]!,
    updatePreProceedings: async (
      id: string,
      version: number,
      v: Partial<typeof preProceedings.$inferInsert>,
    ) =>
      first(
        await db
          .update(preProceedings)
          .set({ ...v, ...bump(preProceedings) })
          .where(and(eq(preProceedings.id, id), eq(preProceedings.version, version)))
          .returning(),
      ),
    meetings: (ppId: string) =>
      db
        .select()
        .from(preProceedingsMeetings)
        .where(eq(preProceedingsMeetings.preProceedingsId, ppId))
        .orderBy(asc(preProceedingsMeetings.heldOn), asc(preProceedingsMeetings.createdAt)),
    insertMeeting: async (v: typeof preProceedingsMeetings.$inferInsert) =>
      (await db.insert(preProceedingsMeetings).values(v).returning())[0]!,

    proceedings: async (id: string) =>
      first(await db.select().from(careProceedings).where(eq(careProceedings.id, id))),
    openProceedings: async (childId: string) =>
      first(
        await db
          .select()
          .from(careProceedings)
          .where(and(eq(careProceedings.childId, childId), isNull(careProceedings.finalOrderOn))),
      ),
    proceedingsFrom: async (ppId: string) =>
      first(await db.select().from(careProceedings).where(eq(careProceedings.preProceedingsId, ppId))),
    insertProceedings: async (v: typeof careProceedings.$inferInsert) =>
      (await db.insert(careProceedings).values(v).returning())[0]!,
    updateProceedings: async (id: string, version: number, v: Partial<typeof careProceedings.$inferInsert>) =>
      first(
        await db
          .update(careProceedings)
          .set({ ...v, ...bump(careProceedings) })
          .where(
            and(
              eq(careProceedings.id, id),
              eq(careProceedings.version, version),
              isNull(careProceedings.finalOrderOn),
            ),
          )
          .returning(),
      ),
    hearings: (cpId: string) =>
      db
        .select()
        .from(courtHearings)
        .where(eq(courtHearings.careProceedingsId, cpId))
        .orderBy(asc(courtHearings.heldOn), asc(courtHearings.createdAt)),
    insertHearing: async (v: typeof courtHearings.$inferInsert) =>
      (await db.insert(courtHearings).values(v).returning())[0]!,

    /** The child's pre-proceedings and proceedings, newest first. */
    async forChild(childId: string) {
      const pp = await db
        .select()
        .from(preProceedings)
        .where(eq(preProceedings.childId, childId))
        .orderBy(desc(preProceedings.startDate))
      const cp = await db
        .select()
        .from(careProceedings)
        .where(eq(careProceedings.childId, childId))
        .orderBy(desc(careProceedings.issuedOn))
      return { preProceedings: pp, careProceedings: cp }
    },
  }
}

export type CourtRepository = ReturnType<typeof courtRepository>
