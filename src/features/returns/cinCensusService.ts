import type { Actor } from '../../access/actor.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { notFound, ruleBroken } from '../../errors.js'
import { buildCensusXml, censusYearOf } from '../../returns/cin-census/build.js'
import { defaultReferenceDate, extractCensus } from '../../returns/cin-census/extract.js'
import { importCensus } from '../../returns/cin-census/import.js'
import { parseCensus } from '../../returns/cin-census/parse.js'
import { validateCensus, type CollectionYear, type Finding } from '../../returns/cin-census/validate.js'
import { validateAgainstXsd, type XsdResult } from '../../returns/cin-census/xsd.js'
import { createJobRunner } from './jobRunner.js'

/**
 * The years a return can be made for (issue 4 §9): all use the Sex (M/F/U) format, and 2026-27
 * adds the PreProceedingsandFGDM module (CIN census guide 2026-27).
 */
export const censusYears = ['2024-25', '2025-26', '2026-27'] as const satisfies readonly CollectionYear[]
export type CensusYear = (typeof censusYears)[number]

export type CensusRunDetail = { readonly collectionYear: CensusYear; readonly referenceDate: string }
export type CensusRunResult = {
  readonly xml: string
  readonly filename: string
  readonly childCount: number
  readonly xsd: XsdResult
  readonly findings: readonly Finding[]
}

/**
 * The CIN census return (DfE "Children in need census: guide"): extract the year's cohort from the
 * casework, build the XML, check it against the year's XSD where there is one, then apply every
 * DfE validation rule, as a background job with progress. The XML that is checked is the XML that
 * is downloaded: the rules run on the file parsed back, as the DfE tool reads it.
 */
export function cinCensusService(db: AppDb, clock: Clock, laCode: string) {
  const runs = createJobRunner<CensusRunResult, CensusRunDetail>({ now: () => clock.now() })

  function ownRun(actor: Actor, id: string) {
    const run = runs.get(id)
    // A run holds children's data from the actor's own scope, so only they may see it.
    if (!run || run.ownerId !== actor.id) throw notFound('Census run')
    return run
  }

  return {
    years: censusYears,

    async start(actor: Actor, collectionYear: CensusYear) {
      const referenceDate = defaultReferenceDate(collectionYear)
      const run = runs.start(actor.id, { collectionYear, referenceDate }, 4, async (progress) => {
        progress('Reading the casework records')
        const census = await extractCensus(db, actor, { collectionYear, laCode, referenceDate, now: clock.now() })
        progress('Building the XML')
        const xml = buildCensusXml(census, { collectionYear, laCode, referenceDate })
        progress('Checking the XML against the schema')
        const xsd = await validateAgainstXsd(xml, collectionYear)
        progress('Applying the DfE validation rules')
        const findings = validateCensus(parseCensus(xml), { collectionYear, referenceDate })
        return { xml, filename: `CIN_Census_${laCode}_${censusYearOf(collectionYear)}.xml`, childCount: census.children.length, xsd, findings }
      })
      await recordAccess(db, actor, { action: 'return.cinCensus.run', entityType: 'cin_census_run', entityId: run.id, detail: { collectionYear, referenceDate } })
      return run
    },

    /**
     * Imports a census file from another system (returns/cin-census/import.ts: checked first, then
     * one transaction with its audit row; a refused file writes nothing). Never throws for a bad file.
     */
    importFile: (actor: Actor, xml: Uint8Array) => importCensus(db, actor, xml),

    run: ownRun,
    runsFor: (actor: Actor) => runs.listFor(actor.id),
    wait: (id: string) => runs.wait(id),

    /** The file, once the run has finished; the download is audited before a byte is sent. */
    async download(actor: Actor, id: string) {
      const run = ownRun(actor, id)
      if (run.status !== 'done' || !run.result) throw ruleBroken('The census run has not finished, so there is no file to download yet')
      const { filename, xml, childCount, findings } = run.result
      await recordAccess(db, actor, {
        action: 'return.cinCensus.download',
        entityType: 'cin_census_run',
        entityId: id,
        detail: { collectionYear: run.detail.collectionYear, children: childCount, errors: findings.filter((f) => f.type === 'ERROR').length },
      })
      return { filename, xml }
    },
  }
}

export type CinCensusService = ReturnType<typeof cinCensusService>
