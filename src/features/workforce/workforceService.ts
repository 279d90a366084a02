import type { Actor } from '../../access/actor.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { buildWorkforceCensusXml, censusReferenceDate } from './workforceCensus.js'
import { monthEnds, summariseMeasures, workforceMeasures } from './workforceMeasures.js'
import { workforceRepository } from './workforceRepository.js'

/** The authority-wide workforce measures over 12 months, and the DfE workforce census export. */
export function workforceService(db: AppDb, clock: Clock, laCode: string) {
  const repo = workforceRepository(db)
  return {
    async measures() {
      const months = monthEnds(clock.today(), 12)
      const [staff, fundedFte, live] = await Promise.all([repo.staff(), repo.fundedFte(), repo.liveAllocationsOn(months.map((m) => m.asAt))])
      const figures = workforceMeasures({ staff, fundedFte, liveAllocations: live, months })
      return { months: figures, summary: summariseMeasures(figures), referenceDate: censusReferenceDate(clock.today()) }
    },

    /** The census XML at the latest 30 September; downloading it is audited as an export. */
    async census(actor: Actor) {
      const referenceDate = censusReferenceDate(clock.today())
      const [staff, fundedFte, cases] = await Promise.all([repo.staff(), repo.fundedFte(), repo.casesByWorkerOn(referenceDate)])
      const built = buildWorkforceCensusXml({
        staff: staff.map((s) => ({ ...s, cases: cases.get(s.userId) ?? 0 })),
        fundedFte,
        laCode,
        referenceDate,
        generatedAt: clock.now(),
      })
      await recordAccess(db, actor, { action: 'workforce.censusExport', entityType: 'workforce_census', entityId: referenceDate, detail: { referenceDate, workers: built.workers, format: 'xml' } })
      return { ...built, referenceDate }
    },
  }
}

export type WorkforceService = ReturnType<typeof workforceService>
