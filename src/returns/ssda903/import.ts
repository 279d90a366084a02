/**
 * Imports an SSDA903 return from another system (issue 5 part 9), with the CIN census import's
 * guarantees:
 *
 * 1. Parse: a CSV set (parseCsv.ts: each file told apart by its columns) or one XML file
 *    (parseXml.ts: DOCTYPE/ENTITY and oversize refused before parsing).
 * 2. Check the whole return first (importChecks.ts), then what the database already holds (an
 *    episode on the same day, a year's OC2/OC3/PrevPerm row for the child). Any problem refuses the
 *    whole import, with a report by file, row and column; nothing is written.
 * 3. Idempotent: the return's content hash is kept in ssda903_imports (unique), so loading the same
 *    return again reports "already imported" and changes nothing.
 * 4. One transaction: the rows are planned in memory (importPlan.ts) and inserted table by table in
 *    multi-row statements (importRepository.ts), with one summary audit row (no personal data).
 *
 * The mapping is the storage contract in README.md, shared with the export (extract.ts).
 */
import { createHash } from 'node:crypto'
import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { firstYear, isKnownYear, lastYear, structuralProblems } from './importChecks.js'
import { insertCounts, planImport } from './importPlan.js'
import { ssda903ImportRepository, type Collisions } from './importRepository.js'
import { parseCsvSet, type CsvFile, type ImportProblem, type ParsedReturn } from './parseCsv.js'
import { parseXmlReturn } from './parseXml.js'
import { ssda903Columns, type Ssda903TableName } from './tables.js'

export type Ssda903ImportInput =
  | { readonly format: 'CSV'; readonly files: readonly CsvFile[] }
  | { readonly format: 'XML'; readonly file: CsvFile }

export type Ssda903ImportReport = {
  readonly status: 'imported' | 'already-imported' | 'refused'
  readonly yearEnding: number | null
  readonly format: 'CSV' | 'XML'
  /** Every problem found (status 'refused'); the first 1,000 are kept, `problemCount` counts them all. */
  readonly problems: ImportProblem[]
  readonly problemCount: number
  /** Rows in the return, by 903 table. */
  readonly tableRows: Partial<Record<Ssda903TableName, number>>
  /** Rows written, by Cairn table. */
  readonly inserted: Record<string, number>
  readonly children: { readonly total: number; readonly created: number; readonly updated: number }
  /** For 'already-imported': the year and the time it was loaded. */
  readonly previous: { readonly yearEnding: number; readonly importedAt: Date } | null
  readonly durationMs: number
}

const problemsKept = 1_000

/** A hash of the return's content (not of its file names or order), so the same return is loaded once. */
export function contentHash(parsed: ParsedReturn): string {
  const hash = createHash('sha256')
  for (const table of Object.keys(ssda903Columns) as Ssda903TableName[]) hash.update(JSON.stringify([table, parsed.data[table]]))
  return hash.digest('hex')
}

function collisionProblems(parsed: ParsedReturn, ids: ReadonlyMap<string, string>, held: Collisions): ImportProblem[] {
  const out: ImportProblem[] = []
  const { data, sources } = parsed
  data.Episodes.forEach((e, i) => {
    const id = ids.get(e.CHILD)
    const [d, m, y] = e.DECOM.split('/')
    if (id && held.episodeStarts.has(`${id}|${y}-${m}-${d}`))
      out.push({ ...sources.Episodes[i]!, column: 'DECOM', message: `CHILD ${e.CHILD} already has an episode starting ${e.DECOM} in Cairn.` })
  })
  for (const table of ['OC2', 'OC3', 'PrevPerm'] as const)
    data[table].forEach((r, i) => {
      const id = ids.get(r.CHILD)
      if (id && held.yearRows[table].has(id)) out.push({ ...sources[table][i]!, column: 'CHILD', message: `CHILD ${r.CHILD} already has a ${table} row for this year in Cairn.` })
    })
  return out
}

/** Imports a 903 return for the collection year ending 31 March `yearEnding`. Never throws for a bad return: the report says why. */
export async function importSsda903(db: AppDb, actor: Actor, input: Ssda903ImportInput, yearEnding: number): Promise<Ssda903ImportReport> {
  const started = performance.now()
  const report = (status: Ssda903ImportReport['status'], parts: Partial<Ssda903ImportReport> = {}): Ssda903ImportReport => ({
    status, yearEnding: isKnownYear(yearEnding) ? yearEnding : null, format: input.format, problems: [], problemCount: 0, tableRows: {}, inserted: {},
    children: { total: 0, created: 0, updated: 0 }, previous: null, ...parts, durationMs: Math.round(performance.now() - started),
  })
  const refused = (problems: ImportProblem[], parsed?: ParsedReturn) =>
    report('refused', { problems: problems.slice(0, problemsKept), problemCount: problems.length, ...(parsed ? { tableRows: tableRows(parsed), children: { total: parsed.data.Header.length, created: 0, updated: 0 } } : {}) })

  if (!isKnownYear(yearEnding))
    return refused([{ file: 'collection year', row: null, column: null, message: `The collection year must be a year ending 31 March from ${firstYear} to ${lastYear}.` }])
  if (input.format === 'CSV' && input.files.length === 0) return refused([{ file: 'files', row: null, column: null, message: 'Select the 903 CSV files.' }])
  const parsed = input.format === 'CSV' ? parseCsvSet(input.files) : parseXmlReturn(input.file.content, input.file.name)
  // Every table that could be read is checked too, so one report lists everything to fix.
  const problems = [...parsed.problems, ...structuralProblems(parsed, yearEnding)]
  if (problems.length) return refused(problems, parsed)

  const hash = contentHash(parsed)
  const outcome = await withTransaction(db, async (tx) => {
    const repo = ssda903ImportRepository(tx)
    const previous = await repo.importWithHash(hash)
    if (previous) return report('already-imported', { tableRows: tableRows(parsed), previous: { yearEnding: previous.collectionYear, importedAt: previous.createdAt } })
    const held = await repo.heldChildren(parsed.data.Header.map((h) => h.CHILD))
    const heldIds = new Map([...held].map(([ref, c]) => [ref, c.id]))
    const clashes = collisionProblems(parsed, heldIds, await repo.collisions([...heldIds.values()], yearEnding))
    if (clashes.length) return refused(clashes, parsed)
    const plan = planImport({ data: parsed.data, yearEnding, format: input.format, contentHash: hash, held, createdBy: actor.id })
    await repo.insertAll(plan.inserts)
    for (const update of plan.childUpdates) await repo.updateChild(update)
    const inserted = insertCounts(plan.inserts)
    const children = { total: parsed.data.Header.length, created: plan.created, updated: plan.childUpdates.length }
    await recordWrite(tx, actor, {
      action: 'return.ssda903.import',
      entityType: 'ssda903_import',
      entityId: plan.inserts.ssda903_imports[0]!.id!,
      detail: { yearEnding, format: input.format, children, inserted },
    })
    return report('imported', { tableRows: tableRows(parsed), inserted, children })
  }).catch((err: unknown) => {
    // A value a constraint refuses (checked above where we can) is reported, not a crash; the
    // transaction has rolled back, so nothing was written. The constraint name locates it.
    const e = err as { constraint?: string; cause?: { constraint?: string }; message?: string }
    const constraint = e.constraint ?? e.cause?.constraint
    if (constraint === 'ssda903_imports_hash_idx') return report('already-imported', { tableRows: tableRows(parsed) })
    if (constraint) return refused([{ file: 'database', row: null, column: null, message: `A value could not be stored (the database's ${constraint} rule refused it). Nothing was imported.` }], parsed)
    throw err
  })
  return outcome
}

function tableRows(parsed: ParsedReturn): Partial<Record<Ssda903TableName, number>> {
  return Object.fromEntries((Object.keys(ssda903Columns) as Ssda903TableName[]).filter((t) => parsed.data[t].length).map((t) => [t, parsed.data[t].length]))
}
