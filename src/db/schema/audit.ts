import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * Append-only audit trail (ARCHITECTURE.md §6.6). `kind` is 'write' for changes (with the
 * before/after difference) and 'access' for views, searches and exports. A trigger refuses
 * UPDATE and DELETE (migration 0001), so the application cannot rewrite history.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    kind: text('kind').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    childId: uuid('child_id'),
    changes: jsonb('changes'),
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_child_idx').on(t.childId, t.at),
    index('audit_actor_idx').on(t.actorId, t.at),
  ],
)
