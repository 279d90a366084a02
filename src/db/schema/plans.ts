import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { codesOf, planActionStatuses, planKinds, stepDownDecisions, visitKinds } from '../../domain/codeLists/index.js'
import { cpPlans } from './casework.js'
import { inList } from './checks.js'
import { children } from './children.js'
import { cinEpisodes } from './frontDoor.js'
import { users } from './people.js'

const created = {
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}

/**
 * A plan for the child (Working Together 2023 ch.2: a CIN plan after assessment). One model for
 * every kind: CIN plans now; CP, care and pathway plans later. Completeness is worked out from it
 * (src/domain/plans/completeness.ts), not stored.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    // Null for a care or pathway plan: a care leaver has no CIN episode open.
    cinEpisodeId: uuid('cin_episode_id').references(() => cinEpisodes.id),
    kind: text('kind').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    endReason: text('end_reason'),
    wishesAndFeelings: text('wishes_and_feelings'),
    identity: text('identity'),
    // Where the assessment found domestic abuse (CIN factors 3A–3C): the safety plan, and what is
    // known of each parent's own history of trauma, not only what is asked of them (Ofsted 2024).
    safetyPlan: text('safety_plan'),
    parentsHistory: text('parents_history'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('plans_kind_check', inList(t.kind, codesOf(planKinds))),
    check('plans_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('plans_end_reason_check', sql`(${t.endDate} is null) = (${t.endReason} is null)`),
    // One open plan of each kind per child.
    uniqueIndex('plans_one_open_idx').on(t.childId, t.kind).where(sql`${t.endDate} is null`),
    // KPI cohorts (src/features/performance/cohorts) select the rows open on a date: end_date is null or after it.
    index('plans_end_idx').on(t.endDate),
  ],
)

/** A SMART action: who, what measurable outcome, by when, and where it stands. */
export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    action: text('action').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    ownerName: text('owner_name'),
    outcome: text('outcome').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('NOT_STARTED'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('plan_actions_status_check', inList(t.status, codesOf(planActionStatuses))),
    // The owner is a user or a named person (a parent, a school), never neither.
    check('plan_actions_owner_check', sql`${t.ownerUserId} is not null or ${t.ownerName} is not null`),
    index('plan_actions_plan_idx').on(t.planId),
  ],
)

export const planReviews = pgTable(
  'plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    reviewedOn: date('reviewed_on').notNull(),
    summary: text('summary').notNull(),
    ...created,
  },
  // With the date, a plan's last review by a date is read from the index alone (KPI cohort cin_plans_open).
  (t) => [index('plan_reviews_plan_idx').on(t.planId, t.reviewedOn)],
)

/** Statutory visits to a child on a CP or CIN plan, and whether the child was seen, and seen alone. */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    visitedOn: date('visited_on').notNull(),
    childSeen: boolean('child_seen').notNull(),
    seenAlone: boolean('seen_alone').notNull(),
    notes: text('notes').notNull(),
    ...created,
  },
  (t) => [
    check('visits_kind_check', inList(t.kind, codesOf(visitKinds))),
    check('visits_seen_alone_check', sql`not ${t.seenAlone} or ${t.childSeen}`),
    index('visits_child_idx').on(t.childId, t.visitedOn),
    // The last visit of a kind where the child was seen: every visit clock (CPPCR 2010 reg 28, CIN and CP visits) starts from it.
    index('visits_seen_idx').on(t.childId, t.kind, t.visitedOn).where(sql`${t.childSeen}`),
  ],
)

/** A request to step down from a CP plan to a CIN plan, and the manager's decision on it. */
export const stepDowns = pgTable(
  'step_downs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    cpPlanId: uuid('cp_plan_id').notNull().references(() => cpPlans.id),
    rationale: text('rationale').notNull(),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    steppedDownOn: date('stepped_down_on'),
    rejectReason: text('reject_reason'),
    cinPlanId: uuid('cin_plan_id').references(() => plans.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('step_downs_decision_check', inList(t.decision, codesOf(stepDownDecisions))),
    check('step_downs_decided_check', sql`(${t.decision} is null) = (${t.decidedBy} is null)`),
    check('step_downs_authorised_check', sql`${t.decision} is distinct from 'AUTHORISED' or (${t.steppedDownOn} is not null and ${t.cinPlanId} is not null)`),
    check('step_downs_rejected_check', sql`${t.decision} is distinct from 'REJECTED' or ${t.rejectReason} is not null`),
    // One request waiting at a time for a plan.
    uniqueIndex('step_downs_one_pending_idx').on(t.cpPlanId).where(sql`${t.decision} is null`),
    index('step_downs_child_idx').on(t.childId),
  ],
)
