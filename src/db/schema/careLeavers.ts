import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { children } from './children.js'
import { users } from './people.js'

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}

/**
 * A care leaver (Children Act 1989 s23A–s24B; Care Leavers (England) Regulations 2010): the
 * eligibility category, the needs assessment, staying put and the local offer up to 25.
 */
export const careLeavers = pgTable(
  'care_leavers',
  {
    childId: uuid('child_id').primaryKey().references(() => children.id),
    eligibility: text('eligibility').notNull(),
    needsAssessmentOn: date('needs_assessment_on'),
    stayingPut: boolean('staying_put').notNull().default(false),
    apprenticeship: boolean('apprenticeship').notNull().default(false),
    localOfferUntil: date('local_offer_until'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [check('care_leavers_eligibility_check', sql`${t.eligibility} in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT', 'QUALIFYING')`)],
)

/** The personal adviser (Children Act 1989 s23D); PA caseloads are counted from these rows. */
export const paAllocations = pgTable(
  'pa_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    paId: uuid('pa_id').notNull().references(() => users.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    ...created,
  },
  (t) => [
    check('pa_allocations_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    uniqueIndex('pa_allocations_one_live_idx').on(t.childId).where(sql`${t.endDate} is null`),
    index('pa_allocations_live_pa_idx').on(t.paId).where(sql`${t.endDate} is null`),
    // A young person's adviser on a date (the care leaver KPI cohort): without it, a scan per young person.
    index('pa_allocations_child_idx').on(t.childId, t.startDate),
  ],
)

/** A personal adviser's contact with the young person, including visits in custody. */
export const paContacts = pgTable(
  'pa_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    contactedOn: date('contacted_on').notNull(),
    kind: text('kind').notNull(),
    faceToFace: boolean('face_to_face').notNull(),
    notes: text('notes').notNull(),
    ...created,
  },
  (t) => [
    check('pa_contacts_kind_check', sql`${t.kind} in ('CONTACT', 'VISIT', 'CUSTODY_VISIT')`),
    index('pa_contacts_child_idx').on(t.childId, t.contactedOn),
  ],
)

/** SSDA903 OC3: in touch, activity and accommodation around each birthday from 17 to 21. */
export const careLeaverOutcomes = pgTable(
  'care_leaver_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    collectionYear: integer('collection_year').notNull(),
    inTouch: text('in_touch'),
    activity: text('activity'),
    accommodation: text('accommodation'),
    imported: boolean('imported').notNull().default(false),
    ...created,
  },
  (t) => [uniqueIndex('care_leaver_outcomes_child_year_idx').on(t.childId, t.collectionYear)],
)

/** A care leaver held in custody (Ofsted 2024): where, and the plan for release. */
export const custodySpells = pgTable(
  'custody_spells',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    establishment: text('establishment').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    releasePlan: text('release_plan'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('custody_spells_dates_check', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    index('custody_spells_child_idx').on(t.childId),
  ],
)
