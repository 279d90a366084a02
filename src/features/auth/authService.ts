import type { Actor } from '../../access/actor.js'
import type { Role } from '../../access/roles.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { randomUUID } from 'node:crypto'
import { hashPassword, verifyPassword } from './passwords.js'
import { usersRepository, type UserRow } from './usersRepository.js'

/** Lock an account after this many failures in a row, for this long (NCSC password guidance). */
export const lockout = { maxFailures: 5, minutes: 15 }

export type SignInResult = { ok: true; actor: Actor } | { ok: false }

export function toActor(user: UserRow): Actor {
  return { id: user.id, role: user.role as Role, teamId: user.teamId, displayName: user.displayName }
}

export function authService(db: AppDb, clock: Clock) {
  const repo = usersRepository(db)
  // Verified against when the account does not exist, so the timing does not reveal it either.
  const decoyHash = hashPassword(randomUUID())
  return {
    /** One answer for every failure, so the message never reveals whether the account exists. */
    async signIn(email: string, password: string): Promise<SignInResult> {
      const user = await repo.byEmail(email)
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash), password)
      if (!user || !user.active) return { ok: false }
      if (user.lockedUntil && user.lockedUntil > clock.now()) return { ok: false }
      if (!passwordOk) {
        const failures = user.failedSignIns + 1
        const lockedUntil = failures >= lockout.maxFailures ? new Date(clock.now().getTime() + lockout.minutes * 60_000) : null
        await repo.recordFailure(user.id, lockedUntil)
        return { ok: false }
      }
      await repo.recordSuccess(user.id)
      const actor = toActor(user)
      await recordAccess(db, actor, { action: 'auth.signIn', entityType: 'user', entityId: user.id })
      return { ok: true, actor }
    },
    async actorById(id: string): Promise<Actor | null> {
      const user = await repo.byId(id)
      return user && user.active ? toActor(user) : null
    },
  }
}
