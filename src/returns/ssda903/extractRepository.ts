/**
 * Set-based reads for one SSDA903 collection year (README.md, the contract): one query per 903
 * table, each over the year's rows (casework) or the children of that year's imports (imported
 * rows), as subqueries, so there is no N+1 and no limit on how many ids a query carries. When an
 * actor is given, only children in their scope are read (childInScope); the bench and the service
 * read for the actor who runs the return.
 */
import { and, asc, eq, gte, inArray, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { childInScope, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import {
  adoptionDecisions, adoptions, allocations, careEpisodes, careLeaverOutcomes, careParenthood, carePeriods, children, claAnnualOutcomes, claReviews, healthRecords,
  importedSocialWorkerEpisodes, libertyOrders, missingEpisodes, previousPermanence, ssda903ImportChildren, ssda903Imports, staffProfiles, uascStatuses,
} from '../../db/schema/index.js'
import { collectionPeriod } from './tables.js'

const dayMs = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000)

export function ssda903Repository(db: Executor, yearEnding: number, actor?: Actor) {
  const { start, end } = collectionPeriod(yearEnding)
  const scope: SQL = actor ? childInScope(actor) : sql`true`
  /** The children of this year's imports: their imported rows are reported as loaded. */
  const importChildIds = db
    .select({ id: ssda903ImportChildren.childId })
    .from(ssda903ImportChildren)
    .innerJoin(ssda903Imports, eq(ssda903Imports.id, ssda903ImportChildren.importId))
    .where(eq(ssda903Imports.collectionYear, yearEnding))
  const casework = (imported: AnyPgColumn, inYear: SQL | undefined) => or(and(not(imported), inYear), and(imported, inArray(children.id, importChildIds)))
  const openInYear = (from: AnyPgColumn, to: AnyPgColumn) => and(lte(from, end), or(isNull(to), gte(to, start)))
  const yearPeriods = db
    .select({ id: carePeriods.id })
    .from(carePeriods)
    .where(and(not(carePeriods.imported), openInYear(carePeriods.startedOn, carePeriods.endedOn)))
  const childCols = { childId: children.id, child: children.childRef, dob: children.dateOfBirth }

  return {
    /** Import children in file order (oldest import first), so a re-export keeps the file's order. */
    importChildren: () =>
      db
        .select({ childId: ssda903ImportChildren.childId })
        .from(ssda903ImportChildren)
        .innerJoin(ssda903Imports, eq(ssda903Imports.id, ssda903ImportChildren.importId))
        .innerJoin(children, eq(children.id, ssda903ImportChildren.childId))
        .where(and(eq(ssda903Imports.collectionYear, yearEnding), scope))
        .orderBy(asc(ssda903Imports.createdAt), asc(ssda903ImportChildren.position)),

    children: (ids: readonly string[]) =>
      db
        .select({
          childId: children.id, child: children.childRef, dob: children.dateOfBirth, sex: children.sex, ethnicity: children.ethnicity,
          upn: children.upn, upnUnknownReason: children.upnUnknownReason, isMother: careParenthood.isMother, motherChildDob: careParenthood.motherChildDob,
        })
        .from(children)
        .leftJoin(careParenthood, eq(careParenthood.childId, children.id))
        .where(inArray(children.id, [...ids])),

    periods: () =>
      db
        .select({ id: carePeriods.id, childId: carePeriods.childId, startedOn: carePeriods.startedOn, endedOn: carePeriods.endedOn, reasonCeased: carePeriods.reasonCeased })
        .from(carePeriods)
        .innerJoin(children, eq(children.id, carePeriods.childId))
        .where(and(inArray(carePeriods.id, yearPeriods), scope)),

    /** The rows of the year's periods of care (casework), and imported rows of the year's import children. */
    episodes: () =>
      db
        .select({
          ...childCols, periodId: careEpisodes.periodId, startsOn: careEpisodes.startsOn, change: careEpisodes.change, sameCarers: careEpisodes.sameCarers,
          legalStatus: careEpisodes.legalStatus, categoryOfNeed: careEpisodes.categoryOfNeed, placementType: careEpisodes.placementType,
          placementProvider: careEpisodes.placementProvider, urn: careEpisodes.urn, placementPostcode: careEpisodes.placementPostcode,
          homePostcode: careEpisodes.homePostcode, placementEndReason: careEpisodes.placementEndReason, imported: careEpisodes.imported,
          importedRne: careEpisodes.importedRne, importedDec: careEpisodes.importedDec, importedRec: careEpisodes.importedRec,
        })
        .from(careEpisodes)
        .innerJoin(children, eq(children.id, careEpisodes.childId))
        .where(and(casework(careEpisodes.imported, inArray(careEpisodes.periodId, yearPeriods)), scope))
        .orderBy(asc(careEpisodes.startsOn)),

    reviews: () =>
      db
        .select({ ...childCols, heldOn: claReviews.heldOn, participation: claReviews.participation })
        .from(claReviews)
        .innerJoin(children, eq(children.id, claReviews.childId))
        .where(and(casework(claReviews.imported, and(gte(claReviews.heldOn, start), lte(claReviews.heldOn, end))), scope))
        .orderBy(asc(claReviews.heldOn)),

    uasc: () =>
      db
        .select({ childId: uascStatuses.childId, ceasedOn: uascStatuses.ceasedOn })
        .from(uascStatuses)
        .innerJoin(children, eq(children.id, uascStatuses.childId))
        .where(scope),

    outcomes: () =>
      db
        .select({ ...childCols, o: claAnnualOutcomes })
        .from(claAnnualOutcomes)
        .innerJoin(children, eq(children.id, claAnnualOutcomes.childId))
        .where(and(eq(claAnnualOutcomes.collectionYear, yearEnding), scope)),

    /** Health records in the year for the children with an OC2 row (the OC2 health flags are derived). */
    health: () =>
      db
        .select({ childId: healthRecords.childId, kind: healthRecords.kind, doneOn: healthRecords.doneOn, sdqScore: healthRecords.sdqScore })
        .from(healthRecords)
        .where(
          and(
            gte(healthRecords.doneOn, start),
            lte(healthRecords.doneOn, end),
            inArray(healthRecords.childId, db.select({ id: claAnnualOutcomes.childId }).from(claAnnualOutcomes).where(eq(claAnnualOutcomes.collectionYear, yearEnding))),
          ),
        )
        .orderBy(asc(healthRecords.doneOn)),

    careLeaverOutcomes: () =>
      db
        .select({ ...childCols, inTouch: careLeaverOutcomes.inTouch, activity: careLeaverOutcomes.activity, accommodation: careLeaverOutcomes.accommodation })
        .from(careLeaverOutcomes)
        .innerJoin(children, eq(children.id, careLeaverOutcomes.childId))
        .where(and(eq(careLeaverOutcomes.collectionYear, yearEnding), scope)),

    adoptions: () =>
      db
        .select({ ...childCols, a: adoptions })
        .from(adoptions)
        .innerJoin(children, eq(children.id, adoptions.childId))
        .where(and(casework(adoptions.imported, and(gte(adoptions.adoptionOrderOn, start), lte(adoptions.adoptionOrderOn, end))), scope))
        .orderBy(asc(adoptions.adoptionOrderOn)),

    adoptionDecisions: () =>
      db
        .select({ ...childCols, decidedOn: adoptionDecisions.decidedOn, reversedOn: adoptionDecisions.reversedOn, reversalReason: adoptionDecisions.reversalReason, imported: adoptionDecisions.imported })
        .from(adoptionDecisions)
        .innerJoin(children, eq(children.id, adoptionDecisions.childId))
        .where(and(casework(adoptionDecisions.imported, openInYear(adoptionDecisions.decidedOn, adoptionDecisions.reversedOn)), scope))
        .orderBy(asc(adoptionDecisions.decidedOn)),

    previousPermanence: () =>
      db
        .select({ ...childCols, prevPerm: previousPermanence.prevPerm, laPerm: previousPermanence.laPerm, datePerm: previousPermanence.datePerm })
        .from(previousPermanence)
        .innerJoin(children, eq(children.id, previousPermanence.childId))
        .where(and(eq(previousPermanence.collectionYear, yearEnding), scope)),

    /** A day either side in UTC; the Europe/London date is checked when the rows are mapped. */
    missing: () =>
      db
        .select({ ...childCols, kind: missingEpisodes.kind, startedAt: missingEpisodes.startedAt, endedAt: missingEpisodes.endedAt, imported: missingEpisodes.imported })
        .from(missingEpisodes)
        .innerJoin(children, eq(children.id, missingEpisodes.childId))
        .where(
          and(
            casework(missingEpisodes.imported, and(gte(missingEpisodes.startedAt, dayMs(start, -1)), lte(missingEpisodes.startedAt, dayMs(end, 2)))),
            scope,
          ),
        )
        .orderBy(asc(missingEpisodes.startedAt)),

    /** Allocations overlapping the year for children looked after at 31 March, with the SWE number. */
    allocations: () =>
      db
        .select({ ...childCols, startDate: allocations.startDate, endDate: allocations.endDate, reason: allocations.reason, sweNumber: staffProfiles.socialWorkEnglandNumber })
        .from(allocations)
        .innerJoin(children, eq(children.id, allocations.childId))
        .leftJoin(staffProfiles, eq(staffProfiles.userId, allocations.workerId))
        .where(
          and(
            lte(allocations.startDate, end),
            or(isNull(allocations.endDate), gte(allocations.endDate, start)),
            inArray(allocations.childId, db.select({ id: carePeriods.childId }).from(carePeriods).where(and(not(carePeriods.imported), lte(carePeriods.startedOn, end), or(isNull(carePeriods.endedOn), sql`${carePeriods.endedOn} > ${end}`)))),
            scope,
          ),
        )
        .orderBy(asc(allocations.startDate)),

    importedSocialWorkerEpisodes: () =>
      db
        .select({ ...childCols, swId: importedSocialWorkerEpisodes.swId, startedOn: importedSocialWorkerEpisodes.startedOn, endedOn: importedSocialWorkerEpisodes.endedOn, reason: importedSocialWorkerEpisodes.reason })
        .from(importedSocialWorkerEpisodes)
        .innerJoin(children, eq(children.id, importedSocialWorkerEpisodes.childId))
        .where(and(inArray(children.id, importChildIds), scope))
        .orderBy(asc(importedSocialWorkerEpisodes.startedOn)),

    libertyOrders: () =>
      db
        .select({ ...childCols, startedOn: libertyOrders.startedOn, endedOn: libertyOrders.endedOn, imported: libertyOrders.imported })
        .from(libertyOrders)
        .innerJoin(children, eq(children.id, libertyOrders.childId))
        .where(and(casework(libertyOrders.imported, openInYear(libertyOrders.startedOn, libertyOrders.endedOn)), scope))
        .orderBy(asc(libertyOrders.startedOn)),
  }
}

export type Ssda903Repository = ReturnType<typeof ssda903Repository>
