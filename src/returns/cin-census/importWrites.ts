/**
 * The writes a CIN census import plans (importPlan.ts) before anything is written: new rows by
 * table, each carrying the id it will have, and updates of only the fields that differ from what
 * is held. importRepository.ts then inserts each table's rows, parents first, in a few statements.
 */
import type {
  assessments,
  children,
  cinEpisodes,
  cpConferences,
  cpPlans,
  referrals,
  s47Enquiries,
  strategyDiscussions,
} from '../../db/schema/index.js'

/** New rows by table, in the order they must be inserted (each table's parents come before it). */
export type Inserts = {
  children: (typeof children.$inferInsert)[]
  cin_episodes: (typeof cinEpisodes.$inferInsert)[]
  referrals: (typeof referrals.$inferInsert)[]
  strategy_discussions: (typeof strategyDiscussions.$inferInsert)[]
  s47_enquiries: (typeof s47Enquiries.$inferInsert)[]
  cp_conferences: (typeof cpConferences.$inferInsert)[]
  assessments: (typeof assessments.$inferInsert)[]
  cp_plans: (typeof cpPlans.$inferInsert)[]
}
export type UpdatedTable = Exclude<keyof Inserts, 'strategy_discussions'>
export type Update = {
  readonly table: UpdatedTable
  readonly id: string
  readonly set: Record<string, unknown>
  readonly version: number
}

/** Fields that differ between what we hold and what the file says (dates as text, arrays by value). */
function changed(
  existing: Record<string, unknown>,
  wanted: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(wanted)) {
    const have = existing[k]
    const same =
      Array.isArray(v) && Array.isArray(have)
        ? v.length === have.length && v.every((x, i) => x === have[i])
        : have === v
    if (!same) out[k] = v
  }
  return out
}

/** Collects the planned rows, and counts writes so a child's status can be told. */
export function writePlanner() {
  const inserts: Inserts = {
    children: [],
    cin_episodes: [],
    referrals: [],
    strategy_discussions: [],
    s47_enquiries: [],
    cp_conferences: [],
    assessments: [],
    cp_plans: [],
  }
  const updates: Update[] = []
  let writes = 0
  return {
    inserts,
    updates,
    writes: () => writes,
    /** Plans a new row; returns its id. */
    insert<K extends keyof Inserts>(table: K, row: Inserts[K][number] & { id: string }): string {
      ;(inserts[table] as (typeof row)[]).push(row)
      writes++
      return row.id
    },
    /** Plans an update of the fields that differ, if any. */
    update(
      table: UpdatedTable,
      row: { id: string; version: number } & Record<string, unknown>,
      wanted: Record<string, unknown>,
    ) {
      const set = changed(row, wanted)
      if (Object.keys(set).length === 0) return
      updates.push({ table, id: row.id, set, version: row.version })
      writes++
    },
  }
}
export type WritePlanner = ReturnType<typeof writePlanner>
