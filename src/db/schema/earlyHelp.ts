import { sql } from 'drizzle-orm'
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { codesOf, earlyHelpOutcomes } from '../../domain/codeLists/index.js'
import { inList } from './checks.js'
import { children } from './children.js'
import { contacts } from './frontDoor.js'
import { users } from './people.js'

/**
 * An early help assessment (Working Together 2023 ch.1): often led by a school or health
 * professional rather than a social worker, so the lead is recorded as text. The contact is the
 * front-door contact decided as early help, where there was one. Ofsted Annex A List 2 lists those
 * started in the look-back.
 */
export const earlyHelpAssessments = pgTable(
  'early_help_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    startDate: date('start_date').notNull(),
    completedOn: date('completed_on'),
    leadPractitioner: text('lead_practitioner').notNull(),
    outcome: text('outcome'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('early_help_assessments_dates_check', sql`${t.completedOn} is null or ${t.completedOn} >= ${t.startDate}`),
    check('early_help_assessments_outcome_check', inList(t.outcome, codesOf(earlyHelpOutcomes))),
    index('early_help_assessments_child_idx').on(t.childId),
    index('early_help_assessments_start_idx').on(t.startDate),
  ],
)
