import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { caseNoteKinds, codesOf } from '../../domain/codeLists/index.js'
import { inList } from './checks.js'
import { children } from './children.js'
import { users } from './people.js'

/**
 * A typed case note. `significant` puts it on the child's chronology as a significant event the
 * worker chose, beside the events Cairn adds itself (Working Together 2023 ch.2: chronologies).
 */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    childSeen: boolean('child_seen').notNull().default(false),
    seenAlone: boolean('seen_alone').notNull().default(false),
    summary: text('summary').notNull(),
    significant: boolean('significant').notNull().default(false),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('case_notes_kind_check', inList(t.kind, codesOf(caseNoteKinds))),
    check('case_notes_seen_alone_check', sql`not ${t.seenAlone} or ${t.childSeen}`),
    index('case_notes_child_idx').on(t.childId, t.occurredAt),
  ],
)
