import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { children } from './children.js'
import { users } from './people.js'

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}
const imported = boolean('imported').notNull().default(false)

/**
 * The agency decision maker's decision that the child should be placed for adoption (Adoption
 * Agencies Regulations 2005 reg 19), and its reversal (903 PlacedAdoption: DATE_PLACED,
 * DATE_PLACED_CEASED, REASON_PLACED_CEASED).
 */
export const adoptionDecisions = pgTable(
  'adoption_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    decidedOn: date('decided_on').notNull(),
    reversedOn: date('reversed_on'),
    reversalReason: text('reversal_reason'),
    imported,
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('adoption_decisions_reversed_check', sql`${t.imported} or ((${t.reversedOn} is null) = (${t.reversalReason} is null) and (${t.reversedOn} is null or ${t.reversedOn} >= ${t.decidedOn}))`),
    index('adoption_decisions_child_idx').on(t.childId),
  ],
)

/** Approved adopters (Annex A List 11): enquiry, stage 1, stage 2, approval, match and placement. */
export const adopters = pgTable('adopters', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull().unique(),
  household: text('household').notNull(),
  enquiryOn: date('enquiry_on').notNull(),
  stageOneStartedOn: date('stage_one_started_on'),
  stageTwoStartedOn: date('stage_two_started_on'),
  approvedOn: date('approved_on'),
  withdrawnOn: date('withdrawn_on'),
  ...created,
  version: integer('version').notNull().default(1),
})

/**
 * A child's adoption: placement order, match, placement and the adoption order, with the 903 AD1
 * facts about the adopters. The decision date is AD1 DATE_INT.
 */
export const adoptions = pgTable(
  'adoptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    decidedOn: date('decided_on'),
    placementOrderOn: date('placement_order_on'),
    matchedOn: date('matched_on'),
    placedOn: date('placed_on'),
    adoptionOrderOn: date('adoption_order_on'),
    adopterId: uuid('adopter_id').references(() => adopters.id),
    fosterCarers: text('foster_carers'),
    adopterCount: text('adopter_count'),
    adopterSexes: text('adopter_sexes'),
    adopterLegalStatus: text('adopter_legal_status'),
    reversedOn: date('reversed_on'),
    imported,
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('adoptions_order_check', sql`${t.imported} or ${t.placedOn} is null or ${t.matchedOn} is null or ${t.placedOn} >= ${t.matchedOn}`),
    index('adoptions_child_idx').on(t.childId),
  ],
)
