import { and, asc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { teams, users } from '../../db/schema/index.js'

export type UserRow = typeof users.$inferSelect
export type TeamRow = typeof teams.$inferSelect
export type UserWithTeam = UserRow & { teamName: string | null }

// The columns an admin may see: the password hash never leaves the repository.
const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  teamId: users.teamId,
  active: users.active,
  isDemo: users.isDemo,
  failedSignIns: users.failedSignIns,
  lockedUntil: users.lockedUntil,
  version: users.version,
  createdAt: users.createdAt,
  teamName: teams.name,
}
export type UserView = Omit<UserWithTeam, 'passwordHash'>

export function adminRepository(db: Executor) {
  return {
    listUsers: (): Promise<UserView[]> =>
      db.select(userColumns).from(users).leftJoin(teams, eq(teams.id, users.teamId)).orderBy(asc(users.displayName), asc(users.id)),

    async userById(id: string): Promise<UserView | undefined> {
      const rows = await db.select(userColumns).from(users).leftJoin(teams, eq(teams.id, users.teamId)).where(eq(users.id, id))
      return rows[0]
    },

    async emailTaken(email: string): Promise<boolean> {
      const rows = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      return rows.length > 0
    },

    async insertUser(values: typeof users.$inferInsert): Promise<UserRow> {
      const [row] = await db.insert(users).values(values).returning()
      return row!
    },

    /** Optimistic concurrency: the update lands only on the version the admin saw. */
    async updateUserIfVersion(id: string, version: number, values: Partial<typeof users.$inferInsert>): Promise<UserRow | undefined> {
      const [row] = await db
        .update(users)
        .set({ ...values, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, id), eq(users.version, version)))
        .returning()
      return row
    },

    listTeams: () => db.select().from(teams).orderBy(asc(teams.name)),

    /**
     * Teams with active members and live allocations (no end date), counted in one query. The outer
     * column is written as teams.id: drizzle would render ${teams.id} unqualified, which the subquery
     * would read as its own id column.
     */
    teamsWithCounts: () =>
      db
        .select({
          team: teams,
          members: sql<number>`(select count(*)::int from users u where u.team_id = teams.id and u.active)`,
          liveAllocations: sql<number>`(select count(*)::int from allocations a where a.team_id = teams.id and a.end_date is null)`,
        })
        .from(teams)
        .orderBy(asc(teams.name)),

    async teamExists(id: string): Promise<boolean> {
      const rows = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, id))
      return rows.length > 0
    },

    async teamNameTaken(name: string): Promise<boolean> {
      const rows = await db.select({ id: teams.id }).from(teams).where(eq(sql`lower(${teams.name})`, name.toLowerCase()))
      return rows.length > 0
    },

    async insertTeam(values: typeof teams.$inferInsert): Promise<TeamRow> {
      const [row] = await db.insert(teams).values(values).returning()
      return row!
    },
  }
}
