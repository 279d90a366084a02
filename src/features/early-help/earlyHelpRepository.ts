import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { contacts, earlyHelpAssessments } from '../../db/schema/index.js'

export type EarlyHelpRow = typeof earlyHelpAssessments.$inferSelect
type Insert = typeof earlyHelpAssessments.$inferInsert

/** Early help assessments and the contacts they follow. Scope is checked by the service. */
export function earlyHelpRepository(db: Executor) {
  return {
    byId: async (id: string) => (await db.select().from(earlyHelpAssessments).where(eq(earlyHelpAssessments.id, id)))[0],
    forChild: (childId: string) =>
      db.select().from(earlyHelpAssessments).where(eq(earlyHelpAssessments.childId, childId)).orderBy(desc(earlyHelpAssessments.startDate), desc(earlyHelpAssessments.createdAt)),
    insert: async (v: Insert) => (await db.insert(earlyHelpAssessments).values(v).returning())[0]!,
    update: async (id: string, version: number, v: Partial<Insert>) =>
      (
        await db
          .update(earlyHelpAssessments)
          .set({ ...v, version: sql`${earlyHelpAssessments.version} + 1` })
          .where(and(eq(earlyHelpAssessments.id, id), eq(earlyHelpAssessments.version, version)))
          .returning()
      )[0],
    /** The child's contacts decided as early help, newest first: the ones an assessment may follow. */
    earlyHelpContacts: (childId: string) =>
      db.select({ id: contacts.id, receivedAt: contacts.receivedAt }).from(contacts).where(and(eq(contacts.childId, childId), eq(contacts.decision, 'EARLY_HELP'))).orderBy(desc(contacts.receivedAt)),
  }
}
