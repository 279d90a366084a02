import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { abuseCategories, assessmentFactors, assessmentOutcomes, closureDecisions, closureReasons, codesOf, conferenceKinds, s47Outcomes, strategyAgencies, strategyDecisions } from '../../domain/codeLists/index.js'
import { allInList, inList } from './checks.js'
import { children } from './children.js'
import { cinEpisodes, referrals } from './frontDoor.js'
import { users } from './people.js'

const common = {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull().references(() => children.id),
  cinEpisodeId: uuid('cin_episode_id').notNull().references(() => cinEpisodes.id),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}

/** Child and family assessment (Working Together 2023 ch.2; CIN census Assessments module). */
export const assessments = pgTable(
  'assessments',
  {
    ...common,
    referralId: uuid('referral_id').notNull().references(() => referrals.id),
    startDate: date('start_date').notNull(),
    childSeenOn: date('child_seen_on'),
    childSeenAloneOn: date('child_seen_alone_on'),
    // CIN census AssessmentInternalReviewDate (N00160): the local mid-point review, where a council holds one.
    internalReviewOn: date('internal_review_on'),
    factors: text('factors').array().notNull().default(sql`'{}'::text[]`),
    outcome: text('outcome'),
    nextStep: text('next_step'),
    lateReason: text('late_reason'),
    // The authorisation date is the CIN census AssessmentAuthorisationDate (the completion date).
    authorisedBy: uuid('authorised_by').references(() => users.id),
    authorisedOn: date('authorised_on'),
  },
  (t) => [
    check('assessments_factors_check', allInList(t.factors, codesOf(assessmentFactors))),
    check('assessments_outcome_check', inList(t.outcome, codesOf(assessmentOutcomes))),
    check('assessments_authorised_check', sql`(${t.authorisedOn} is null) = (${t.authorisedBy} is null)`),
    check('assessments_dates_check', sql`${t.authorisedOn} is null or ${t.authorisedOn} >= ${t.startDate}`),
    check('assessments_review_check', sql`${t.internalReviewOn} is null or ${t.internalReviewOn} >= ${t.startDate}`),
    // Child, episode and start: the KPI cohorts ask whether an episode had an assessment by a date, from the index alone.
    index('assessments_child_idx').on(t.childId, t.cinEpisodeId, t.startDate),
    index('assessments_referral_idx').on(t.referralId, t.startDate),
    // The KPI cohort of assessments authorised in a period (src/features/performance/cohorts/frontDoor.ts).
    index('assessments_authorised_idx').on(t.authorisedOn),
  ],
)

export const strategyDiscussions = pgTable(
  'strategy_discussions',
  {
    ...common,
    heldOn: date('held_on').notNull(),
    agencies: text('agencies').array().notNull(),
    decision: text('decision').notNull(),
  },
  (t) => [
    check('strategy_discussions_agencies_check', allInList(t.agencies, codesOf(strategyAgencies))),
    check('strategy_discussions_decision_check', inList(t.decision, codesOf(strategyDecisions))),
    index('strategy_discussions_child_idx').on(t.childId),
  ],
)

/** Children Act 1989 s47 enquiry; the ICPC target is 15 working days from the strategy discussion. */
export const s47Enquiries = pgTable(
  's47_enquiries',
  {
    ...common,
    strategyDiscussionId: uuid('strategy_discussion_id').notNull().references(() => strategyDiscussions.id),
    startDate: date('start_date').notNull(),
    icpcTargetOn: date('icpc_target_on').notNull(),
    outcome: text('outcome'),
    // Not convening an ICPC after substantiated concerns: a reason, then a manager's authorisation.
    notConvenedReason: text('not_convened_reason'),
    notConvenedRequestedBy: uuid('not_convened_requested_by').references(() => users.id),
    notConvenedRequestedAt: timestamp('not_convened_requested_at', { withTimezone: true }),
    notConvenedAuthorisedBy: uuid('not_convened_authorised_by').references(() => users.id),
    notConvenedAuthorisedAt: timestamp('not_convened_authorised_at', { withTimezone: true }),
  },
  (t) => [
    check('s47_enquiries_outcome_check', inList(t.outcome, codesOf(s47Outcomes))),
    check('s47_enquiries_not_convened_check', sql`${t.notConvenedAuthorisedAt} is null or ${t.notConvenedReason} is not null`),
    uniqueIndex('s47_enquiries_strategy_idx').on(t.strategyDiscussionId),
    index('s47_enquiries_child_idx').on(t.childId),
  ],
)

export const cpConferences = pgTable(
  'cp_conferences',
  {
    ...common,
    kind: text('kind').notNull(),
    s47EnquiryId: uuid('s47_enquiry_id').references(() => s47Enquiries.id),
    heldOn: date('held_on').notNull(),
    chairId: uuid('chair_id').notNull().references(() => users.id),
    attendance: text('attendance').notNull(),
    childViews: text('child_views').notNull(),
    viewsGatheredHow: text('views_gathered_how').notNull(),
    bankHolidayConfirmed: boolean('bank_holiday_confirmed').notNull().default(false),
    /** Loaded from another system's CIN census (import.ts): its dates are kept as given, even a weekend ICPC. */
    imported: boolean('imported').notNull().default(false),
  },
  (t) => [
    check('cp_conferences_kind_check', inList(t.kind, codesOf(conferenceKinds))),
    // CIN rule 8875: an initial conference cannot be dated at a weekend.
    check('cp_conferences_weekend_check', sql`${t.kind} <> 'ICPC' or ${t.imported} or extract(isodow from ${t.heldOn}) < 6`),
    index('cp_conferences_child_idx').on(t.childId),
  ],
)

export const cpPlans = pgTable(
  'cp_plans',
  {
    ...common,
    icpcId: uuid('icpc_id').notNull().references(() => cpConferences.id),
    startDate: date('start_date').notNull(),
    initialCategory: text('initial_category').notNull(),
    latestCategory: text('latest_category').notNull(),
    endDate: date('end_date'),
    endReason: text('end_reason'),
    // As on CIN plans (plans.ts): where domestic abuse was found, the safety plan and each parent's own history.
    safetyPlan: text('safety_plan'),
    parentsHistory: text('parents_history'),
  },
  (t) => [
    check('cp_plans_initial_category_check', inList(t.initialCategory, codesOf(abuseCategories))),
    check('cp_plans_latest_category_check', inList(t.latestCategory, codesOf(abuseCategories))),
    check('cp_plans_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('cp_plans_end_reason_check', sql`(${t.endDate} is null) = (${t.endReason} is null)`),
    // CIN rule 8935: a child has at most one open child protection plan.
    uniqueIndex('cp_plans_one_open_idx').on(t.childId).where(sql`${t.endDate} is null`),
    // A child's plans in date order: earlier plans and re-escalation after a step-down (KPI cohorts).
    index('cp_plans_child_start_idx').on(t.childId, t.startDate),
  ],
)

/** Closure of a CIN episode with its census reason and the manager who signed it off. */
export const cinClosures = pgTable(
  'cin_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    cinEpisodeId: uuid('cin_episode_id').notNull().references(() => cinEpisodes.id),
    closedOn: date('closed_on').notNull(),
    reason: text('reason').notNull(),
    note: text('note').notNull(),
    signedOffBy: uuid('signed_off_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('cin_closures_reason_check', inList(t.reason, codesOf(closureReasons))), uniqueIndex('cin_closures_episode_idx').on(t.cinEpisodeId)],
)

/**
 * A worker's request to close a CIN episode, and the manager's decision on it: closure needs a
 * manager's sign-off (issue 4; Working Together 2023 ch.2). One request waits at a time per episode.
 */
export const cinClosureRequests = pgTable(
  'cin_closure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    cinEpisodeId: uuid('cin_episode_id').notNull().references(() => cinEpisodes.id),
    closedOn: date('closed_on').notNull(),
    reason: text('reason').notNull(),
    note: text('note').notNull(),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    sendBackReason: text('send_back_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('cin_closure_requests_reason_check', inList(t.reason, codesOf(closureReasons))),
    check('cin_closure_requests_decision_check', inList(t.decision, codesOf(closureDecisions))),
    check('cin_closure_requests_decided_check', sql`(${t.decision} is null) = (${t.decidedBy} is null)`),
    check('cin_closure_requests_sent_back_check', sql`${t.decision} is distinct from 'SENT_BACK' or ${t.sendBackReason} is not null`),
    uniqueIndex('cin_closure_requests_one_pending_idx').on(t.cinEpisodeId).where(sql`${t.decision} is null`),
    index('cin_closure_requests_child_idx').on(t.childId),
  ],
)
