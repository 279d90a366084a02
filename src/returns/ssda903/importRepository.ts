/**
 * Set-based reads and writes for the SSDA903 import (import.ts): a few reads for what the file's
 * children already hold, then each table's new rows in multi-row statements (in chunks, well under
 * PostgreSQL's 65,535 parameters per statement), as the CIN census import does.
 */
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/executor.js'
import {
  adoptionDecisions,
  adoptions,
  careEpisodes,
  careLeaverOutcomes,
  careParenthood,
  carePeriods,
  children,
  claAnnualOutcomes,
  claReviews,
  importedSocialWorkerEpisodes,
  libertyOrders,
  missingEpisodes,
  previousPermanence,
  ssda903ImportChildren,
  ssda903Imports,
  uascStatuses,
} from '../../db/schema/index.js'
import type { ChildUpdate, HeldChild, Inserts } from './importPlan.js'

const keyChunk = 5_000
/** Rows per insert (the widest table, care_episodes, has 27 columns: well under 65,535 parameters). */
const rowChunk = 1_000
const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

const tables = {
  children,
  ssda903_imports: ssda903Imports,
  ssda903_import_children: ssda903ImportChildren,
  care_parenthood: careParenthood,
  care_periods: carePeriods,
  care_episodes: careEpisodes,
  cla_reviews: claReviews,
  uasc_statuses: uascStatuses,
  cla_annual_outcomes: claAnnualOutcomes,
  care_leaver_outcomes: careLeaverOutcomes,
  adoptions,
  adoption_decisions: adoptionDecisions,
  previous_permanence: previousPermanence,
  missing_episodes: missingEpisodes,
  imported_social_worker_episodes: importedSocialWorkerEpisodes,
  liberty_orders: libertyOrders,
} satisfies Record<keyof Inserts, PgTable>

/** What the database already holds that a new row would collide with (unique keys). */
export type Collisions = {
  readonly episodeStarts: ReadonlySet<string>
  readonly yearRows: { readonly [K in 'OC2' | 'OC3' | 'PrevPerm']: ReadonlySet<string> }
}

export function ssda903ImportRepository(db: Executor) {
  async function byKeys<T extends PgTable>(table: T, column: PgColumn, keys: readonly string[], extra?: ReturnType<typeof eq>): Promise<T['$inferSelect'][]> {
    const out: T['$inferSelect'][] = []
    for (const part of chunks(keys, keyChunk)) {
      const where = extra ? and(inArray(column, part), extra) : inArray(column, part)
      out.push(...((await db.select().from(table as PgTable).where(where)) as T['$inferSelect'][]))
    }
    return out
  }

  return {
    /** The import with this content hash, if the same return was loaded before. */
    async importWithHash(hash: string) {
      const [row] = await db.select({ id: ssda903Imports.id, collectionYear: ssda903Imports.collectionYear, createdAt: ssda903Imports.createdAt }).from(ssda903Imports).where(eq(ssda903Imports.contentHash, hash))
      return row ?? null
    },

    /** The children already held for the file's CHILD values, by child_ref. */
    async heldChildren(refs: readonly string[]): Promise<Map<string, HeldChild>> {
      const rows = await byKeys(children, children.childRef, refs)
      return new Map(rows.map((c) => [c.childRef, { id: c.id, childRef: c.childRef, sex: c.sex, dateOfBirth: c.dateOfBirth, ethnicity: c.ethnicity, upn: c.upn, upnUnknownReason: c.upnUnknownReason, version: c.version }]))
    },

    /** Episode starts ('childId|date') and year rows ('childId') the held children already have. */
    async collisions(childIds: readonly string[], yearEnding: number): Promise<Collisions> {
      const starts = await byKeys(careEpisodes, careEpisodes.childId, childIds)
      const year = async (table: typeof claAnnualOutcomes | typeof careLeaverOutcomes | typeof previousPermanence) =>
        new Set((await byKeys(table, table.childId, childIds, eq(table.collectionYear, yearEnding))).map((r) => r.childId))
      return {
        episodeStarts: new Set(starts.map((e) => `${e.childId}|${e.startsOn}`)),
        yearRows: { OC2: await year(claAnnualOutcomes), OC3: await year(careLeaverOutcomes), PrevPerm: await year(previousPermanence) },
      }
    },

    /** Every planned row, table by table, parents first, in multi-row statements. */
    async insertAll(inserts: Inserts): Promise<void> {
      for (const name of Object.keys(tables) as (keyof Inserts)[]) {
        for (const part of chunks<Record<string, unknown>>(inserts[name], rowChunk)) {
          // A child's UASC status and parenthood are one row each: a later return replaces them.
          if (name === 'uasc_statuses')
            await db.insert(uascStatuses).values(part as Inserts['uasc_statuses']).onConflictDoUpdate({ target: uascStatuses.childId, set: { ceasedOn: sqlExcluded('ceased_on') } })
          else if (name === 'care_parenthood')
            await db.insert(careParenthood).values(part as Inserts['care_parenthood']).onConflictDoUpdate({ target: careParenthood.childId, set: { isMother: sqlExcluded('is_mother'), motherChildDob: sqlExcluded('mother_child_dob') } })
          else await db.insert(tables[name] as PgTable).values(part)
        }
      }
    },

    /** A held child whose Header values differ: one statement each (rare), bumping its version. */
    async updateChild({ id, version, set }: ChildUpdate): Promise<void> {
      await db.update(children).set({ ...set, version: version + 1, updatedAt: new Date() }).where(eq(children.id, id))
    },
  }
}

/** The value the conflicting insert proposed (PostgreSQL's EXCLUDED row). */
const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`)
