import { sql } from 'drizzle-orm'
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { auditGrades, auditProgrammeKinds, caseAuditStatuses, codesOf, improvementRags, oversightPoints, supervisionActionStatuses } from '../../domain/codeLists/index.js'
import { inList } from './checks.js'
import { children } from './children.js'
import { teams, users } from './people.js'

/**
 * A manager's recorded oversight at a key decision point, naming the record it is about. A decision
 * point with no such row is an oversight gap (issue 6; Leicester 2015 found oversight not recorded).
 */
export const oversightRecords = pgTable(
  'oversight_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull().references(() => children.id),
    point: text('point').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('oversight_records_point_check', inList(t.point, codesOf(oversightPoints))), index('oversight_records_entity_idx').on(t.entityType, t.entityId), index('oversight_records_child_idx').on(t.childId)],
)

/**
 * A case-audit template set by the QA team: its questions (each with a scale) as JSON, because the
 * questions are the QA team's data, not Cairn's schema. A template in use is never edited: a change
 * makes a new version, so old audits keep the questions they answered.
 */
export const auditTemplates = pgTable('audit_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  questions: jsonb('questions').notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
})

/** An audit programme: a monthly random sample or a thematic audit, with its reproducible sampling seed and criteria. */
export const auditProgrammes = pgTable(
  'audit_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    theme: text('theme'),
    templateId: uuid('template_id').notNull().references(() => auditTemplates.id),
    month: date('month').notNull(),
    seed: integer('seed').notNull(),
    criteria: jsonb('criteria').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('audit_programmes_kind_check', inList(t.kind, codesOf(auditProgrammeKinds))), check('audit_programmes_theme_check', sql`${t.kind} <> 'THEMATIC' or ${t.theme} is not null`)],
)

/** One child's case audit: done by a manager, then moderated; the worker and manager see the findings. */
export const caseAudits = pgTable(
  'case_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => auditProgrammes.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    teamId: uuid('team_id').references(() => teams.id),
    workerId: uuid('worker_id').references(() => users.id),
    auditorId: uuid('auditor_id').references(() => users.id),
    status: text('status').notNull().default('ASSIGNED'),
    answers: jsonb('answers'),
    grade: text('grade'),
    findings: text('findings'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    moderatorId: uuid('moderator_id').references(() => users.id),
    moderatedGrade: text('moderated_grade'),
    moderationNote: text('moderation_note'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('case_audits_status_check', inList(t.status, codesOf(caseAuditStatuses))),
    check('case_audits_grade_check', inList(t.grade, codesOf(auditGrades))),
    check('case_audits_moderated_grade_check', inList(t.moderatedGrade, codesOf(auditGrades))),
    check('case_audits_completed_check', sql`${t.status} = 'ASSIGNED' or (${t.grade} is not null and ${t.completedAt} is not null)`),
    check('case_audits_moderated_check', sql`${t.status} <> 'MODERATED' or (${t.moderatedGrade} is not null and ${t.moderatorId} is not null)`),
    uniqueIndex('case_audits_programme_child_idx').on(t.programmeId, t.childId),
    index('case_audits_child_idx').on(t.childId),
  ],
)

/** An action arising from a case audit, tracked to completion. */
export const caseAuditActions = pgTable(
  'case_audit_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseAuditId: uuid('case_audit_id').notNull().references(() => caseAudits.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    action: text('action').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('OPEN'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('case_audit_actions_status_check', inList(t.status, codesOf(supervisionActionStatuses))), index('case_audit_actions_audit_idx').on(t.caseAuditId)],
)

/** An inspection recommendation in the improvement plan (Leicestershire 2016 had 17). */
export const improvementRecommendations = pgTable('improvement_recommendations', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull().unique(),
  text: text('text').notNull(),
  source: text('source').notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
})

/** An action under a recommendation: owner, due date, RAG, evidence, and the KPIs that show progress. */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recommendationId: uuid('recommendation_id').notNull().references(() => improvementRecommendations.id),
    action: text('action').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    dueOn: date('due_on').notNull(),
    rag: text('rag').notNull().default('AMBER'),
    evidence: text('evidence'),
    kpiIds: text('kpi_ids').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('improvement_actions_rag_check', inList(t.rag, codesOf(improvementRags))), index('improvement_actions_recommendation_idx').on(t.recommendationId)],
)
