/**
 * Imports a CIN census XML file from another system (issue 4 §9: to migrate a council, or to test).
 *
 * 1. Parse: hostile input (DOCTYPE/ENTITY, oversize, malformed) is refused by `parseCensus`.
 * 2. Check the whole file first. A child that cannot be loaded (no LAchildID, a date that is not a
 *    date, a code outside our lists, dates in the wrong order, keys given twice) is an error in the
 *    report; if any child has one, nothing is written and the report is 'refused'. The DfE rule
 *    findings (`validateCensus`) are reported too, but do not block: a migration loads what the
 *    old system held.
 * 3. In one transaction, upsert by stable keys: a child by LAchildID (child_ref); a CIN episode by
 *    (child, referral date) with its referral; an assessment and a section 47 by (episode, start
 *    date); a CP plan by (child, start date); an ICPC by its enquiry, or by its episode when the
 *    file gives the episode's DateOfInitialCPC; a review conference by (episode, date). Only what
 *    differs is written, so a second import of the same file changes nothing. Nothing is deleted:
 *    rows the file does not mention are left as they are. One summary audit row per import.
 *    The writes are planned in memory first (importPlan.ts), then each table's new rows are
 *    inserted in multi-row statements: a few dozen round trips for a council's whole census.
 *
 * The census carries no names: a new child is named 'Unknown' with the LAchildID as surname, for a
 * worker to correct. Imported rows name the system actor as author, chair and authoriser, and
 * placeholder text for the conference fields the census does not carry.
 */
import { randomUUID } from 'node:crypto'
import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { unloadableProblems } from './importChecks.js'
import { planImport, type ImportPlan } from './importPlan.js'
import { importRepository, importUserId } from './importRepository.js'
import { parseCensus, type ParseOptions } from './parse.js'
import { validateCensus, type CollectionYear, type Finding } from './validate.js'

export type ImportOptions = {
  /** '2021-22' and so on; taken from the header's Year when not given. */
  readonly collectionYear?: string
  readonly maxBytes?: ParseOptions['maxBytes']
}

export type ChildStatus = 'created' | 'updated' | 'unchanged' | 'error'
export type ChildOutcome = { readonly position: number; readonly laChildId: string | null; status: ChildStatus; readonly messages: string[] }

export type ImportReport = {
  readonly status: 'imported' | 'refused'
  readonly collectionYear: string | null
  /** Set when the file itself was refused (hostile, malformed, not a census); children is then empty. */
  readonly fileError: string | null
  readonly children: ChildOutcome[]
  readonly counts: Record<ChildStatus, number>
  /** Rows inserted and updated, by table. */
  readonly rows: { inserted: Record<string, number>; updated: Record<string, number> }
  /** The DfE rule findings for the file (informative: they do not stop an import). */
  readonly findings: Finding[]
  readonly durationMs: number
}

/** Header Year '2022' → '2021-22'. */
export function collectionYearOfHeader(year: string | null): string | null {
  if (year === null || !/^\d{4}$/.test(year)) return null
  const end = Number(year)
  return `${end - 1}-${String(end % 100).padStart(2, '0')}`
}

/** Our rules cover 2024-25 to 2026-27; an earlier file is checked with the earliest set we have. */
export const rulesYear = (year: string): CollectionYear => (year >= '2026-27' ? '2026-27' : year >= '2025-26' ? '2025-26' : '2024-25')

/** Rows inserted and updated by table, leaving out the tables not written. */
function rowCounts(plan: ImportPlan): ImportReport['rows'] {
  const inserted: Record<string, number> = {}
  for (const [table, list] of Object.entries(plan.inserts)) if (list.length) inserted[table] = list.length
  const updated: Record<string, number> = {}
  for (const u of plan.updates) updated[u.table] = (updated[u.table] ?? 0) + 1
  return { inserted, updated }
}

const emptyCounts = (): Record<ChildStatus, number> => ({ created: 0, updated: 0, unchanged: 0, error: 0 })

/** Imports a CIN census file; see the module comment. Never throws for a bad file: the report says why. */
export async function importCensus(db: AppDb, actor: Actor, xml: string | Uint8Array, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now()
  const refused = (fileError: string, collectionYear: string | null = null, children: ChildOutcome[] = [], findings: Finding[] = []): ImportReport => {
    const counts = emptyCounts()
    for (const c of children) counts[c.status]++
    return { status: 'refused', collectionYear, fileError, children, counts, rows: { inserted: {}, updated: {} }, findings, durationMs: Math.round(performance.now() - started) }
  }
  let census
  try {
    census = parseCensus(xml, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
  } catch (err) {
    return refused(err instanceof Error ? err.message : String(err))
  }
  const collectionYear = options.collectionYear ?? collectionYearOfHeader(census.header.year)
  if (collectionYear === null || !/^\d{4}-\d{2}$/.test(collectionYear))
    return refused(`The collection year could not be read from the header (Year '${census.header.year ?? ''}'); give it as YYYY-YY.`)
  const findings = validateCensus(census, { collectionYear: rulesYear(collectionYear) })

  const seenRefs = new Map<string, number>()
  for (const c of census.children) if (c.laChildId !== null) seenRefs.set(c.laChildId, (seenRefs.get(c.laChildId) ?? 0) + 1)
  const outcomes: ChildOutcome[] = census.children.map((c) => {
    const messages = unloadableProblems(c, seenRefs)
    return { position: c.position, laChildId: c.laChildId, status: messages.length ? 'error' : 'unchanged', messages }
  })
  const errors = outcomes.filter((o) => o.status === 'error').length
  if (errors > 0) return refused(`${errors} ${errors === 1 ? 'child' : 'children'} could not be loaded, so nothing was imported.`, collectionYear, outcomes, findings)

  let rows: ImportReport['rows'] = { inserted: {}, updated: {} }
  await withTransaction(db, async (tx) => {
    const repo = importRepository(tx)
    await repo.ensureImportUser()
    const plan = planImport(census.children, await repo.loadExisting(census.children.map((c) => c.laChildId!)), importUserId)
    plan.statuses.forEach((status, i) => (outcomes[i]!.status = status))
    await repo.insertAll(plan.inserts)
    for (const update of plan.updates) await repo.update(update)
    rows = rowCounts(plan)
    const counts = emptyCounts()
    for (const o of outcomes) counts[o.status]++
    const changes = Object.values(rows.inserted).reduce((a, b) => a + b, 0) + Object.values(rows.updated).reduce((a, b) => a + b, 0)
    await recordWrite(tx, actor, {
      action: 'return.cinCensus.import',
      entityType: 'cin_census_import',
      entityId: randomUUID(),
      detail: { collectionYear, children: census.children.length, ...counts, changes, inserted: rows.inserted, updated: rows.updated, findings: findings.length },
    })
  })
  const counts = emptyCounts()
  for (const o of outcomes) counts[o.status]++
  return { status: 'imported', collectionYear, fileError: null, children: outcomes, counts, rows, findings, durationMs: Math.round(performance.now() - started) }
}
