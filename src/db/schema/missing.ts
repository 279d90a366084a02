import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { children } from './children.js'
import { users } from './people.js'

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}

/**
 * A missing (M) or away-without-authorisation (A) episode: Statutory guidance on children who run
 * away or go missing from home or care (DfE 2014); 903 Missing table. Times are kept to the minute
 * because the return interview clock runs in clock hours.
 */
export const missingEpisodes = pgTable(
  'missing_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    whereFound: text('where_found'),
    imported: boolean('imported').notNull().default(false),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('missing_episodes_kind_check', sql`${t.imported} or ${t.kind} in ('M', 'A')`),
    check('missing_episodes_dates_check', sql`${t.imported} or ${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
    index('missing_episodes_child_idx').on(t.childId, t.startedAt),
    index('missing_episodes_open_idx').on(t.startedAt).where(sql`${t.endedAt} is null`),
  ],
)

/** The return home interview: offered within 72 hours of the child's return (DfE 2014 guidance, para 46). */
export const returnInterviews = pgTable(
  'return_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    missingEpisodeId: uuid('missing_episode_id').notNull().references(() => missingEpisodes.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    response: text('response').notNull(),
    heldOn: date('held_on'),
    findings: text('findings'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('return_interviews_response_check', sql`${t.response} in ('AWAITING', 'ACCEPTED', 'DECLINED')`),
    check('return_interviews_held_check', sql`${t.heldOn} is null or ${t.response} = 'ACCEPTED'`),
    uniqueIndex('return_interviews_episode_idx').on(t.missingEpisodeId),
  ],
)

/** Screening for child sexual exploitation (CSE) or child criminal exploitation (CCE), and the multi-agency referral. */
export const exploitationScreenings = pgTable(
  'exploitation_screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    screenedOn: date('screened_on').notNull(),
    riskLevel: text('risk_level').notNull(),
    prompt: text('prompt'),
    meetingReferredOn: date('meeting_referred_on'),
    meetingOutcome: text('meeting_outcome'),
    notes: text('notes'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('exploitation_screenings_kind_check', sql`${t.kind} in ('CSE', 'CCE')`),
    check('exploitation_screenings_risk_check', sql`${t.riskLevel} in ('NONE', 'LOW', 'MEDIUM', 'HIGH')`),
    check('exploitation_screenings_meeting_check', sql`${t.meetingOutcome} is null or ${t.meetingReferredOn} is not null`),
    index('exploitation_screenings_child_idx').on(t.childId, t.screenedOn),
  ],
)
