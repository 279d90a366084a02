/**
 * A small recorded history for the 903 export tests (test fixtures only): the fixture child in care
 * through 2025-26 with a move and a change of legal status, a review, health records, a missing
 * episode, UASC status and a social worker; a care leaver's OC3; an earlier period that ended before
 * the year; and a child loaded from another system's return for 2025-26.
 */
import type { Executor } from '../../db/executor.js'
import type { TestContext } from '../../../test/harness.js'
import {
  careEpisodes, careLeaverOutcomes, carePeriods, children, claAnnualOutcomes, claReviews, healthRecords, libertyOrders, missingEpisodes, previousPermanence,
  ssda903ImportChildren, ssda903Imports, staffProfiles, uascStatuses,
} from '../../db/schema/index.js'

type Ids = { own: string; otherTeam: string; unallocated: string; createdBy: string; socialWorker: string }

const episode = { change: 'START', sameCarers: false, legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1', placementPostcode: 'LE1 1AA', homePostcode: 'LE2 2BB' }

/** The history for a test context: its own, other-team and unallocated fixture children, recorded by the team manager. */
export const recordFixtureHistory = ({ database, fixtures: { child, user } }: TestContext) =>
  recordHistory(database.db, { own: child.own.id, otherTeam: child.otherTeam.id, unallocated: child.unallocated.id, createdBy: user.team_manager.id, socialWorker: user.social_worker.id })

export async function recordHistory(db: Executor, ids: Ids): Promise<{ importedChildRef: string }> {
  const createdBy = ids.createdBy
  const [period] = await db.insert(carePeriods).values({ childId: ids.own, startedOn: '2025-06-10', createdBy }).returning()
  await db.insert(careEpisodes).values([
    { ...episode, periodId: period!.id, childId: ids.own, startsOn: '2025-06-10', placementEndReason: 'CARPL', createdBy },
    { ...episode, periodId: period!.id, childId: ids.own, startsOn: '2025-09-02', change: 'PLACEMENT', placementType: 'U3', createdBy },
    { ...episode, periodId: period!.id, childId: ids.own, startsOn: '2026-01-15', change: 'LEGAL_STATUS', legalStatus: 'C1', placementType: 'U3', createdBy },
    { ...episode, periodId: period!.id, childId: ids.own, startsOn: '2026-05-01', change: 'BOTH', legalStatus: 'C2', placementType: 'Z12', createdBy },
  ])
  const [old] = await db.insert(carePeriods).values({ childId: ids.otherTeam, startedOn: '2024-01-10', endedOn: '2025-03-01', reasonCeased: 'E11', createdBy }).returning()
  await db.insert(careEpisodes).values({ ...episode, periodId: old!.id, childId: ids.otherTeam, startsOn: '2024-01-10', createdBy })
  await db.insert(claReviews).values([
    { childId: ids.own, periodId: period!.id, heldOn: '2025-07-08', participation: 'PN1', createdBy },
    { childId: ids.own, periodId: period!.id, heldOn: '2026-05-01', participation: 'PN2', createdBy },
  ])
  await db.insert(claAnnualOutcomes).values({ childId: ids.own, collectionYear: 2026, convicted: '0', substanceMisuse: '0', createdBy })
  await db.insert(healthRecords).values([
    { childId: ids.own, kind: 'DENTAL', doneOn: '2025-08-01', createdBy },
    { childId: ids.own, kind: 'REVIEW_HEALTH_ASSESSMENT', doneOn: '2025-10-01', createdBy },
    { childId: ids.own, kind: 'SDQ', doneOn: '2025-11-01', sdqScore: 14, createdBy },
    { childId: ids.own, kind: 'SDQ', doneOn: '2026-02-01', sdqScore: 20, createdBy },
    { childId: ids.own, kind: 'IMMUNISATIONS', doneOn: '2024-01-01', createdBy },
  ])
  // 23:30 UTC on 1 October is 00:30 on 2 October in London (BST): the 903 date is 02/10/2025.
  await db.insert(missingEpisodes).values({ childId: ids.own, kind: 'M', startedAt: new Date('2025-10-01T23:30:00Z'), endedAt: new Date('2025-10-02T10:00:00Z'), createdBy })
  await db.insert(uascStatuses).values({ childId: ids.own, startedOn: '2025-06-10', createdBy })
  await db.insert(previousPermanence).values({ childId: ids.own, collectionYear: 2026, prevPerm: 'Z1', createdBy })
  await db.insert(libertyOrders).values({ childId: ids.own, startedOn: '2026-05-01', createdBy })
  await db.insert(staffProfiles).values({ userId: ids.socialWorker, startedOn: '2020-01-01', socialWorkEnglandNumber: 'SW123456' })
  await db.insert(careLeaverOutcomes).values({ childId: ids.unallocated, collectionYear: 2026, inTouch: 'YES', activity: 'F2', accommodation: 'B1', createdBy })

  // A child from another system's 2025-26 return, reported as loaded.
  const [imported] = await db.insert(children).values({ childRef: 'IMP0001', firstName: 'Unknown', lastName: 'IMP0001', sex: 'M', ethnicity: 'WBRI', dateOfBirth: '2012-05-01' }).returning()
  const [load] = await db.insert(ssda903Imports).values({ collectionYear: 2026, format: 'CSV', contentHash: 'test-history', childCount: 1, createdBy }).returning()
  await db.insert(ssda903ImportChildren).values({ importId: load!.id, childId: imported!.id, position: 0 })
  const [ip] = await db.insert(carePeriods).values({ childId: imported!.id, startedOn: '2016-02-15', imported: true, createdBy }).returning()
  await db.insert(careEpisodes).values({
    ...episode, periodId: ip!.id, childId: imported!.id, startsOn: '2016-02-15', legalStatus: 'C2', placementType: 'T2', placementProvider: 'PR0', placementEndReason: 'CLOSE',
    imported: true, importedRne: 'L', importedDec: '2017-08-14', importedRec: 'X1', createdBy,
  })
  return { importedChildRef: 'IMP0001' }
}
