/**
 * Loads a synthetic council into the database (ARCHITECTURE.md §4 and §8): generate the rows, then
 * insert them in foreign-key order, in batches (bulkInsert.ts), inside one transaction, with one audit row for the
 * seed itself (§6.6: every write is audited; seeding is done by the system actor). Seeding is
 * idempotent: once any user exists it does nothing and only reads the demo logins back.
 */
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { systemActor } from '../access/actor.js'
import { roleName, type Role } from '../access/roles.js'
import { recordWrite } from '../audit/auditLog.js'
import type { Database } from '../db/client.js'
import type { Executor } from '../db/executor.js'
import * as schema from '../db/schema/index.js'
import { systemClock } from '../domain/clock.js'
import type { IsoDate } from '../domain/timescales/index.js'
import { hashPassword } from '../features/auth/passwords.js'
import { bulkInsert, createPipeline } from './bulkInsert.js'
import { countRows, generate } from './generate.js'
import { tableOrder, type TableName } from './rows.js'
import { isGeneratedSize, replicatedSizes, type SizeName } from './sizes.js'
import { replicate, settle } from './replicate.js'
import { demoEmails } from './workforce.js'

/** One shared password for every demo login; demo data only (production never seeds: config.ts). */
export const DEMO_PASSWORD = 'demo-password-1'
export const DEFAULT_SEED = 1

export type DemoLogin = { role: string; roleName: string; email: string; password: string }
export type SeedOptions = { size: SizeName; seed?: number; today?: IsoDate }
export type SeedResult = {
  demoLogins: DemoLogin[]
  counts: Record<TableName, number>
  /** True when the database already had users and nothing was inserted. */
  skipped: boolean
  timings: { generateMs: number; insertMs: number }
}

const tables: Record<TableName, PgTable> = {
  calendarDays: schema.calendarDays,
  teams: schema.teams,
  users: schema.users,
  children: schema.children,
  childAddresses: schema.childAddresses,
  keyPeople: schema.keyPeople,
  contacts: schema.contacts,
  cinEpisodes: schema.cinEpisodes,
  referrals: schema.referrals,
  allocations: schema.allocations,
  assessments: schema.assessments,
  strategyDiscussions: schema.strategyDiscussions,
  s47Enquiries: schema.s47Enquiries,
  cpConferences: schema.cpConferences,
  cpPlans: schema.cpPlans,
  plans: schema.plans,
  planActions: schema.planActions,
  planReviews: schema.planReviews,
  visits: schema.visits,
  stepDowns: schema.stepDowns,
  cinClosures: schema.cinClosures,
  preProceedings: schema.preProceedings,
  preProceedingsMeetings: schema.preProceedingsMeetings,
  careProceedings: schema.careProceedings,
  courtHearings: schema.courtHearings,
  coreGroupMeetings: schema.coreGroupMeetings,
  protectiveOrders: schema.protectiveOrders,
  caseNotes: schema.caseNotes,
  staffProfiles: schema.staffProfiles,
  teamEstablishments: schema.teamEstablishments,
  caseloadWeights: schema.caseloadWeights,
  supervisionSessions: schema.supervisionSessions,
  supervisionCaseDiscussions: schema.supervisionCaseDiscussions,
  supervisionActions: schema.supervisionActions,
  trainingRecords: schema.trainingRecords,
  oversightRecords: schema.oversightRecords,
  carePeriods: schema.carePeriods,
  careEpisodes: schema.careEpisodes,
  unregisteredPlacements: schema.unregisteredPlacements,
  uascStatuses: schema.uascStatuses,
  iroAllocations: schema.iroAllocations,
  claReviews: schema.claReviews,
  permanencePlans: schema.permanencePlans,
  educationPlanReviews: schema.educationPlanReviews,
  healthRecords: schema.healthRecords,
  claAnnualOutcomes: schema.claAnnualOutcomes,
  missingEpisodes: schema.missingEpisodes,
  earlyHelpAssessments: schema.earlyHelpAssessments,
  returnInterviews: schema.returnInterviews,
  exploitationScreenings: schema.exploitationScreenings,
  careLeavers: schema.careLeavers,
  paAllocations: schema.paAllocations,
  paContacts: schema.paContacts,
  careLeaverOutcomes: schema.careLeaverOutcomes,
  custodySpells: schema.custodySpells,
  privateFosteringArrangements: schema.privateFosteringArrangements,
  privateFosteringVisits: schema.privateFosteringVisits,
  adopters: schema.adopters,
  adoptionDecisions: schema.adoptionDecisions,
  adoptions: schema.adoptions,
  previousPermanence: schema.previousPermanence,
  careParenthood: schema.careParenthood,
  auditTemplates: schema.auditTemplates,
  auditProgrammes: schema.auditProgrammes,
  caseAudits: schema.caseAudits,
  caseAuditActions: schema.caseAuditActions,
  improvementRecommendations: schema.improvementRecommendations,
  improvementActions: schema.improvementActions,
}

function loginsFrom(users: readonly { role: string; email: string }[]): DemoLogin[] {
  const byEmail = new Map(users.map((u) => [u.email, u]))
  return demoEmails.flatMap((email) => {
    const user = byEmail.get(email)
    return user
      ? [{ role: user.role, roleName: roleName(user.role as Role), email, password: DEMO_PASSWORD }]
      : []
  })
}

/** Demo logins as stored: demo users (is_demo) whose email is one of the per-role demo emails. */
export async function readDemoLogins(db: Executor): Promise<DemoLogin[]> {
  const rows = await db
    .select({ role: schema.users.role, email: schema.users.email })
    .from(schema.users)
    .where(and(eq(schema.users.isDemo, true), inArray(schema.users.email, [...demoEmails])))
  return loginsFrom(rows)
}

async function countTables(db: Executor): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>
  for (const name of tableOrder) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(tables[name])
    counts[name] = Number(row?.n ?? 0)
  }
  return counts
}

export async function seed(database: Database, options: SeedOptions): Promise<SeedResult> {
  const db = database.db
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.users)
  if (Number(existing?.n ?? 0) > 0) {
    return {
      demoLogins: await readDemoLogins(db),
      counts: await countTables(db),
      skipped: true,
      timings: { generateMs: 0, insertMs: 0 },
    }
  }

  const started = performance.now()
  const seedNumber = options.seed ?? DEFAULT_SEED
  const today = options.today ?? systemClock.today()
  // Hash once: argon2id takes about 60 ms, and every demo user shares the one demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  // A replicated size (england) generates its base council, then copies it inside PostgreSQL below.
  const replicated = isGeneratedSize(options.size) ? null : replicatedSizes[options.size]
  if (replicated && database.engine !== 'postgres') throw new Error(`The ${options.size} size needs PostgreSQL`)
  const { rows } = generate({ size: replicated ? replicated.base : (options.size as Exclude<SizeName, 'england'>), seed: seedNumber, today, passwordHash })
  const counts = countRows(rows)
  const generated = performance.now()

  await db.transaction(async (tx) => {
    const pipeline = createPipeline()
    for (const name of tableOrder) {
      // calendar_days is the same for every council and may already be filled by another tool.
      await bulkInsert(tx, pipeline, tables[name], rows[name] as Record<string, unknown>[], {
        onConflictDoNothing: name === 'calendarDays',
      })
    }
    await pipeline.drain()
    await recordWrite(tx, systemActor, {
      action: 'seed',
      entityType: 'synthetic_council',
      entityId: options.size,
      detail: { size: options.size, seed: seedNumber, today, counts },
    })
  })
  await settle(database)
  if (replicated) await replicate(database, replicated.times - 1)
  return {
    demoLogins: loginsFrom(rows.users),
    counts,
    skipped: false,
    timings: {
      generateMs: Math.round(generated - started),
      insertMs: Math.round(performance.now() - generated),
    },
  }
}
