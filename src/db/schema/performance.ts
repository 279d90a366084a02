import { sql } from 'drizzle-orm'
import { boolean, check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { children } from './children.js'
import { users } from './people.js'

/**
 * Issue 7: the tables behind performance management. The KPI catalogue itself is code
 * (src/domain/kpis); these hold what changes over time: monthly snapshots, the performance team's
 * targets and benchmarks, pinned KPIs, imported Annex A returns, placement costs for forecasting,
 * and the state of the DfE children's social care API feed.
 */

/**
 * One KPI's figure for one month and one breakdown group, as the monthly job took it or as it was
 * rebuilt from the event history. `group_key` is '' for the authority row (a unique key cannot
 * hold null), else the team's or worker's id.
 */
export const kpiSnapshots = pgTable(
  'kpi_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    kpiId: text('kpi_id').notNull(),
    breakdown: text('breakdown').notNull(),
    groupKey: text('group_key').notNull().default(''),
    groupName: text('group_name'),
    numerator: integer('numerator').notNull(),
    denominator: integer('denominator').notNull(),
    measure: doublePrecision('measure'),
    value: doublePrecision('value'),
    source: text('source').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('kpi_snapshots_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('kpi_snapshots_breakdown_check', sql`${t.breakdown} in ('authority', 'team', 'worker')`),
    check('kpi_snapshots_source_check', sql`${t.source} in ('scheduled', 'rebuilt')`),
    uniqueIndex('kpi_snapshots_key').on(t.kpiId, t.breakdown, t.groupKey, t.month),
    index('kpi_snapshots_month_idx').on(t.month),
  ],
)

/**
 * The performance team's target and benchmarks for a KPI, overriding the catalogue's defaults
 * (issue 7 part 1: "as data with a year, editable by the performance team"). One row per KPI;
 * `version` guards against two analysts overwriting each other.
 */
export const kpiSettings = pgTable('kpi_settings', {
  kpiId: text('kpi_id').primaryKey(),
  target: doublePrecision('target'),
  englandValue: doublePrecision('england_value'),
  englandYear: text('england_year'),
  neighboursValue: doublePrecision('neighbours_value'),
  neighboursYear: text('neighbours_year'),
  note: text('note'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').notNull().references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** A KPI pinned to a user's personal dashboard. */
export const kpiPins = pgTable(
  'kpi_pins',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    kpiId: text('kpi_id').notNull(),
    pinnedAt: timestamp('pinned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kpiId] })],
)

/**
 * An Ofsted Annex A workbook imported to benchmark against (another council's, or a past return).
 * The rows are kept per list as JSON: they are someone else's return, compared, never casework.
 */
export const annexAImports = pgTable('annex_a_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  label: text('label').notNull(),
  fileName: text('file_name').notNull(),
  contentHash: text('content_hash').notNull().unique(),
  lists: jsonb('lists').notNull(),
  importedBy: uuid('imported_by').notNull().references(() => users.id),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
})

/** The weekly cost of a placement type, entered by the council, for the forecast's cost of demand. */
export const placementCosts = pgTable(
  'placement_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placementType: text('placement_type').notNull(),
    weeklyCost: numeric('weekly_cost', { precision: 10, scale: 2 }).notNull(),
    effectiveFrom: date('effective_from').notNull(),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('placement_costs_key').on(t.placementType, t.effectiveFrom), check('placement_costs_positive', sql`${t.weeklyCost} >= 0`)],
)

/**
 * The DfE children's social care API feed (research/standards.md §5): one row per child per send,
 * grouped into batches of up to 100, each with the endpoint's answer. `csc_api_child_state` keeps
 * the hash last accepted for each child, so the daily run sends only what changed.
 */
export const cscApiBatches = pgTable('csc_api_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  runId: uuid('run_id').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  attempts: integer('attempts').notNull().default(0),
  responseStatus: integer('response_status'),
  responseBody: text('response_body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
}, (t) => [
  check('csc_api_batches_kind_check', sql`${t.kind} in ('full', 'delta')`),
  check('csc_api_batches_status_check', sql`${t.status} in ('pending', 'sent', 'failed')`),
  index('csc_api_batches_run_idx').on(t.runId),
])

export const cscApiRows = pgTable(
  'csc_api_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id').notNull().references(() => cscApiBatches.id),
    childId: uuid('child_id').notNull().references(() => children.id),
    payloadHash: text('payload_hash').notNull(),
    purge: boolean('purge').notNull().default(false),
    status: text('status').notNull(),
    response: text('response'),
  },
  (t) => [check('csc_api_rows_status_check', sql`${t.status} in ('pending', 'sent', 'failed')`), index('csc_api_rows_batch_idx').on(t.batchId), index('csc_api_rows_child_idx').on(t.childId)],
)

export const cscApiChildState = pgTable('csc_api_child_state', {
  childId: uuid('child_id').primaryKey().references(() => children.id),
  lastHash: text('last_hash').notNull(),
  lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull(),
  purged: boolean('purged').notNull().default(false),
})
