import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { codesOf, finalOrders, hearingKinds, preProceedingsMeetingKinds, preProceedingsOutcomes, protectiveOrderKinds } from '../../domain/codeLists/index.js'
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
 * Pre-proceedings under the Public Law Outline (PLO practice guidance 2023; CIN census 2026-27
 * PreProceedingsandFGDM, N00826–N00835). The start is the legal planning meeting's decision.
 * The review-meeting count is derived from the meetings, never typed.
 */
export const preProceedings = pgTable(
  'pre_proceedings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    cinEpisodeId: uuid('cin_episode_id').notNull().references(() => cinEpisodes.id),
    startDate: date('start_date').notNull(),
    legalPlanningDecision: text('legal_planning_decision').notNull(),
    letterSentOn: date('letter_sent_on'),
    fgdmOffered: boolean('fgdm_offered'),
    fgdmFacilitated: boolean('fgdm_facilitated'),
    stepDecisionOn: date('step_decision_on'),
    outcome: text('outcome'),
    courtApplicationOn: date('court_application_on'),
    letterInitiatingProceedingsOn: date('letter_initiating_proceedings_on'),
    endDate: date('end_date'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('pre_proceedings_outcome_check', inList(t.outcome, codesOf(preProceedingsOutcomes))),
    // CIN 2026-27 rules 9005–9013: letter and court application on or after the start.
    check('pre_proceedings_letter_check', sql`${t.letterSentOn} is null or ${t.letterSentOn} >= ${t.startDate}`),
    check('pre_proceedings_court_check', sql`${t.courtApplicationOn} is null or ${t.courtApplicationOn} >= ${t.startDate}`),
    check('pre_proceedings_end_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('pre_proceedings_facilitated_check', sql`${t.fgdmFacilitated} is null or ${t.fgdmOffered} is not null`),
    uniqueIndex('pre_proceedings_one_open_idx').on(t.childId).where(sql`${t.endDate} is null`),
    index('pre_proceedings_child_idx').on(t.childId),
  ],
)

export const preProceedingsMeetings = pgTable(
  'pre_proceedings_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    preProceedingsId: uuid('pre_proceedings_id').notNull().references(() => preProceedings.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    summary: text('summary').notNull(),
    ...created,
  },
  (t) => [
    check('pre_proceedings_meetings_kind_check', inList(t.kind, codesOf(preProceedingsMeetingKinds))),
    index('pre_proceedings_meetings_pp_idx').on(t.preProceedingsId),
  ],
)

/** Care or supervision proceedings (Children Act 1989 s31), on the 26-week timetable of s32. */
export const careProceedings = pgTable(
  'care_proceedings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    preProceedingsId: uuid('pre_proceedings_id').references(() => preProceedings.id),
    issuedOn: date('issued_on').notNull(),
    court: text('court').notNull(),
    solicitor: text('solicitor').notNull(),
    // s32(5): extensions of up to 8 weeks each; kept as a total with the latest reason.
    extensionWeeks: integer('extension_weeks').notNull().default(0),
    extensionReason: text('extension_reason'),
    finalOrder: text('final_order'),
    finalOrderOn: date('final_order_on'),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('care_proceedings_order_check', inList(t.finalOrder, codesOf(finalOrders))),
    check('care_proceedings_final_check', sql`(${t.finalOrder} is null) = (${t.finalOrderOn} is null)`),
    check('care_proceedings_dates_check', sql`${t.finalOrderOn} is null or ${t.finalOrderOn} >= ${t.issuedOn}`),
    check('care_proceedings_extension_check', sql`${t.extensionWeeks} >= 0 and (${t.extensionWeeks} = 0 or ${t.extensionReason} is not null)`),
    uniqueIndex('care_proceedings_one_open_idx').on(t.childId).where(sql`${t.finalOrderOn} is null`),
    index('care_proceedings_child_idx').on(t.childId),
  ],
)

export const courtHearings = pgTable(
  'court_hearings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    careProceedingsId: uuid('care_proceedings_id').notNull().references(() => careProceedings.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    outcome: text('outcome').notNull(),
    ...created,
  },
  (t) => [check('court_hearings_kind_check', inList(t.kind, codesOf(hearingKinds))), index('court_hearings_proceedings_idx').on(t.careProceedingsId)],
)

/** Emergency protection (Children Act 1989 s44, at most 8 days) and police protection (s46, at most 72 hours). */
export const protectiveOrders = pgTable(
  'protective_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    kind: text('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    reference: text('reference'),
    reason: text('reason').notNull(),
    ...created,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('protective_orders_kind_check', inList(t.kind, codesOf(protectiveOrderKinds))),
    check('protective_orders_dates_check', sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
    index('protective_orders_child_idx').on(t.childId),
  ],
)

/** Core group meetings on a CP plan: the first within 10 working days of the ICPC (Working Together 2023 ch.2). */
export const coreGroupMeetings = pgTable(
  'core_group_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    cpPlanId: uuid('cp_plan_id').notNull().references(() => cpPlans.id),
    heldOn: date('held_on').notNull(),
    attendance: text('attendance').notNull(),
    summary: text('summary').notNull(),
    ...created,
  },
  (t) => [index('core_group_meetings_plan_idx').on(t.cpPlanId, t.heldOn)],
)
