import { inArray } from 'drizzle-orm'
import type { Actor } from '../../access/actor.js'
import { recordAccess } from '../../audit/auditLog.js'
import { children } from '../../db/schema/index.js'
import { notFound, ruleBroken } from '../../errors.js'
import { returnCsvFiles } from '../../returns/ssda903/csv.js'
import { extractReturn } from '../../returns/ssda903/extract.js'
import { tablesCollected, type Ssda903Return, type Ssda903TableName } from '../../returns/ssda903/tables.js'
import { validateReturn, type Finding } from '../../returns/ssda903/validate.js'
import { returnXml } from '../../returns/ssda903/xml.js'
import { validate903Xml, type XsdResult } from '../../returns/ssda903/xsd.js'
import type { ServiceBase } from '../serviceBase.js'
import { createJobRunner } from './jobRunner.js'

/** The collection years a return can be made for, by the year they end: 2023 is 2022-23 … 2027 is 2026-27. */
export const ssda903Years = [2023, 2024, 2025, 2026, 2027] as const
export type Ssda903Year = (typeof ssda903Years)[number]
export const yearLabel = (yearEnding: number) => `${yearEnding - 1}-${String(yearEnding).slice(2)}`

export type Ssda903RunDetail = { readonly yearEnding: Ssda903Year; readonly withPrevious: boolean }
export type Ssda903RunResult = {
  readonly ret: Ssda903Return
  readonly xsd: XsdResult
  readonly findings: readonly Finding[]
  readonly tables: readonly Ssda903TableName[]
}

/**
 * Runs are kept in memory (the CIN census's job runner), at most this many finished runs per
 * service: a run holds the return's tables (tens of MB for a county-size return; the XML and CSV
 * text are written again from them on download, byte for byte what was checked), and is gone after
 * a restart. No table is needed: the return can always be made again from the casework.
 */
const keptRuns = 5

/**
 * The SSDA903 return (issue 5 part 9; DfE "Children looked after return: guide"): read the year
 * from the casework (returns/ssda903/extract.ts), write the XML, check it against our adaptation
 * of CLA.xsd, then apply the year's 903 rules (with last year's return, when given, for the rules
 * that need it), as a background job. The CSV files and the XML are made from the same tables, so
 * what was checked is what is downloaded.
 */
export function ssda903Services(base: ServiceBase) {
  const { db, clock } = base
  const runs = createJobRunner<Ssda903RunResult, Ssda903RunDetail>({ keep: keptRuns, now: () => clock.now() })

  function ownRun(actor: Actor, id: string) {
    const run = runs.get(id)
    // A run holds children's data from the actor's own scope, so only they may see it.
    if (!run || run.ownerId !== actor.id) throw notFound('SSDA903 run')
    return run
  }

  const ssda903 = {
    years: ssda903Years,

    async start(actor: Actor, yearEnding: Ssda903Year, previous: Ssda903Return | null = null) {
      const run = runs.start(actor.id, { yearEnding, withPrevious: previous !== null }, 4, async (progress) => {
        progress('Reading the casework records')
        const ret = await extractReturn(db, yearEnding, actor)
        progress('Writing the XML')
        const xml = returnXml(ret)
        progress('Checking the XML against the schema')
        const xsd = await validate903Xml(xml)
        progress('Applying the 903 validation rules')
        const findings = validateReturn(ret, yearEnding, previous)
        return { ret, xsd, findings, tables: tablesCollected(yearEnding) }
      })
      await recordAccess(db, actor, { action: 'return.ssda903.run', entityType: 'ssda903_run', entityId: run.id, detail: { yearEnding, withPrevious: previous !== null } })
      return run
    },

    run: ownRun,
    /** Child ids for the CHILD values shown on the run page, so each links to the child's record. */
    async childIds(refs: readonly string[]): Promise<Map<string, string>> {
      if (refs.length === 0) return new Map()
      const rows = await db.select({ id: children.id, ref: children.childRef }).from(children).where(inArray(children.childRef, [...refs]))
      return new Map(rows.map((r) => [r.ref, r.id]))
    },
    runsFor: (actor: Actor) => runs.listFor(actor.id),
    wait: (id: string) => runs.wait(id),

    /**
     * One file of a finished run: a table's CSV by its DfE file name, or the XML. The download is
     * audited before a byte is sent. An unknown file is a 404.
     */
    async download(actor: Actor, id: string, file: string) {
      const run = ownRun(actor, id)
      if (run.status !== 'done' || !run.result) throw ruleBroken('The SSDA903 run has not finished, so there is nothing to download yet')
      const { ret, findings } = run.result
      const { yearEnding } = run.detail
      const xmlName = `SSDA903_${yearLabel(yearEnding)}.xml`
      const csv = file === xmlName ? null : returnCsvFiles(ret, yearEnding).find((f) => f.filename === file)
      if (file !== xmlName && !csv) throw notFound('File')
      await recordAccess(db, actor, {
        action: 'return.ssda903.download',
        entityType: 'ssda903_run',
        entityId: id,
        detail: { yearEnding, file, children: ret.Header.length, errors: findings.filter((f) => f.type === 'ERROR').length },
      })
      return csv
        ? { filename: csv.filename, contentType: 'text/csv; charset=utf-8', body: csv.csv }
        : { filename: xmlName, contentType: 'application/xml; charset=utf-8', body: returnXml(ret) }
    },
  }
  return { ssda903 }
}

export type Ssda903Service = ReturnType<typeof ssda903Services>['ssda903']
