import { and, asc, desc, eq, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { exploitationScreenings, missingEpisodes, returnInterviews } from '../../db/schema/index.js'

export type EpisodeRow = typeof missingEpisodes.$inferSelect
export type InterviewRow = typeof returnInterviews.$inferSelect
export type ScreeningRow = typeof exploitationScreenings.$inferSelect

const bumped = <T extends { version: unknown }>(t: T) => sql`${t.version} + 1`

/** Missing episodes, return interviews and screenings. Scope is checked by the service. */
export function missingRepository(db: Executor) {
  return {
    episode: async (id: string) => (await db.select().from(missingEpisodes).where(eq(missingEpisodes.id, id)))[0],
    insertEpisode: async (v: typeof missingEpisodes.$inferInsert) => (await db.insert(missingEpisodes).values(v).returning())[0]!,
    updateEpisode: async (id: string, version: number, v: Partial<typeof missingEpisodes.$inferInsert>) =>
      (await db.update(missingEpisodes).set({ ...v, version: bumped(missingEpisodes) }).where(and(eq(missingEpisodes.id, id), eq(missingEpisodes.version, version))).returning())[0],

    /** Another episode of the child whose time overlaps [start, end); an open episode runs on for ever. */
    overlapping: async (childId: string, start: Date, end: Date | null, exceptId?: string) =>
      (
        await db
          .select()
          .from(missingEpisodes)
          .where(
            and(
              eq(missingEpisodes.childId, childId),
              exceptId ? ne(missingEpisodes.id, exceptId) : undefined,
              sql`${missingEpisodes.startedAt} < coalesce(${end?.toISOString() ?? null}::timestamptz, 'infinity'::timestamptz)`,
              sql`coalesce(${missingEpisodes.endedAt}, 'infinity'::timestamptz) > ${start.toISOString()}::timestamptz`,
            ),
          )
          .limit(1)
      )[0],

    forChild: (childId: string) =>
      db.select({ episode: missingEpisodes, interview: returnInterviews }).from(missingEpisodes).leftJoin(returnInterviews, eq(returnInterviews.missingEpisodeId, missingEpisodes.id)).where(eq(missingEpisodes.childId, childId)).orderBy(desc(missingEpisodes.startedAt)),

    interviewFor: async (episodeId: string) => (await db.select().from(returnInterviews).where(eq(returnInterviews.missingEpisodeId, episodeId)))[0],
    insertInterview: async (v: typeof returnInterviews.$inferInsert) => (await db.insert(returnInterviews).values(v).returning())[0]!,
    updateInterview: async (id: string, version: number, v: Partial<typeof returnInterviews.$inferInsert>) =>
      (await db.update(returnInterviews).set({ ...v, version: bumped(returnInterviews) }).where(and(eq(returnInterviews.id, id), eq(returnInterviews.version, version))).returning())[0],

    screenings: (childId: string) => db.select().from(exploitationScreenings).where(eq(exploitationScreenings.childId, childId)).orderBy(desc(exploitationScreenings.screenedOn), asc(exploitationScreenings.createdAt)),
    insertScreening: async (v: typeof exploitationScreenings.$inferInsert) => (await db.insert(exploitationScreenings).values(v).returning())[0]!,
  }
}
