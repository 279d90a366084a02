import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { cinClosureRequests } from '../../db/schema/index.js'

export type ClosureRequestRow = typeof cinClosureRequests.$inferSelect

const first = <T>(rows: T[]): T | undefined => rows[0]

/** Requests to close a CIN episode and the manager's decisions on them. Scope is checked by the service. */
export function closureRepository(db: Executor) {
  return {
    request: async (id: string) => first(await db.select().from(cinClosureRequests).where(eq(cinClosureRequests.id, id))),
    pendingFor: async (cinEpisodeId: string) => first(await db.select().from(cinClosureRequests).where(and(eq(cinClosureRequests.cinEpisodeId, cinEpisodeId), isNull(cinClosureRequests.decision)))),
    forChild: (childId: string) => db.select().from(cinClosureRequests).where(eq(cinClosureRequests.childId, childId)).orderBy(desc(cinClosureRequests.requestedAt)),
    insert: async (v: typeof cinClosureRequests.$inferInsert) => (await db.insert(cinClosureRequests).values(v).returning())[0]!,
    /** Decides a pending request at the version the manager saw; undefined when it changed meanwhile. */
    decide: async (id: string, version: number, v: Pick<typeof cinClosureRequests.$inferInsert, 'decision' | 'decidedBy' | 'decidedAt' | 'sendBackReason'>) =>
      first(
        await db
          .update(cinClosureRequests)
          .set({ ...v, version: sql`${cinClosureRequests.version} + 1` })
          .where(and(eq(cinClosureRequests.id, id), eq(cinClosureRequests.version, version), isNull(cinClosureRequests.decision)))
          .returning(),
      ),
  }
}
