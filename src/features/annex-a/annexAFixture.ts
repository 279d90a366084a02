/**
 * A hand-built council for the Annex A tests: records on and just outside each edge of the window
 * 1 May to 31 October 2026 (6 months; 12 months from 1 November 2025 for Lists 10 and 11). London
 * dates matter for contacts: 1 May is in British Summer Time and 31 October is after the clocks go
 * back. Each record's comment says whether it is in or out; annexA.test.ts holds the answers.
 * Lists 5 and 7 are checked against the KPI fixture instead (annexAKpis.test.ts).
 */
import { eq } from 'drizzle-orm'
import {
  adopters,
  adoptionDecisions,
  adoptions,
  assessments,
  careEpisodes,
  careLeaverOutcomes,
  careLeavers,
  carePeriods,
  children,
  cinEpisodes,
  contacts,
  earlyHelpAssessments,
  referrals,
  teams,
} from '../../db/schema/index.js'
import type { TestContext } from '../../../test/harness.js'

export const fixtureWindow = { to: '2026-10-31', months: 6 } as const
/** A team name a spreadsheet would run as a formula if it were not escaped. */
export const formulaTeamName = '=HYPERLINK("http://example.invalid","x")'

export async function seedAnnexAFixture(ctx: TestContext) {
  const db = ctx.database.db
  const { user, child, teams: t } = ctx.fixtures
  const createdBy = user.social_worker.id
  await db.update(teams).set({ name: formulaTeamName }).where(eq(teams.id, t.teamB.id))
  const own = child.own.id,
    other = child.otherTeam.id,
    waiting = child.unallocated.id,
    restricted = child.restricted.id
  const [old] = await db
    .insert(children)
    .values({
      childRef: 'AAOLDLEAVER',
      firstName: 'Olu',
      lastName: 'Older',
      sex: 'M',
      ethnicity: 'BAFR',
      dateOfBirth: '2000-01-01',
    })
    .returning()

  const contact = (childId: string, at: string, source: string) => ({
    childId,
    source,
    reason: 'Annex A fixture',
    presentingConcerns: 'Synthetic',
    receivedAt: new Date(at),
    recordedAt: new Date(at),
    screeningWorkerId: user.front_door.id,
    decisionDueOn: at.slice(0, 10),
  })
  await db.insert(contacts).values([
    contact(own, '2026-04-30T23:30:00Z', '2A'), // 00:30 BST on 1 May: in
    contact(own, '2026-04-30T22:30:00Z', '2A'), // 23:30 BST on 30 April: out
    contact(other, '2026-10-31T23:30:00Z', '6'), // 23:30 GMT on 31 October: in
    contact(other, '2026-11-01T00:30:00Z', '6'), // 1 November: out
  ])

  // List 2: early help assessments by start date; a completion after the window is not shown.
  const earlyHelp = (childId: string, startDate: string, completedOn: string | null, leadPractitioner: string) => ({ childId, startDate, completedOn, leadPractitioner, outcome: completedOn ? 'SUPPORT_PLAN' : null, createdBy })
  await db.insert(earlyHelpAssessments).values([
    earlyHelp(own, '2026-04-30', '2026-05-20', 'Health visiting service'), // started the day before: out
    earlyHelp(own, '2026-05-01', '2026-06-10', 'School: designated safeguarding lead'), // in
    earlyHelp(other, '2026-10-31', '2026-11-05', 'Children’s centre'), // in, completed after the window
    earlyHelp(other, '2026-11-01', null, 'Youth service'), // out
  ])

  const episode = async (childId: string, startDate: string, endDate: string | null = null) =>
    (
      await db
        .insert(cinEpisodes)
        .values({ childId, startDate, endDate, closureReason: endDate ? 'RC8' : null })
        .returning()
    )[0]!.id
  const e0 = await episode(own, '2026-04-30', '2026-04-30') // closed the day before the window: out of List 6
  const e1 = await episode(own, '2026-05-01') // in
  const e2 = await episode(other, '2026-10-31') // in
  const e3 = await episode(other, '2026-11-01') // after the window: out
  const referral = async (childId: string, cinEpisodeId: string, referralDate: string) =>
    (
      await db
        .insert(referrals)
        .values({ childId, cinEpisodeId, referralDate, source: '3A', primaryNeed: 'N1', isReReferral: false })
        .returning()
    )[0]!.id
  const r0 = await referral(own, e0, '2026-04-30') // out; counted in the 12 months
  const r1 = await referral(own, e1, '2026-05-01') // in
  const r2 = await referral(other, e2, '2026-10-31') // in
  const r3 = await referral(other, e3, '2026-11-01') // out

  const tm = user.team_manager.id
  await db.insert(assessments).values([
    {
      childId: own,
      cinEpisodeId: e0,
      referralId: r0,
      startDate: '2026-04-30',
      authorisedOn: '2026-04-30',
      authorisedBy: tm,
      outcome: 'NFA',
      createdBy,
    }, // authorised before the window: out
    {
      childId: own,
      cinEpisodeId: e1,
      referralId: r1,
      startDate: '2026-05-01',
      childSeenOn: '2026-05-02',
      authorisedOn: '2026-06-10',
      authorisedBy: tm,
      outcome: 'CIN_PLAN',
      createdBy,
    }, // in
    { childId: other, cinEpisodeId: e2, referralId: r2, startDate: '2026-10-31', createdBy }, // open on the last day: in
    { childId: other, cinEpisodeId: e3, referralId: r3, startDate: '2026-11-01', createdBy }, // out
  ])

  const period = async (
    childId: string,
    startedOn: string,
    endedOn: string | null,
    reasonCeased: string | null,
  ) => {
    const [p] = await db
      .insert(carePeriods)
      .values({ childId, startedOn, endedOn, reasonCeased, createdBy })
      .returning()
    await db.insert(careEpisodes).values({
      periodId: p!.id,
      childId,
      startsOn: startedOn,
      change: 'START',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
      placementPostcode: 'LE1 1AA',
      outOfArea: false,
      createdBy,
    })
    return p!.id
  }
  await period(waiting, '2026-04-01', '2026-05-01', 'E4A') // ceased on the first day: in
  await period(own, '2025-01-01', null, null) // open: in
  await period(other, '2026-01-01', '2026-04-30', 'E4A') // ceased the day before: out
  await period(restricted, '2026-11-01', null, null) // after the window: out

  await db.insert(careLeavers).values([
    { childId: other, eligibility: 'FORMER_RELEVANT', createdBy }, // in
    { childId: old!.id, eligibility: 'FORMER_RELEVANT', createdBy }, // 26 on the last day: out
  ])
  await db.insert(careLeaverOutcomes).values({
    childId: other,
    collectionYear: 2026,
    inTouch: 'YES',
    activity: 'F4',
    accommodation: 'D1',
    createdBy,
  })

  const [a1, a2] = await db
    .insert(adopters)
    .values([
      {
        reference: 'ADOPTER-A',
        household: 'HH1',
        enquiryOn: '2025-01-01',
        withdrawnOn: '2025-10-31',
        createdBy,
      }, // left the day before the 12 months: out
      {
        reference: 'ADOPTER-B',
        household: 'HH2',
        enquiryOn: '2025-01-01',
        stageOneStartedOn: '2025-02-01',
        withdrawnOn: '2025-11-01',
        createdBy,
      }, // in
      { reference: 'ADOPTER-C', household: 'HH3', enquiryOn: '2026-11-01', createdBy }, // after the window: out
    ])
    .returning()
  await db.insert(adoptionDecisions).values([
    { childId: own, decidedOn: '2025-06-01', createdBy }, // adopted on the first day of the 12 months: in
    { childId: other, decidedOn: '2024-01-01', createdBy }, // adopted the day before: out
    { childId: waiting, decidedOn: '2026-09-01', createdBy }, // still waiting: in
  ])
  await db.insert(adoptions).values([
    {
      childId: own,
      decidedOn: '2025-06-01',
      placementOrderOn: '2025-07-01',
      matchedOn: '2025-08-01',
      placedOn: '2025-09-01',
      adoptionOrderOn: '2025-11-01',
      adopterId: a2!.id,
      fosterCarers: '0',
      createdBy,
    },
    {
      childId: other,
      decidedOn: '2024-01-01',
      matchedOn: '2024-05-01',
      placedOn: '2024-06-01',
      adoptionOrderOn: '2025-10-31',
      adopterId: a1!.id,
      createdBy,
    },
  ])
}
