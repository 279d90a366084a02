import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { codesOf, contactDecisions, primaryNeeds, referralSources } from '../../domain/codeLists/index.js'
import { inList } from './checks.js'
import { children } from './children.js'
import { teams, users } from './people.js'

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    source: text('source').notNull(),
    reason: text('reason').notNull(),
    presentingConcerns: text('presenting_concerns').notNull(),
    // When the contact arrived, and when it was typed in: Ofsted found front-door recording late.
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    screeningWorkerId: uuid('screening_worker_id').notNull().references(() => users.id),
    decisionDueOn: date('decision_due_on').notNull(),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    oversightNote: text('oversight_note'),
    oversightBy: uuid('oversight_by').references(() => users.id),
    oversightAt: timestamp('oversight_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('contacts_source_check', inList(t.source, codesOf(referralSources))),
    check('contacts_decision_check', inList(t.decision, codesOf(contactDecisions))),
    check('contacts_recorded_after_received', sql`${t.recordedAt} >= ${t.receivedAt}`),
    index('contacts_child_idx').on(t.childId),
    // Re-referral after no further action (KPI cohort referrals_in_period): a child's NFA decisions, read from the index alone.
    index('contacts_nfa_child_idx').on(t.childId, t.decidedAt).where(sql`${t.decision} = 'NFA'`),
    index('contacts_open_idx').on(t.decisionDueOn).where(sql`${t.decision} is null`),
    index('contacts_received_idx').on(t.receivedAt),
  ],
)

/** A CIN episode runs from referral to closure (DfE CIN census). */
export const cinEpisodes = pgTable(
  'cin_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    closureReason: text('closure_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cin_episodes_child_idx').on(t.childId),
    // KPI cohorts (src/features/performance/cohorts) select the rows open on a date: end_date is null or after it.
    index('cin_episodes_end_idx').on(t.endDate),
    check('cin_episodes_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
)

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    cinEpisodeId: uuid('cin_episode_id').notNull().references(() => cinEpisodes.id),
    referralDate: date('referral_date').notNull(),
    source: text('source').notNull(),
    primaryNeed: text('primary_need'),
    // Worked out when the referral is made: an earlier referral within 12 months (DfE CIN definition).
    isReReferral: boolean('is_re_referral').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('referrals_source_check', inList(t.source, codesOf(referralSources))),
    check('referrals_need_check', inList(t.primaryNeed, codesOf(primaryNeeds))),
    index('referrals_child_date_idx').on(t.childId, t.referralDate),
    index('referrals_date_idx').on(t.referralDate),
  ],
)

/** A child's named worker over time; caseloads are counted from these rows, never typed in. */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    workerId: uuid('worker_id').notNull().references(() => users.id),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    reason: text('reason').notNull(),
    allocatedBy: uuid('allocated_by').notNull().references(() => users.id),
  },
  (t) => [
    index('allocations_live_worker_idx').on(t.workerId).where(sql`${t.endDate} is null`),
    index('allocations_live_team_idx').on(t.teamId, t.childId).where(sql`${t.endDate} is null`),
    index('allocations_child_idx').on(t.childId),
    // KPI cohorts (src/features/performance/cohorts) select the rows open on a date: end_date is null or after it.
    index('allocations_end_idx').on(t.endDate),
  ],
)
