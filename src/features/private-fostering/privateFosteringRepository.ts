import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import { childInScope, childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { children, privateFosteringArrangements as arrangements, privateFosteringVisits as visits } from '../../db/schema/index.js'

export type ArrangementRow = typeof arrangements.$inferSelect
export type PfVisitRow = typeof visits.$inferSelect

/** Private fostering arrangements and visits. Scope is checked by the service (or childInScope in the list). */
export function privateFosteringRepository(db: Executor) {
  return {
    arrangement: async (id: string) => (await db.select().from(arrangements).where(eq(arrangements.id, id)))[0],
    forChild: (childId: string) => db.select().from(arrangements).where(eq(arrangements.childId, childId)).orderBy(desc(arrangements.notifiedOn)),
    visitsForChild: (childId: string) => db.select().from(visits).where(eq(visits.childId, childId)).orderBy(asc(visits.visitedOn)),
    insert: async (v: typeof arrangements.$inferInsert) => (await db.insert(arrangements).values(v).returning())[0]!,
    update: async (id: string, version: number, v: Partial<typeof arrangements.$inferInsert>) =>
      (await db.update(arrangements).set({ ...v, version: sql`${arrangements.version} + 1` }).where(and(eq(arrangements.id, id), eq(arrangements.version, version))).returning())[0],
    insertVisit: async (v: typeof visits.$inferInsert) => (await db.insert(visits).values(v).returning())[0]!,
    latestVisit: async (arrangementId: string) => (await db.select().from(visits).where(eq(visits.arrangementId, arrangementId)).orderBy(desc(visits.visitedOn)).limit(1))[0],

    /** Every current arrangement in the actor's scope, with its visits, in one query. */
    current: (actor: Actor) =>
      db
        .select({
          ...childListColumns(actor), arrangementId: arrangements.id, notifiedOn: arrangements.notifiedOn, startedOn: arrangements.startedOn, carerName: arrangements.carerName, assessedOn: arrangements.assessedOn,
          visits: sql<{ on: string; alone: boolean }[]>`coalesce((select json_agg(json_build_object('on', v.visited_on, 'alone', v.seen_alone) order by v.visited_on) from private_fostering_visits v where v.arrangement_id = ${arrangements.id}), '[]'::json)`,
        })
        .from(arrangements)
        .innerJoin(children, eq(children.id, arrangements.childId))
        .where(and(isNull(arrangements.endedOn), childInScope(actor)))
        .orderBy(asc(children.lastName), asc(children.firstName), asc(arrangements.notifiedOn)),
  }
}
