import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { caseTypes, codesOf, employmentKinds, supervisionActionStatuses, trainingProgrammes } from '../../domain/codeLists/index.js'
import { inList } from './checks.js'
import { children } from './children.js'
import { teams, users } from './people.js'

/**
 * A worker's employment facts, beside their sign-in account: FTE, agency or employed, ASYE, start
 * and leaving dates, absence, and how often they are to be supervised. Caseloads are never stored:
 * they are counted from live allocations (issue 6; the 2016 finding that the figures were wrong).
 */
export const staffProfiles = pgTable(
  'staff_profiles',
  {
    userId: uuid('user_id').primaryKey().references(() => users.id),
    fte: numeric('fte', { precision: 3, scale: 2 }).notNull().default('1.00'),
    employment: text('employment').notNull().default('PERMANENT'),
    asye: boolean('asye').notNull().default(false),
    startedOn: date('started_on').notNull(),
    leftOn: date('left_on'),
    leavingReason: text('leaving_reason'),
    awayFrom: date('away_from'),
    awayUntil: date('away_until'),
    supervisionEveryDays: integer('supervision_every_days').notNull().default(28),
    // The Social Work England registration number: the 903 SWEpisodes SW_ID (from 2023-24).
    socialWorkEnglandNumber: text('social_work_england_number'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('staff_profiles_employment_check', inList(t.employment, codesOf(employmentKinds))),
    check('staff_profiles_fte_check', sql`${t.fte} > 0 and ${t.fte} <= 1`),
    check('staff_profiles_left_check', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.startedOn}`),
    check('staff_profiles_supervision_check', sql`${t.supervisionEveryDays} between 7 and 92`),
  ],
)

/** A team's funded establishment (FTE), so vacancies are funded posts less staff in post. */
export const teamEstablishments = pgTable('team_establishments', {
  teamId: uuid('team_id').primaryKey().references(() => teams.id),
  fundedFte: numeric('funded_fte', { precision: 5, scale: 2 }).notNull(),
  version: integer('version').notNull().default(1),
})

/** The weight of each kind of case in a weighted caseload, set by the council. */
export const caseloadWeights = pgTable(
  'caseload_weights',
  {
    caseType: text('case_type').primaryKey(),
    weight: numeric('weight', { precision: 4, scale: 2 }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('caseload_weights_type_check', inList(t.caseType, codesOf(caseTypes))), check('caseload_weights_weight_check', sql`${t.weight} > 0`)],
)

/** A supervision session: the reflective discussion, then a case discussion for each child. */
export const supervisionSessions = pgTable(
  'supervision_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    superviseeId: uuid('supervisee_id').notNull().references(() => users.id),
    supervisorId: uuid('supervisor_id').notNull().references(() => users.id),
    heldOn: date('held_on').notNull(),
    reflectiveDiscussion: text('reflective_discussion').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('supervision_sessions_people_check', sql`${t.superviseeId} <> ${t.supervisorId}`), index('supervision_sessions_supervisee_idx').on(t.superviseeId, t.heldOn)],
)

/** One child's part of a supervision session; it is copied to the child's record and chronology. */
export const supervisionCaseDiscussions = pgTable(
  'supervision_case_discussions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id').notNull().references(() => supervisionSessions.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    discussion: text('discussion').notNull(),
    decisions: text('decisions').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_case_discussions_child_idx').on(t.childId), index('supervision_case_discussions_session_idx').on(t.sessionId)],
)

/** An action from a case discussion: always with an owner and a due date. */
export const supervisionActions = pgTable(
  'supervision_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseDiscussionId: uuid('case_discussion_id').notNull().references(() => supervisionCaseDiscussions.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    action: text('action').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('OPEN'),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('supervision_actions_status_check', inList(t.status, codesOf(supervisionActionStatuses))), index('supervision_actions_owner_idx').on(t.ownerId, t.status)],
)

/** A practitioner's or manager's development: the programme, each session, when due and when attended. */
export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    programme: text('programme').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    attendedOn: date('attended_on'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('training_records_programme_check', inList(t.programme, codesOf(trainingProgrammes))), index('training_records_user_idx').on(t.userId)],
)
