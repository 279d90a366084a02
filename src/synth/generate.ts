/**
 * Pure generation of a synthetic council (ARCHITECTURE.md §8): rows for every table from
 * (size, seed, today). The same inputs always give identical rows, IDs included, because every
 * random draw (UUIDs too) comes from seeded streams in random.ts. Nothing here touches a database.
 */
import {
  createWorkingDayCalendar,
  type IsoDate,
  type WorkingDayCalendar,
} from '../domain/timescales/index.js'
import { allocate } from './allocate.js'
import { simulateCaseRecords } from './caseRecords.js'
import { simulateCasework } from './casework.js'
import { addIros } from './caseworkText.js'
import { simulateCourt } from './court.js'
import { simulateCare } from './care.js'
import { simulateCareRecords } from './careRecords.js'
import { simulateCareLeavers } from './careLeavers.js'
import { simulateCareOutcomes } from './careOutcomes.js'
import { cachedCalendar } from './days.js'
import { simulateEarlyHelp } from './earlyHelp.js'
import { simulateFrontDoor } from './flow.js'
import { childFactory } from './people.js'
import { streams } from './random.js'
import type { CalendarRow, SynthRows, TableName } from './rows.js'
import { sizes, type GeneratedSizeName } from './sizes.js'
import { buildWorkforce, type Workforce } from './workforce.js'
import { simulateWorkforceRecords } from './workforceRecords.js'
import { simulateQualityRecords } from './qualityRecords.js'

export type GenerateOptions = {
  size: GeneratedSizeName
  seed: number
  /** The London date the data ends on: history runs up to yesterday. */
  today: IsoDate
  /** Argon2 hash of the shared demo password (load.ts hashes it once); a placeholder by default. */
  passwordHash?: string
  /** Reuse a calendar that has already been built (building one reads 31 years of bank holidays). */
  calendar?: WorkingDayCalendar
}

export type Generated = { rows: SynthRows; workforce: Workforce }

/** The calendar_days table: working-day index per date, 2010–2040 (SHAPES.md §1). */
export const CALENDAR_FROM = '2010-01-01'
export const CALENDAR_TO = '2040-12-31'

export function calendarRows(calendar: WorkingDayCalendar): CalendarRow[] {
  return calendar
    .workingDayIndexRows(CALENDAR_FROM, CALENDAR_TO)
    .map((r) => ({ day: r.date, isWorkingDay: r.isWorkingDay, workingDayIndex: r.workingDayIndex }))
}

export function generate(options: GenerateOptions): Generated {
  const size = sizes[options.size]
  const calendar = options.calendar ?? createWorkingDayCalendar({ from: 2010, to: 2040 })
  const days = cachedCalendar(calendar)
  const stream = streams(options.seed)
  const ids = stream('ids')
  const today = options.today

  const workforce = buildWorkforce(size, stream('workforce'), options.passwordHash ?? 'not-a-password-hash')
  const people = childFactory(stream('children'), ids, today)
  const flow = simulateFrontDoor({
    size,
    rng: stream('front-door'),
    ids,
    calendar: days,
    today,
    workforce,
    people,
  })
  // Early help assessments after contacts decided as early help: a later pass with its own streams.
  const earlyHelp = simulateEarlyHelp({ contacts: flow.contacts, rng: stream('early-help'), ids: stream('early-help-ids'), calendar: days, today })
  const allocations = allocate({
    infos: flow.infos,
    workforce,
    rng: stream('allocations'),
    ids,
    today,
    calendar: days,
  })

  // Casework after the front door; conferences are chaired by independent reviewing officers.
  const iros = addIros(workforce, size, stream('iros'), options.passwordHash ?? 'not-a-password-hash')
  const casework = simulateCasework({
    infos: flow.infos,
    allocations,
    workforce,
    iros,
    rng: stream('casework'),
    ids: stream('casework-ids'),
    calendar: days,
    today,
  })

  // Some CP plans lead to pre-proceedings and proceedings: a later pass with its own streams.
  const court = simulateCourt({ cpPlans: casework.cpPlans, episodes: flow.cinEpisodes, rng: stream('court'), ids: stream('court-ids'), calendar: days, today })

  // Children in care, care leavers, missing, private fostering and adoption (issue 5): later passes
  // with their own streams. Children coming into care move to the looked-after teams' allocations.
  const care = simulateCare({ children: people.rows.children, cinEpisodes: flow.cinEpisodes, careProceedings: court.careProceedings, allocations, workforce, rng: stream('care'), ids: stream('care-ids'), today, size })
  const careRecords = simulateCareRecords({ cared: care.cared, iros, rng: stream('care-records'), ids: stream('care-records-ids'), calendar: days, today })
  const careLeavers = simulateCareLeavers({ cared: care.cared, workforce, rng: stream('care-leavers'), ids: stream('care-leavers-ids'), today })
  const careOutcomes = simulateCareOutcomes({ cared: care.cared, children: people.rows.children, createdBy: workforce.demo.social_worker, rng: stream('care-outcomes'), ids: stream('care-outcomes-ids'), today })

  // Core groups, emergency powers and case notes: a later pass with its own streams.
  const caseRecords = simulateCaseRecords({
    cpPlans: casework.cpPlans,
    strategyDiscussions: casework.strategyDiscussions,
    visits: casework.visits,
    episodes: flow.cinEpisodes,
    allocations,
    children: people.rows.children,
    rng: stream('case-records'),
    ids: stream('case-records-ids'),
    calendar: days,
    today,
  })

  // Staff profiles, supervision, training and oversight: a later pass with its own streams.
  const { leavers, ...workforceRecords } = simulateWorkforceRecords({
    workforce,
    iroIds: iros.map((u) => u.id),
    allocations,
    assessments: casework.assessments,
    stepDowns: casework.stepDowns,
    rng: stream('workforce-records'),
    ids: stream('workforce-records-ids'),
    today,
    passwordHash: options.passwordHash ?? 'not-a-password-hash',
  })

  // Case audits and the improvement plan (issue 6 parts 5 and 6): a later pass with its own streams.
  const qualityRecords = simulateQualityRecords({ workforce, allocations, cpPlans: casework.cpPlans, children: people.rows.children, rng: stream('quality-records'), ids: stream('quality-records-ids'), today })

  // A child record is created when its first contact is typed in.
  const firstRecorded = new Map<string, Date>()
  for (const c of flow.contacts) {
    const seen = firstRecorded.get(c.childId)
    if (!seen || c.recordedAt < seen) firstRecorded.set(c.childId, c.recordedAt)
  }
  for (const child of people.rows.children) {
    const at = firstRecorded.get(child.id)
    if (at) {
      child.createdAt = at
      child.updatedAt = at
    }
  }

  return {
    workforce,
    rows: {
      teams: workforce.teams,
      // Every row names `active` (bulkInsert takes its columns from the first row): leavers are inactive.
      users: [...workforce.users, ...leavers].map((u) => ({ ...u, active: u.active ?? true })),
      ...people.rows,
      contacts: flow.contacts,
      ...earlyHelp,
      cinEpisodes: flow.cinEpisodes,
      referrals: flow.referrals,
      allocations,
      ...casework,
      ...court,
      ...caseRecords,
      ...care.rows,
      ...careRecords,
      ...careLeavers,
      ...careOutcomes,
      plans: [...casework.plans, ...careRecords.plans, ...careLeavers.plans],
      planActions: [...casework.planActions, ...careRecords.planActions],
      visits: [...casework.visits, ...careRecords.visits],
      ...workforceRecords,
      ...qualityRecords,
      calendarDays: calendarRows(calendar),
    },
  }
}

export function countRows(rows: SynthRows): Record<TableName, number> {
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) as Record<TableName, number>
}
