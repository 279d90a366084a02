import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { roleCodes } from '../../access/roles.js'
import { durationUnits } from '../../domain/timescales/define.js'
import { inList } from './checks.js'

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  service: text('service').notNull(),
  caseloadThreshold: integer('caseload_threshold').notNull().default(18),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('users_role_check', inList(t.role, roleCodes)), index('users_team_idx').on(t.teamId)],
)

export const sessions = pgTable('sessions', {
  sid: text('sid').primaryKey(),
  data: text('data').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})

export const calendarDays = pgTable(
  'calendar_days',
  {
    // Working-day index per date so "working days between" is a subtraction in SQL (SHAPES.md §1).
    day: text('day').primaryKey(),
    isWorkingDay: boolean('is_working_day').notNull(),
    workingDayIndex: integer('working_day_index').notNull(),
  },
  // "The working day n working days after": found by index, not by scanning the calendar per row.
  (t) => [index('calendar_days_working_idx').on(t.workingDayIndex).where(sql`${t.isWorkingDay}`)],
)

export const nowSql = sql`now()`

/**
 * A council's local standard for a timescale rule that allows one (ARCHITECTURE.md §7), set on the
 * admin page. Statutory rules are refused by withLocalStandard, not here, so the list stays data.
 */
export const localStandards = pgTable(
  'local_standards',
  {
    ruleId: text('rule_id').primaryKey(),
    amount: integer('amount').notNull(),
    unit: text('unit').notNull(),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('local_standards_amount_check', sql`${t.amount} > 0`), check('local_standards_unit_check', inList(t.unit, durationUnits))],
)
