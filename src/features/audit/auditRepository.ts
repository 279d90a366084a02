import { desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { auditEvents, children, users } from '../../db/schema/index.js'

/** Whose trail is being read: everything that touched one child, or everything one user did. */
export type AuditSubject =
  | { kind: 'child'; childId: string; childRef: string }
  | { kind: 'user'; userId: string; email: string; displayName: string }

export type AuditEventRow = {
  id: number
  at: Date
  actorId: string
  actorName: string | null
  actorRole: string
  kind: string
  action: string
  entityType: string
  entityId: string | null
  childRef: string | null
  changes: unknown
  detail: unknown
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Both predicates sit on an index that leads with the same column: audit_child_idx, audit_actor_idx.
const predicateFor = (s: AuditSubject): SQL => (s.kind === 'child' ? eq(auditEvents.childId, s.childId) : eq(auditEvents.actorId, s.userId))

export function auditRepository(db: Executor) {
  return {
    /** A child by its 10-character child ID or by its UUID; either is what a DPO may have to hand. */
    async childByRefOrId(value: string): Promise<{ id: string; childRef: string } | undefined> {
      const where = uuidPattern.test(value) ? eq(children.id, value.toLowerCase()) : eq(children.childRef, value.toUpperCase())
      const rows = await db.select({ id: children.id, childRef: children.childRef }).from(children).where(where)
      return rows[0]
    },

    async userByEmail(email: string) {
      const rows = await db
        .select({ id: users.id, email: users.email, displayName: users.displayName })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      return rows[0]
    },

    /** Newest first; the id breaks ties between events written in the same transaction. */
    events(subject: AuditSubject, limit: number, offset = 0): Promise<AuditEventRow[]> {
      return db
        .select({
          id: auditEvents.id,
          at: auditEvents.at,
          actorId: auditEvents.actorId,
          // The system actor has no users row, hence the left join.
          actorName: users.displayName,
          actorRole: auditEvents.actorRole,
          kind: auditEvents.kind,
          action: auditEvents.action,
          entityType: auditEvents.entityType,
          entityId: auditEvents.entityId,
          childRef: children.childRef,
          changes: auditEvents.changes,
          detail: auditEvents.detail,
        })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .leftJoin(children, eq(children.id, auditEvents.childId))
        .where(predicateFor(subject))
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(limit)
        .offset(offset)
    },

    async count(subject: AuditSubject): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(predicateFor(subject))
      return row?.n ?? 0
    },
  }
}
