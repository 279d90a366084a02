import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { codesOf, disabilities, ethnicities, keyPersonKinds, sexes, upnUnknownReasons } from '../../domain/codeLists/index.js'
import { inList } from './checks.js'
import { users } from './people.js'

export const children = pgTable(
  'children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // LAchildID: 10 characters, valid in the CIN census and SSDA903 (ARCHITECTURE.md §8).
    childRef: text('child_ref').notNull().unique(),
    upn: text('upn'),
    upnUnknownReason: text('upn_unknown_reason'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    otherNames: text('other_names'),
    dateOfBirth: date('date_of_birth'),
    expectedDateOfBirth: date('expected_date_of_birth'),
    sex: text('sex').notNull(),
    ethnicity: text('ethnicity').notNull(),
    disability: text('disability').notNull().default('NONE'),
    religion: text('religion'),
    firstLanguage: text('first_language'),
    restricted: boolean('restricted').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('children_sex_check', inList(t.sex, codesOf(sexes))),
    check('children_ethnicity_check', inList(t.ethnicity, codesOf(ethnicities))),
    check('children_disability_check', inList(t.disability, codesOf(disabilities))),
    check('children_upn_reason_check', inList(t.upnUnknownReason, codesOf(upnUnknownReasons))),
    // Cairn makes 10-character ids; a census import keeps the other system's LAchildID (up to 20).
    check('children_ref_check', sql`${t.childRef} ~ '^[A-Za-z0-9]{1,20}$'`),
    check('children_birth_check', sql`${t.dateOfBirth} is not null or ${t.expectedDateOfBirth} is not null`),
    index('children_last_name_idx').on(sql`lower(${t.lastName}) text_pattern_ops`),
    index('children_first_name_idx').on(sql`lower(${t.firstName}) text_pattern_ops`),
    index('children_dob_idx').on(t.dateOfBirth),
    index('children_upn_idx').on(t.upn),
  ],
)

export const childAddresses = pgTable(
  'child_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    line1: text('line1').notNull(),
    town: text('town'),
    postcode: text('postcode').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('child_addresses_child_idx').on(t.childId)],
)

export const keyPeople = pgTable(
  'key_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    organisation: text('organisation'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('key_people_kind_check', inList(t.kind, codesOf(keyPersonKinds))), index('key_people_child_idx').on(t.childId)],
)

/** Named users who may see a restricted record (ARCHITECTURE.md §2). */
export const restrictedAccess = pgTable(
  'restricted_access',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    grantedBy: uuid('granted_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('restricted_access_child_user_idx').on(t.childId, t.userId)],
)

/** Break-glass: a user outside the named list opens a restricted record, with a reason, for a while. */
export const breakGlass = pgTable(
  'break_glass',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('break_glass_child_user_idx').on(t.childId, t.userId)],
)
