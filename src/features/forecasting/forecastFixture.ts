/**
 * A small hand-built history for the forecast's integration tests (test clock 25 November 2026,
 * so the last whole month is October 2026 and the history runs from November 2021). Each record's
 * comment says which month it counts in; forecast.test.ts holds the answers.
 */
import { careEpisodes, careLeavers, carePeriods, children, cinEpisodes, contacts, cpConferences, cpPlans, paAllocations, referrals, staffProfiles, teamEstablishments, teams, users } from '../../db/schema/index.js'
import type { TestContext } from '../../../test/harness.js'

export async function seedForecastFixture(ctx: TestContext) {
  const db = ctx.database.db
  const { user } = ctx.fixtures
  const by = { createdBy: user.social_worker.id }
  const kids = await db
    .insert(children)
    .values(['F1', 'F2', 'F3', 'F4', 'F5', 'F6'].map((ref, i) => ({ childRef: `FORECAST${ref}`, firstName: 'Synthetic', lastName: `Forecast${i + 1}`, sex: 'F', ethnicity: 'WBRI', disability: 'NONE', dateOfBirth: i < 4 ? '2015-03-14' : '2007-02-01', upnUnknownReason: 'UN2' })))
    .returning()
  const [c1, c2, c3, c4, c5, c6] = kids.map((k) => k.id) as [string, string, string, string, string, string]

  // Contacts, by the London day received: 15 Aug (August); 30 Sep 23:30 UTC is 00:30 on 1 Oct in
  // London (summer time), so October; 31 Oct 23:30 UTC is 23:30 GMT, still October; 1 Nov is the
  // current month and is not counted.
  const contact = (receivedAt: string) => ({ childId: c1, source: '2A', reason: 'Forecast fixture', presentingConcerns: 'Synthetic', receivedAt: new Date(receivedAt), recordedAt: new Date(receivedAt), screeningWorkerId: user.front_door.id, decisionDueOn: receivedAt.slice(0, 10) })
  await db.insert(contacts).values(['2026-08-15T10:00:00Z', '2026-09-30T23:30:00Z', '2026-10-31T23:30:00Z', '2026-11-01T09:00:00Z'].map(contact))

  const episode = async (childId: string, startDate: string) => (await db.insert(cinEpisodes).values({ childId, startDate }).returning())[0]!.id
  const e1 = await episode(c1, '2021-05-01')
  const e2 = await episode(c2, '2026-10-01')
  // Referrals: March 2025 once; October 2026 twice (the 1st and the 31st).
  await db.insert(referrals).values([
    { childId: c1, cinEpisodeId: e1, referralDate: '2025-03-15', source: '2A', isReReferral: false },
    { childId: c2, cinEpisodeId: e2, referralDate: '2026-10-01', source: '2A', isReReferral: false },
    { childId: c2, cinEpisodeId: e2, referralDate: '2026-10-31', source: '2A', isReReferral: true },
  ])

  const icpc = async (childId: string, cinEpisodeId: string, heldOn: string) =>
    (await db.insert(cpConferences).values({ childId, cinEpisodeId, kind: 'ICPC', heldOn, chairId: user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', imported: true, ...by }).returning())[0]!.id
  const plan = async (childId: string, cinEpisodeId: string, startDate: string, endDate: string | null) =>
    db.insert(cpPlans).values({ childId, cinEpisodeId, icpcId: await icpc(childId, cinEpisodeId, startDate), startDate, endDate, endReason: endDate ? 'Stepped down' : null, initialCategory: 'NEG', latestCategory: 'NEG', ...by })
  // CP: one plan from before the history (June 2021) that ends 10 Feb 2026, when a second plan starts
  // for the same child; a third child's plan starts on 31 October 2026.
  await plan(c1, e1, '2021-06-01', '2026-02-10')
  await plan(c1, e1, '2026-02-10', null)
  await plan(c2, e2, '2026-10-31', null)

  // Children looked after: c4 from May 2020 to 31 March 2022 (in the stock before the history,
  // leaves in March 2022); c1 for one night, 31 January to 1 February 2024; c2 from 31 October 2026
  // (placed U1); c3 from 2 November 2026, the current month, not counted.
  const period = async (childId: string, startedOn: string, endedOn: string | null, placementType: string) => {
    const p = (await db.insert(carePeriods).values({ childId, startedOn, endedOn, reasonCeased: endedOn ? 'E13' : null, ...by }).returning())[0]!
    await db.insert(careEpisodes).values({ periodId: p.id, childId, startsOn: startedOn, change: 'START', legalStatus: 'C2', categoryOfNeed: 'N1', placementType, placementProvider: 'PR1', ...by })
  }
  await period(c4, '2020-05-01', '2022-03-31', 'U6')
  await period(c1, '2024-01-31', '2024-02-01', 'K2')
  await period(c2, '2026-10-31', null, 'U1')
  await period(c3, '2026-11-02', null, 'U6')

  // Care leavers: c5 from a personal adviser on 15 June 2023 to the end of the local offer on 31 May
  // 2026; c6 with no adviser, counted from the day the record was made (10 January 2025) and still
  // open (the 21st birthday is in 2028).
  await db.insert(careLeavers).values([
    { childId: c5, eligibility: 'FORMER_RELEVANT', localOfferUntil: '2026-05-31', ...by },
    { childId: c6, eligibility: 'FORMER_RELEVANT', ...by, createdAt: new Date('2025-01-10T12:00:00Z') },
  ])
  await db.insert(paAllocations).values({ childId: c5, paId: user.personal_adviser.id, startDate: '2023-06-15', ...by })

  // A children looked after team: threshold 15, funded 2.5 FTE; one worker at 0.5 FTE, one with no profile (1.0).
  const [cla] = await db.insert(teams).values({ name: 'Children Looked After Team', service: 'looked_after', caseloadThreshold: 15 }).returning()
  await db.insert(teamEstablishments).values({ teamId: cla!.id, fundedFte: '2.50' })
  const workers = await db.insert(users).values([1, 2].map((i) => ({ email: `cla.worker${i}@test.cairn`, displayName: `CLA Worker ${i}`, role: 'social_worker', teamId: cla!.id, passwordHash: 'x' }))).returning()
  await db.insert(staffProfiles).values({ userId: workers[0]!.id, fte: '0.50', startedOn: '2024-01-01' })
  return { children: kids }
}
