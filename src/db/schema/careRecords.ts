import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { carePeriods } from './care.js'
import { children } from './children.js'
import { users } from './people.js'

/*
 * The statutory record of a child in care (issue 5 part 3): the IRO and reviews, escalations,
 * permanence, education and health, and the OC2 facts. Split from care.ts, which holds the periods
 * of care, their changes and the SSDA903 bookkeeping.
 */

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}
const imported = boolean('imported').notNull().default(false)

/** The independent reviewing officer for a child in care (IRO Handbook 2010; CPPCR 2010 reg 45). */
export const iroAllocations = pgTable(
  'iro_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    iroId: uuid('iro_id').notNull().references(() => users.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    ...created,
  },
  (t) => [
    check('iro_allocations_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    uniqueIndex('iro_allocations_one_live_idx').on(t.childId).where(sql`${t.endDate} is null`),
  ],
)

/** A looked-after child review (CPPCR 2010 reg 33) with the child's participation (903 REVIEW_CODE). */
export const claReviews = pgTable(
  'cla_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    periodId: uuid('period_id').references(() => carePeriods.id),
    heldOn: date('held_on').notNull(),
    participation: text('participation').notNull(),
    iroId: uuid('iro_id').references(() => users.id),
    recommendations: text('recommendations'),
    imported,
    ...created,
  },
  (t) => [index('cla_reviews_child_idx').on(t.childId, t.heldOn)],
)

/** An IRO's escalation of a concern about a child's plan (IRO Handbook ch.6, dispute resolution). */
export const iroEscalations = pgTable(
  'iro_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    raisedOn: date('raised_on').notNull(),
    stage: text('stage').notNull(),
    concern: text('concern').notNull(),
    resolvedOn: date('resolved_on'),
    resolution: text('resolution'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('iro_escalations_resolved_check', sql`(${t.resolvedOn} is null) = (${t.resolution} is null)`),
    index('iro_escalations_child_idx').on(t.childId),
  ],
)

/** The permanence plan for a child in care (CPPCR 2010 reg 5; decided by the second review). */
export const permanencePlans = pgTable(
  'permanence_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    plan: text('plan').notNull(),
    decidedOn: date('decided_on').notNull(),
    notes: text('notes').notNull(),
    ...created,
  },
  (t) => [index('permanence_plans_child_idx').on(t.childId, t.decidedOn)],
)

/** A personal education plan review (Promoting the education of looked-after children, 2018). */
export const educationPlanReviews = pgTable(
  'education_plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    reviewedOn: date('reviewed_on').notNull(),
    school: text('school'),
    notes: text('notes').notNull(),
    ...created,
  },
  (t) => [index('education_plan_reviews_child_idx').on(t.childId, t.reviewedOn)],
)

/** Health of a child in care (CPPCR 2010 reg 7 and Sch 1): assessments, dental, immunisations, SDQ. */
export const healthRecords = pgTable(
  'health_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    doneOn: date('done_on').notNull(),
    sdqScore: integer('sdq_score'),
    notes: text('notes'),
    imported,
    ...created,
  },
  (t) => [
    check('health_records_kind_check', sql`${t.kind} in ('INITIAL_HEALTH_ASSESSMENT', 'REVIEW_HEALTH_ASSESSMENT', 'DENTAL', 'IMMUNISATIONS', 'SDQ')`),
    check('health_records_sdq_check', sql`(${t.kind} = 'SDQ') = (${t.sdqScore} is not null) and (${t.sdqScore} is null or ${t.sdqScore} between 0 and 40)`),
    index('health_records_child_idx').on(t.childId, t.kind, t.doneOn),
  ],
)

/**
 * The SSDA903 OC2 facts for a child looked after for 12 months at 31 March that are recorded, not
 * derived: convictions, substance misuse and interventions, and why no SDQ was done. The health
 * flags are derived from health_records; an imported row keeps every column as the file gave it.
 */
export const claAnnualOutcomes = pgTable(
  'cla_annual_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    collectionYear: integer('collection_year').notNull(),
    convicted: text('convicted'),
    substanceMisuse: text('substance_misuse'),
    interventionReceived: text('intervention_received'),
    interventionOffered: text('intervention_offered'),
    sdqReason: text('sdq_reason'),
    imported,
    importedSdqScore: text('imported_sdq_score'),
    importedHealthCheck: text('imported_health_check'),
    importedImmunisations: text('imported_immunisations'),
    importedTeethCheck: text('imported_teeth_check'),
    importedHealthAssessment: text('imported_health_assessment'),
    ...created,
  },
  (t) => [uniqueIndex('cla_annual_outcomes_child_year_idx').on(t.childId, t.collectionYear)],
)
