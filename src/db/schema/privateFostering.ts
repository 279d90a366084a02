import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { children } from './children.js'
import { users } from './people.js'

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}

/** A private fostering arrangement (Children Act 1989 s66; Children (Private Arrangements for Fostering) Regulations 2005). */
export const privateFosteringArrangements = pgTable(
  'private_fostering_arrangements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    notifiedOn: date('notified_on').notNull(),
    startedOn: date('started_on').notNull(),
    carerName: text('carer_name').notNull(),
    carerRelationship: text('carer_relationship').notNull(),
    assessedOn: date('assessed_on'),
    assessmentOutcome: text('assessment_outcome'),
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('pf_arrangements_assessed_check', sql`(${t.assessedOn} is null) = (${t.assessmentOutcome} is null)`),
    check('pf_arrangements_ended_check', sql`(${t.endedOn} is null) = (${t.endReason} is null) and (${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn})`),
    index('pf_arrangements_child_idx').on(t.childId),
  ],
)

/** A visit to a privately fostered child (2005 Regulations reg 8), and whether the child was seen alone. */
export const privateFosteringVisits = pgTable(
  'private_fostering_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    arrangementId: uuid('arrangement_id').notNull().references(() => privateFosteringArrangements.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    visitedOn: date('visited_on').notNull(),
    seenAlone: boolean('seen_alone').notNull(),
    notes: text('notes').notNull(),
    ...created,
  },
  (t) => [index('pf_visits_arrangement_idx').on(t.arrangementId, t.visitedOn)],
)
