import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { caseNotes, users } from '../../db/schema/index.js'

export type CaseNoteRow = typeof caseNotes.$inferSelect

/** Case notes. Scope is checked by the service (children.requireAccessible). */
export function caseNoteRepository(db: Executor) {
  return {
    byId: async (id: string) => (await db.select().from(caseNotes).where(eq(caseNotes.id, id)))[0],
    insert: async (v: typeof caseNotes.$inferInsert) => (await db.insert(caseNotes).values(v).returning())[0]!,
    /** Saves only over the version the user opened; undefined when someone else saved first. */
    update: async (id: string, version: number, v: Partial<typeof caseNotes.$inferInsert>) =>
      (await db.update(caseNotes).set({ ...v, version: sql`${caseNotes.version} + 1` }).where(and(eq(caseNotes.id, id), eq(caseNotes.version, version))).returning())[0],
    forChild: (childId: string) =>
      db.select({ note: caseNotes, authorName: users.displayName }).from(caseNotes).innerJoin(users, eq(users.id, caseNotes.createdBy)).where(eq(caseNotes.childId, childId)).orderBy(desc(caseNotes.occurredAt)),
  }
}
