import type { Actor } from '../../access/actor.js'
import { scopeOfRole, type Role } from '../../access/roles.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction, type Executor } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { conflict, notFound, validationFailed, type FieldErrors } from '../../errors.js'
import { hashPassword } from '../auth/passwords.js'
import { adminRepository, type UserRow, type UserView } from './adminRepository.js'
import type { NewTeam, NewUser, UserChanges } from './adminSchemas.js'

/** Audit rows never carry the hash, even though diff() also drops it: two locks, not one. */
function auditable(u: UserRow | UserView): Record<string, unknown> {
  const { passwordHash: _hash, teamName: _team, ...rest } = u as UserRow & { teamName?: unknown }
  return rest
}

/** PostgreSQL's unique_violation, whether the driver or drizzle's wrapper raised it. */
function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } } | null
  return err?.code === '23505' || err?.cause?.code === '23505'
}

export function adminService(db: AppDb, clock: Clock) {
  const repo = (ex: Executor = db) => adminRepository(ex)

  /**
   * Rules a form schema cannot see: the team must exist, a team-scoped role needs a team (otherwise
   * the worker sees no children at all), and an admin cannot lock themselves out of administration.
   */
  async function checkUserRules(ex: Executor, actor: Actor, userId: string | null, c: { role: Role; teamId: string | null; active?: boolean }) {
    const errors: FieldErrors = {}
    if (c.teamId && !(await repo(ex).teamExists(c.teamId))) errors.teamId = 'Select a team from the list'
    else if (!c.teamId && scopeOfRole(c.role) === 'team')
      errors.teamId = 'Select a team: this role sees the children allocated to its team'
    if (userId === actor.id && c.role !== 'admin') errors.role = 'You cannot remove your own administrator role'
    if (userId === actor.id && c.active === false) errors.active = 'You cannot deactivate your own account'
    if (Object.keys(errors).length) throw validationFailed(errors)
  }

  return {
    isLocked: (u: Pick<UserRow, 'lockedUntil'>) => !!u.lockedUntil && u.lockedUntil > clock.now(),

    listUsers: () => repo().listUsers(),
    listTeams: () => repo().listTeams(),
    teamsWithCounts: () => repo().teamsWithCounts(),

    async user(id: string): Promise<UserView> {
      const user = await repo().userById(id)
      if (!user) throw notFound('User')
      return user
    },

    async createUser(actor: Actor, input: NewUser): Promise<UserRow> {
      // Hash outside the transaction: argon2 is deliberately slow and must not hold a connection.
      const passwordHash = await hashPassword(input.password)
      try {
        return await withTransaction(db, async (tx) => {
          if (await repo(tx).emailTaken(input.email)) throw validationFailed({ email: 'A user with this email address already exists' })
          await checkUserRules(tx, actor, null, input)
          const user = await repo(tx).insertUser({ displayName: input.displayName, email: input.email, role: input.role, teamId: input.teamId, passwordHash })
          await recordWrite(tx, actor, { action: 'user.create', entityType: 'user', entityId: user.id, after: auditable(user) })
          return user
        })
      } catch (e) {
        // Two admins adding the same email at once: the unique index decides, the form explains.
        if (isUniqueViolation(e)) throw validationFailed({ email: 'A user with this email address already exists' })
        throw e
      }
    },

    /** A stale version is a 409 carrying the saved user; nothing is overwritten. */
    async updateUser(actor: Actor, id: string, version: number, changes: UserChanges): Promise<UserRow> {
      return withTransaction(db, async (tx) => {
        const before = await repo(tx).userById(id)
        if (!before) throw notFound('User')
        if (before.version !== version)
          throw conflict('Someone else changed this user since you opened the page. Nothing was saved.', { current: before, yours: changes })
        await checkUserRules(tx, actor, id, changes)
        const unlock = changes.unlock ? { failedSignIns: 0, lockedUntil: null } : {}
        const after = await repo(tx).updateUserIfVersion(id, version, { role: changes.role, teamId: changes.teamId, active: changes.active, ...unlock })
        if (!after) throw conflict('Someone else changed this user since you opened the page. Nothing was saved.', { current: before, yours: changes })
        await recordWrite(tx, actor, { action: 'user.update', entityType: 'user', entityId: id, before: auditable(before), after: auditable(after) })
        return after
      })
    },

    async createTeam(actor: Actor, input: NewTeam) {
      try {
        return await withTransaction(db, async (tx) => {
          if (await repo(tx).teamNameTaken(input.name)) throw validationFailed({ name: 'A team with this name already exists' })
          const team = await repo(tx).insertTeam(input)
          await recordWrite(tx, actor, { action: 'team.create', entityType: 'team', entityId: team.id, after: team })
          return team
        })
      } catch (e) {
        if (isUniqueViolation(e)) throw validationFailed({ name: 'A team with this name already exists' })
        throw e
      }
    },
  }
}

export type AdminService = ReturnType<typeof adminService>
