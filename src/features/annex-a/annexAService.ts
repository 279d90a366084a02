/**
 * The Ofsted Annex A workbook (issue 7 part 4): Lists 1 to 11 produced from the casework for a
 * chosen look-back window, as a background job with progress; the download is audited; and
 * workbooks imported to benchmark against, compared list by list with ours for the same window.
 */
import { createHash } from 'node:crypto'
import { desc, eq, sql } from 'drizzle-orm'
import type { Actor } from '../../access/actor.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { annexAImports } from '../../db/schema/index.js'
import { checkHeadings, type HeadingProblem } from '../../domain/annexA/headings.js'
import { annexALists, type AnnexAListId, type AnnexARow } from '../../domain/annexA/lists.js'
import { ageOn, windowOf, type AnnexAWindow } from '../../domain/annexA/window.js'
import type { Clock } from '../../domain/clock.js'
import { notFound, ruleBroken } from '../../errors.js'
import { createJobRunner } from '../returns/jobRunner.js'
import { readWorkbook, writeWorkbook, type ListRows } from './annexAWorkbook.js'
import { listQueries, windowSql } from './lists/index.js'

export type ListCount = {
  readonly id: AnnexAListId
  readonly sheet: string
  readonly title: string
  readonly rows: number
}
export type AnnexARunDetail = { readonly window: AnnexAWindow }
export type AnnexARunResult = {
  readonly xlsx: Buffer
  readonly filename: string
  readonly counts: readonly ListCount[]
}

/** What an import stores per list: the sheet's row count and its rows as text (someone else's return, never casework). */
type ImportedList = { id: number; sheet: string; rows: number }

export type ImportOutcome =
  | { readonly status: 'refused'; readonly problems: readonly HeadingProblem[] }
  | { readonly status: 'imported' | 'already'; readonly id: string }

export const maxImportBytes = 20 * 1024 * 1024

export function annexAService(db: AppDb, clock: Clock, laCode: string) {
  const runs = createJobRunner<AnnexARunResult, AnnexARunDetail>({ now: () => clock.now() })

  /** One list's rows for the window, for the children in the actor's scope, with each child's age on the window's last day. */
  async function listRows(actor: Actor, id: AnnexAListId, window: AnnexAWindow): Promise<AnnexARow[]> {
    const rows = (await db.execute(listQueries[id](windowSql(window), actor))).rows as AnnexARow[]
    for (const r of rows)
      if ('dateOfBirth' in r) r.age = ageOn((r.dateOfBirth as string | null) ?? null, window.to)
    return rows
  }

  /** Every list, in order; `progress` is told as each starts. */
  async function allLists(
    actor: Actor,
    window: AnnexAWindow,
    progress: (step: string) => void = () => {},
  ): Promise<ListRows[]> {
    const out: ListRows[] = []
    for (const list of annexALists) {
      progress(`${list.sheet}: ${list.title}`)
      out.push({ list, rows: await listRows(actor, list.id, window) })
    }
    return out
  }

  /** Row counts per list, without fetching the rows (the comparison page). */
  async function countLists(actor: Actor, window: AnnexAWindow): Promise<Map<number, number>> {
    const w = windowSql(window)
    const counts = new Map<number, number>()
    for (const list of annexALists) {
      const r = (await db.execute(sql`select count(*)::int as n from (${listQueries[list.id](w, actor)}) q`))
        .rows[0] as { n: number }
      counts.set(list.id, Number(r.n))
    }
    return counts
  }

  function ownRun(actor: Actor, id: string) {
    const run = runs.get(id)
    // A run holds children's data from the actor's own scope, so only they may see it.
    if (!run || run.ownerId !== actor.id) throw notFound('Annex A run')
    return run
  }

  async function ownImport(id: string) {
    const [row] = await db.select().from(annexAImports).where(eq(annexAImports.id, id))
    if (!row) throw notFound('Imported workbook')
    return row
  }

  return {
    window: windowOf,
    listRows,
    allLists,
    countLists,

    async start(actor: Actor, window: AnnexAWindow) {
      const run = runs.start(actor.id, { window }, annexALists.length + 1, async (progress) => {
        const lists = await allLists(actor, window, progress)
        progress('Writing the workbook')
        const xlsx = await writeWorkbook(lists)
        const counts = lists.map(({ list, rows }) => ({
          id: list.id,
          sheet: list.sheet,
          title: list.title,
          rows: rows.length,
        }))
        return { xlsx, filename: `Annex_A_${laCode}_${window.to}.xlsx`, counts }
      })
      await recordAccess(db, actor, {
        action: 'annexA.run',
        entityType: 'annex_a_run',
        entityId: run.id,
        detail: { from: window.from, to: window.to, months: window.months },
      })
      return run
    },

    run: ownRun,
    runsFor: (actor: Actor) => runs.listFor(actor.id),
    wait: (id: string) => runs.wait(id),

    /** The workbook, once the run has finished; the download is audited before a byte is sent. */
    async download(actor: Actor, id: string) {
      const run = ownRun(actor, id)
      if (run.status !== 'done' || !run.result)
        throw ruleBroken('The Annex A run has not finished, so there is no workbook to download yet')
      const { filename, xlsx, counts } = run.result
      await recordAccess(db, actor, {
        action: 'annexA.download',
        entityType: 'annex_a_run',
        entityId: id,
        detail: {
          from: run.detail.window.from,
          to: run.detail.window.to,
          rows: Object.fromEntries(counts.map((c) => [c.sheet, c.rows])),
        },
      })
      return { filename, xlsx }
    },

    /**
     * Imports a workbook to benchmark against. The sheets and headings are checked first; a
     * workbook with a wrong or missing sheet or column is refused with every problem and nothing
     * is written. The same file again (by content hash) is not stored twice.
     */
    async importWorkbook(actor: Actor, fileName: string, file: Uint8Array): Promise<ImportOutcome> {
      let sheets
      try {
        sheets = await readWorkbook(file)
      } catch {
        return {
          status: 'refused',
          problems: [{ sheet: '', message: 'The file is not an Excel workbook (.xlsx) that can be read' }],
        }
      }
      const problems = checkHeadings(sheets)
      if (problems.length) return { status: 'refused', problems }
      const contentHash = createHash('sha256').update(file).digest('hex')
      const [existing] = await db
        .select({ id: annexAImports.id })
        .from(annexAImports)
        .where(eq(annexAImports.contentHash, contentHash))
      if (existing) return { status: 'already', id: existing.id }
      const lists: ImportedList[] = annexALists.map((l) => ({
        id: l.id,
        sheet: l.sheet,
        rows: sheets.find((s) => s.name.trim().toLowerCase() === l.sheet.toLowerCase())!.rowCount,
      }))
      const label = fileName.replace(/\.xlsx$/i, '').slice(0, 200) || 'Annex A workbook'
      const id = await withTransaction(db, async (tx) => {
        const [row] = await tx
          .insert(annexAImports)
          .values({ label, fileName: fileName.slice(0, 255), contentHash, lists, importedBy: actor.id })
          .onConflictDoNothing()
          .returning({ id: annexAImports.id })
        if (!row) return null
        await recordWrite(tx, actor, {
          action: 'annexA.import',
          entityType: 'annex_a_import',
          entityId: row.id,
          after: { label, fileName, lists: lists.map((l) => l.rows).join(',') },
        })
        return row.id
      })
      if (id) return { status: 'imported', id }
      const [raced] = await db
        .select({ id: annexAImports.id })
        .from(annexAImports)
        .where(eq(annexAImports.contentHash, contentHash))
      return { status: 'already', id: raced!.id }
    },

    imports: () =>
      db
        .select({
          id: annexAImports.id,
          label: annexAImports.label,
          fileName: annexAImports.fileName,
          importedAt: annexAImports.importedAt,
        })
        .from(annexAImports)
        .orderBy(desc(annexAImports.importedAt))
        .limit(50),

    /** Per list: the rows in the imported workbook beside the rows in ours for the window. */
    async compare(actor: Actor, importId: string, window: AnnexAWindow) {
      const imported = await ownImport(importId)
      const ours = await countLists(actor, window)
      const theirs = new Map((imported.lists as ImportedList[]).map((l) => [l.id, l.rows]))
      const lines = annexALists.map((l) => ({
        id: l.id,
        sheet: l.sheet,
        title: l.title,
        imported: theirs.get(l.id) ?? 0,
        ours: ours.get(l.id) ?? 0,
      }))
      return {
        imported: {
          id: imported.id,
          label: imported.label,
          fileName: imported.fileName,
          importedAt: imported.importedAt,
        },
        window,
        lines,
      }
    },
  }
}

export type AnnexAService = ReturnType<typeof annexAService>
