import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { protectiveOrders } from '../../db/schema/index.js'

export type ProtectiveOrderRow = typeof protectiveOrders.$inferSelect

/** Emergency protection orders and police protection. Scope is checked by the service. */
export function protectiveOrderRepository(db: Executor) {
  return {
    byId: async (id: string) => (await db.select().from(protectiveOrders).where(eq(protectiveOrders.id, id)))[0],
    insert: async (v: typeof protectiveOrders.$inferInsert) => (await db.insert(protectiveOrders).values(v).returning())[0]!,
    update: async (id: string, version: number, v: Partial<typeof protectiveOrders.$inferInsert>) =>
      (await db.update(protectiveOrders).set({ ...v, version: sql`${protectiveOrders.version} + 1` }).where(and(eq(protectiveOrders.id, id), eq(protectiveOrders.version, version))).returning())[0],
    forChild: (childId: string) => db.select().from(protectiveOrders).where(eq(protectiveOrders.childId, childId)).orderBy(desc(protectiveOrders.startedAt)),
  }
}
