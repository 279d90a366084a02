import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { children } from './children.js'
import { users } from './people.js'

/*
 * Children looked after (issue 5). Code fields (legal status, placement type, provider, reasons) are
 * checked against the SSDA903 lists of the collection year by the forms (zod) and by the 903 rules,
 * not by CHECK constraints: the lists change each year (Z11–Z14 came in 2023-24) and an imported
 * return keeps the codes it was given, so the 903 rules can report them (ADR 0004).
 */

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}
const imported = boolean('imported').notNull().default(false)

/** A period of care: from the day the child starts to be looked after to the day they cease (903 REC). */
export const carePeriods = pgTable(
  'care_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    reasonCeased: text('reason_ceased'),
    imported,
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('care_periods_dates_check', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    check('care_periods_ceased_check', sql`${t.imported} or (${t.endedOn} is null) = (${t.reasonCeased} is null)`),
    // One open period of care per child (an imported return keeps what it was given).
    uniqueIndex('care_periods_one_open_idx').on(t.childId).where(sql`${t.endedOn} is null and not ${t.imported}`),
    index('care_periods_child_idx').on(t.childId),
  ],
)

/**
 * One change to a child's care: the start of the period, a change of legal status, a change of
 * placement, or both. Each row becomes one SSDA903 episode (src/returns/ssda903/episodes.ts derives
 * RNE, DEC and REC from the rows around it). `placementEndReason` is the 903 REASON_PLACE_CHANGE
 * for this row's placement, set when the next placement starts. An imported row keeps the RNE, DEC
 * and REC the file gave, so a re-export reproduces it.
 */
export const careEpisodes = pgTable(
  'care_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id').notNull().references(() => carePeriods.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    startsOn: date('starts_on').notNull(),
    change: text('change').notNull(),
    sameCarers: boolean('same_carers').notNull().default(false),
    legalStatus: text('legal_status').notNull(),
    categoryOfNeed: text('category_of_need').notNull(),
    placementType: text('placement_type').notNull(),
    placementProvider: text('placement_provider'),
    providerName: text('provider_name'),
    urn: text('urn'),
    placementPostcode: text('placement_postcode'),
    homePostcode: text('home_postcode'),
    distanceMiles: numeric('distance_miles', { precision: 6, scale: 1 }),
    outOfArea: boolean('out_of_area'),
    longTerm: boolean('long_term').notNull().default(false),
    childAgreedSixMonthly: boolean('child_agreed_six_monthly').notNull().default(false),
    unregistered: boolean('unregistered').notNull().default(false),
    placementEndReason: text('placement_end_reason'),
    imported,
    importedRne: text('imported_rne'),
    importedDec: date('imported_dec'),
    importedRec: text('imported_rec'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('care_episodes_change_check', sql`${t.change} in ('START', 'LEGAL_STATUS', 'PLACEMENT', 'BOTH')`),
    // Two episodes cannot start on the same day for one child (903 rule 1001-style overlaps).
    uniqueIndex('care_episodes_child_start_idx').on(t.childId, t.startsOn),
    index('care_episodes_period_idx').on(t.periodId),
  ],
)

/** An unregistered placement (Ofsted 2024): the director's sign-off, Ofsted told, and the plan. */
export const unregisteredPlacements = pgTable(
  'unregistered_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    episodeId: uuid('episode_id').notNull().references(() => careEpisodes.id),
    directorSignedOffBy: uuid('director_signed_off_by').references(() => users.id),
    directorSignedOffOn: date('director_signed_off_on'),
    ofstedNotifiedOn: date('ofsted_notified_on'),
    plan: text('plan'),
    planDetail: text('plan_detail'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('unregistered_placements_plan_check', sql`${t.plan} is null or ${t.plan} in ('REGISTER', 'MOVE')`),
    check('unregistered_placements_signed_check', sql`(${t.directorSignedOffBy} is null) = (${t.directorSignedOffOn} is null)`),
    uniqueIndex('unregistered_placements_episode_idx').on(t.episodeId),
  ],
)

/** Unaccompanied asylum-seeking child status, and when it ceased (903 UASC table, DUC). */
export const uascStatuses = pgTable('uasc_statuses', {
  childId: uuid('child_id').primaryKey().references(() => children.id),
  startedOn: date('started_on'),
  ceasedOn: date('ceased_on'),
  ...created,
  version: integer('version').notNull().default(1),
})

/** 903 Header MOTHER and MC_DOB: a looked-after girl who is a mother, and her child's date of birth. */
export const careParenthood = pgTable('care_parenthood', {
  childId: uuid('child_id').primaryKey().references(() => children.id),
  isMother: text('is_mother'),
  motherChildDob: date('mother_child_dob'),
  ...created,
})

/** 903 PrevPerm: a permanence order the child held before this period of care. DATE_PERM may be partly unknown ("zz/zz/2014"). */
export const previousPermanence = pgTable(
  'previous_permanence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    collectionYear: integer('collection_year').notNull(),
    prevPerm: text('prev_perm'),
    laPerm: text('la_perm'),
    datePerm: text('date_perm'),
    ...created,
  },
  (t) => [uniqueIndex('previous_permanence_child_year_idx').on(t.childId, t.collectionYear)],
)

/** Deprivation of liberty orders (903 DoLo table from 2026-27). */
export const libertyOrders = pgTable(
  'liberty_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    imported,
    ...created,
  },
  (t) => [
    check('liberty_orders_dates_check', sql`${t.imported} or ${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    index('liberty_orders_child_idx').on(t.childId),
  ],
)

/** Social-worker episodes loaded from another system's 903 (SWEpisodes); Cairn's own come from allocations. */
export const importedSocialWorkerEpisodes = pgTable(
  'imported_social_worker_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    swId: text('sw_id'),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    reason: text('reason'),
    ...created,
  },
  (t) => [index('imported_social_worker_episodes_child_idx').on(t.childId)],
)

/** A loaded SSDA903 return: the file's hash makes a re-import a no-op; its children stay in that year's export. */
export const ssda903Imports = pgTable(
  'ssda903_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collectionYear: integer('collection_year').notNull(),
    format: text('format').notNull(),
    contentHash: text('content_hash').notNull(),
    childCount: integer('child_count').notNull(),
    ...created,
  },
  (t) => [check('ssda903_imports_format_check', sql`${t.format} in ('CSV', 'XML')`), uniqueIndex('ssda903_imports_hash_idx').on(t.contentHash)],
)

export const ssda903ImportChildren = pgTable(
  'ssda903_import_children',
  {
    importId: uuid('import_id').notNull().references(() => ssda903Imports.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('ssda903_import_children_idx').on(t.importId, t.childId), index('ssda903_import_children_child_idx').on(t.childId)],
)
