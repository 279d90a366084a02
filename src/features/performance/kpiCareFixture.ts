/**
 * The children in care, missing, care leaver and private fostering part of the KPI fixture
 * (kpiFixture.ts), for the quarter 1 January to 31 March 2028. Each record's comment says what it
 * is for; kpis.test.ts holds the answers.
 */
import {
  careEpisodes, careLeaverOutcomes, carePeriods, claReviews, missingEpisodes, privateFosteringArrangements, privateFosteringVisits,
  returnInterviews, visits,
} from '../../db/schema/index.js'
import type { TestContext } from '../../../test/harness.js'

type Ids = { X1: string; X2: string; X3: string }

export async function seedCareFixture(ctx: TestContext, { X1, X2, X3 }: Ids) {
  const db = ctx.database.db
  const { user, child: fx } = ctx.fixtures
  const by = { createdBy: user.social_worker.id }
  const own = fx.own.id, otherTeam = fx.otherTeam.id, unallocated = fx.unallocated.id, restricted = fx.restricted.id

  const period = async (childId: string, startedOn: string, endedOn: string | null = null) =>
    (await db.insert(carePeriods).values({ childId, startedOn, endedOn, reasonCeased: endedOn ? 'E13' : null, ...by }).returning())[0]!.id
  const place = { legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'U1', placementProvider: 'PR1', ...by }
  type Episode = Partial<typeof careEpisodes.$inferInsert> & { startsOn: string; change: string }
  const episodes = (periodId: string, childId: string, rows: Episode[]) => db.insert(careEpisodes).values(rows.map((r) => ({ ...place, periodId, childId, ...r })))

  // X2: in care since January 2025 (over 2½ years, aged 11), with the same carers throughout: a
  // legal status change and a same-carers placement change are not moves. Out of area, 5 miles away.
  const pX2 = await period(X2, '2025-01-10')
  await episodes(pX2, X2, [
    { startsOn: '2025-01-10', change: 'START', distanceMiles: '5.0', outOfArea: true },
    { startsOn: '2026-02-01', change: 'LEGAL_STATUS', distanceMiles: '5.0', outOfArea: true },
    { startsOn: '2026-03-15', change: 'PLACEMENT', sameCarers: true, longTerm: true, distanceMiles: '5.0', outOfArea: true },
  ])
  // Three reviews; the last (1 Nov 2027) makes the next due 1 May 2028. A long-term placement over
  // a year old is visited 3-monthly: seen 20 January, next due 20 April.
  await db.insert(claReviews).values(['2025-02-05', '2025-05-01', '2027-11-01'].map((heldOn) => ({ childId: X2, periodId: pX2, heldOn, participation: 'PN1', ...by })))

  // X1: in care since June 2027, three placements in the year, the last (10 Feb 2028) unregistered and 45 miles away.
  const pX1 = await period(X1, '2027-06-01')
  await episodes(pX1, X1, [
    { startsOn: '2027-06-01', change: 'START', placementType: 'K2', distanceMiles: '25.5', outOfArea: true },
    { startsOn: '2027-09-01', change: 'PLACEMENT', placementType: 'K2', distanceMiles: '30.0', outOfArea: true, placementEndReason: 'CHILD' },
    { startsOn: '2028-02-10', change: 'PLACEMENT', placementType: 'K2', distanceMiles: '45.0', outOfArea: true, unregistered: true },
  ])
  // Second review 20 Sept 2027: the third was due 20 March 2028, 11 days overdue at the year end.
  await db.insert(claReviews).values(['2027-06-25', '2027-09-20'].map((heldOn) => ({ childId: X1, periodId: pX1, heldOn, participation: 'PN1', ...by })))

  // own: came into care on Wed 1 March 2028; no review (first due Wed 29 March, 20 working days)
  // and no visit (due within a week of the placement: 8 March).
  const pOwn = await period(own, '2028-03-01')
  await episodes(pOwn, own, [{ startsOn: '2028-03-01', change: 'START', outOfArea: false }])
  // otherTeam: left care on 1 February 2028, so not looked after at the year end.
  const pOther = await period(otherTeam, '2027-01-01', '2028-02-01')
  await episodes(pOther, otherTeam, [{ startsOn: '2027-01-01', change: 'START' }])

  const claVisit = (childId: string, visitedOn: string, childSeen = true) => ({ childId, kind: 'CLA', visitedOn, childSeen, seenAlone: false, notes: 'KPI fixture', ...by })
  await db.insert(visits).values([
    claVisit(X2, '2028-01-20'),
    claVisit(X1, '2028-03-28'), // unregistered: weekly, next due 4 April
    claVisit(own, '2028-03-20', false), // child not seen: does not count
  ])

  // Missing episodes, timed in clock hours across the start of British Summer Time (Sun 26 March 2028).
  const missing = async (childId: string, startedAt: string, endedAt: string | null) =>
    (await db.insert(missingEpisodes).values({ childId, kind: 'M', startedAt: new Date(startedAt), endedAt: endedAt ? new Date(endedAt) : null, ...by }).returning())[0]!.id
  const m1 = await missing(X1, '2028-03-24T20:00:00Z', '2028-03-25T22:00:00Z')
  const m2 = await missing(X2, '2028-01-09T18:00:00Z', '2028-01-10T10:00:00Z')
  await missing(otherTeam, '2028-02-14T18:00:00Z', '2028-02-15T09:00:00Z') // no interview offered
  await missing(own, '2028-03-31T20:00:00Z', '2028-03-31T23:30:00Z') // back at 00:30 BST on 1 April: after the period
  await missing(X3, '2028-03-30T20:00:00Z', null) // still missing
  await db.insert(returnInterviews).values([
    { missingEpisodeId: m1, childId: X1, offeredAt: new Date('2028-03-28T21:30:00Z'), response: 'ACCEPTED', ...by }, // 71½ hours: in time
    { missingEpisodeId: m2, childId: X2, offeredAt: new Date('2028-01-13T11:00:00Z'), response: 'DECLINED', ...by }, // 73 hours: late
  ])

  // Care leaver outcomes for 2027-28 (collection year 2028), and one for the year before.
  const oc3 = (childId: string, collectionYear: number, inTouch: string, accommodation: string, activity: string) => ({ childId, collectionYear, inTouch, accommodation, activity, ...by })
  await db.insert(careLeaverOutcomes).values([
    oc3(otherTeam, 2028, 'YES', 'Z1', 'F2'),
    oc3(unallocated, 2028, 'YES', 'T2', 'G5'),
    oc3(restricted, 2028, 'NO', '0', '0'),
    oc3(X3, 2027, 'YES', 'U1', 'F4'),
  ])

  // Private fostering.
  const pf = async (childId: string, notifiedOn: string, startedOn: string, endedOn: string | null = null) =>
    (await db.insert(privateFosteringArrangements).values({ childId, notifiedOn, startedOn, carerName: 'Synthetic Carer', carerRelationship: 'Family friend', endedOn, endReason: endedOn ? 'Returned home' : null, ...by }).returning())[0]!.id
  await pf(X3, '2028-02-01', '2028-01-20') // never visited: first visit due Thu 10 Feb (7 working days)
  const pfUn = await pf(unallocated, '2027-01-10', '2027-01-10')
  await pf(own, '2028-03-27', '2028-03-27') // first visit not yet due (Wed 5 April)
  await pf(otherTeam, '2027-11-01', '2027-11-01', '2028-01-15') // ended in the period
  // Visited 15 Feb 2028, after the first year: 12-weekly, next due 9 May.
  await db.insert(privateFosteringVisits).values(['2027-01-12', '2028-02-15'].map((visitedOn) => ({ arrangementId: pfUn, childId: unallocated, visitedOn, seenAlone: true, notes: 'KPI fixture', ...by })))
}
