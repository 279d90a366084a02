import { eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { users } from '../../db/schema/index.js'

export type UserRow = typeof users.$inferSelect

export function usersRepository(db: Executor) {
  return {
    async byEmail(email: string): Promise<UserRow | undefined> {
      const rows = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      return rows[0]
    },
    async byId(id: string): Promise<UserRow | undefined> {
      const rows = await db.select().from(users).where(eq(users.id, id))
      return rows[0]
    },
    async recordFailure(id: string, lockedUntil: Date | null): Promise<void> {
      await db.update(users).set({ failedSignIns: sql`${users.failedSignIns} + 1`, lockedUntil }).where(eq(users.id, id))
    },
    async recordSuccess(id: string): Promise<void> {
      await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id))
    },
  }
}
