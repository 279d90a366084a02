import type { Actor } from '../access/actor.js'
import type { Executor } from '../db/executor.js'
import { auditEvents } from '../db/schema/index.js'
import { diff } from './diff.js'

export type WriteEvent = {
  action: string
  entityType: string
  entityId: string
  childId?: string | null
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  detail?: Record<string, unknown>
}

export type AccessEvent = {
  action: string
  entityType: string
  entityId?: string | null
  childId?: string | null
  detail?: Record<string, unknown>
}

/** Writes audit rows. Called inside the same transaction as the change it records. */
export async function recordWrite(tx: Executor, actor: Actor, event: WriteEvent): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: actor.id,
    actorRole: actor.role,
    kind: 'write',
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    childId: event.childId ?? null,
    changes: diff(event.before ?? null, event.after ?? null),
    detail: event.detail ?? null,
  })
}

/** A view of a child's record, a search or an export (ARCHITECTURE.md §6.6). */
export async function recordAccess(db: Executor, actor: Actor, event: AccessEvent): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: actor.id,
    actorRole: actor.role,
    kind: 'access',
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    childId: event.childId ?? null,
    detail: event.detail ?? null,
  })
}
