/**
 * A hand-built council for the KPI tests, inserted directly into the test database. The reporting
 * period is the quarter 1 January to 31 March 2028 (Q4 of 2027-28), which holds the boundaries the
 * issue asks for: the New Year bank holiday (Mon 3 Jan 2028, substitute for Sat 1 Jan), weekends,
 * the leap day Tue 29 Feb 2028, British Summer Time from Sun 26 Mar, and the year end on Fri 31 Mar.
 * Each record's comment says what it is for; kpis.test.ts holds the answers.
 */
import { eq } from 'drizzle-orm'
import {
  allocations, assessments, careProceedings, children, cinEpisodes, contacts, coreGroupMeetings, cpConferences, cpPlans,
  planActions, planReviews, plans, preProceedings, referrals, s47Enquiries, stepDowns, strategyDiscussions, teams, visits,
} from '../../db/schema/index.js'
import type { TestContext } from '../../../test/harness.js'
import { seedCareFixture } from './kpiCareFixture.js'

/** Monday 10 April 2028, after the quarter: the test clock. */
export const kpiFixtureNow = '2028-04-10T09:00:00Z'
export const kpiFixturePeriod = { period: 'quarter', ending: '2028-03' } as const
export const kpiFixturePopulation = 10_000

export async function seedKpiFixture(ctx: TestContext) {
  const db = ctx.database.db
  const { user, teams: t, child: fx } = ctx.fixtures
  const sw = user.social_worker.id
  const other = user.other_worker.id
  const by = { createdBy: sw }
  // Team A's threshold is 3, so the social worker's 4 children are over it.
  await db.update(teams).set({ caseloadThreshold: 3 }).where(eq(teams.id, t.teamA.id))

  const base = { sex: 'F', ethnicity: 'WBRI', dateOfBirth: '2016-05-01', upnUnknownReason: 'UN2' }
  const [x1, x2, x3] = await db
    .insert(children)
    .values([
      { ...base, childRef: 'KPICHILDX1', firstName: 'Xena', lastName: 'Oneplan' },
      { ...base, childRef: 'KPICHILDX2', firstName: 'Yusuf', lastName: 'Longplan', sex: 'M' },
      { ...base, childRef: 'KPICHILDX3', firstName: 'Zara', lastName: 'Disabled', disability: 'MOB' },
    ])
    .returning()
  const own = fx.own.id, otherTeam = fx.otherTeam.id, unallocated = fx.unallocated.id, restricted = fx.restricted.id
  const X1 = x1!.id, X2 = x2!.id, X3 = x3!.id

  const alloc = (childId: string, workerId: string, teamId: string, startDate: string, endDate: string | null = null) =>
    ({ childId, workerId, teamId, startDate, endDate, reason: 'KPI fixture', allocatedBy: user.team_manager.id })
  await db.insert(allocations).values([
    alloc(X1, sw, t.teamA.id, '2027-12-31'),
    alloc(X2, other, t.teamB.id, '2026-03-01'),
    alloc(X3, sw, t.teamA.id, '2027-11-01'),
    // X3 has had three workers in the 12 months to 31 March 2028.
    alloc(X3, user.team_manager.id, t.teamA.id, '2027-05-01', '2027-08-01'),
    alloc(X3, other, t.teamB.id, '2027-08-01', '2027-11-01'),
  ])

  // Contacts, screened by the front-door worker.
  const contact = (childId: string, receivedAt: string, recordedAt: string, decidedAt: string | null, decision: string | null) => ({
    childId, source: '2A', reason: 'KPI fixture', presentingConcerns: 'Synthetic', receivedAt: new Date(receivedAt), recordedAt: new Date(recordedAt),
    screeningWorkerId: user.front_door.id, decisionDueOn: receivedAt.slice(0, 10), decidedAt: decidedAt ? new Date(decidedAt) : null, decision,
  })
  await db.insert(contacts).values([
    contact(own, '2027-12-31T16:00:00Z', '2027-12-31T16:00:00Z', '2028-01-04T09:00:00Z', 'NFA'), // before the period
    contact(own, '2028-01-01T10:00:00Z', '2028-01-03T08:00:00Z', '2028-01-05T09:00:00Z', 'INFO_ADVICE'), // Saturday + bank holiday: due Wed 5 Jan, met; recorded 46 hours late
    contact(X1, '2028-01-28T15:00:00Z', '2028-01-28T15:30:00Z', '2028-02-01T10:00:00Z', 'REFERRAL'), // Friday: due Mon 31 Jan, missed by 1
    contact(otherTeam, '2028-02-28T09:00:00Z', '2028-02-28T09:00:00Z', '2028-02-29T17:00:00Z', 'NFA'), // due on the leap day, met
    contact(unallocated, '2028-03-31T23:30:00Z', '2028-03-31T23:30:00Z', null, null), // 00:30 BST on 1 April: after the period
    contact(unallocated, '2028-03-31T10:00:00Z', '2028-03-31T10:00:00Z', null, null), // year end, not yet due (Mon 3 Apr)
    contact(X2, '2028-03-02T09:00:00Z', '2028-03-02T09:00:00Z', null, null), // never decided: overdue since Fri 3 Mar
    contact(X3, '2028-03-15T09:00:00Z', '2028-03-15T09:00:00Z', '2028-03-16T09:00:00Z', 'EARLY_HELP'), // met
    contact(restricted, '2028-03-16T09:00:00Z', '2028-03-16T09:00:00Z', '2028-04-04T09:00:00Z', 'STRATEGY'), // decided after the period: overdue at its end
    contact(otherTeam, '2027-06-01T09:00:00Z', '2027-06-01T09:00:00Z', '2027-06-01T12:00:00Z', 'NFA'), // NFA 9 months before R2
    contact(own, '2026-12-15T09:00:00Z', '2026-12-15T09:00:00Z', '2026-12-15T12:00:00Z', 'NFA'), // NFA more than 12 months before R1
  ])

  const episode = async (childId: string, startDate: string, endDate: string | null = null) =>
    (await db.insert(cinEpisodes).values({ childId, startDate, endDate, closureReason: endDate ? 'RC8' : null }).returning())[0]!.id
  const e0 = await episode(X1, '2027-12-31')
  const e1 = await episode(own, '2028-01-03')
  const e2 = await episode(otherTeam, '2028-02-29', '2028-03-10')
  const e3 = await episode(unallocated, '2028-03-31')
  const e4 = await episode(restricted, '2027-11-01')
  const e5 = await episode(otherTeam, '2025-01-01')
  const eX2 = await episode(X2, '2026-03-01')
  const eX3 = await episode(X3, '2027-11-01')

  const referral = async (childId: string, cinEpisodeId: string, referralDate: string, isReReferral: boolean) =>
    (await db.insert(referrals).values({ childId, cinEpisodeId, referralDate, source: '2A', primaryNeed: 'N1', isReReferral }).returning())[0]!.id
  const r0 = await referral(X1, e0, '2027-12-31', false) // before the period
  const r1 = await referral(own, e1, '2028-01-03', false) // on the bank holiday; assessed
  await referral(otherTeam, e2, '2028-02-29', true) // re-referral after an NFA contact; episode closed with no assessment
  const r3 = await referral(unallocated, e3, '2028-03-31', false) // year end; assessment started that day
  const r4 = await referral(restricted, e4, '2027-11-01', false)

  const assessment = (childId: string, cinEpisodeId: string, referralId: string, startDate: string, authorisedOn: string | null, extra: Partial<typeof assessments.$inferInsert> = {}) =>
    ({ childId, cinEpisodeId, referralId, startDate, authorisedOn, authorisedBy: authorisedOn ? user.team_manager.id : null, ...by, ...extra })
  await db.insert(assessments).values([
    // Referral on the bank holiday counts from Tue 4 Jan: due Tue 7 Mar, met; 44 working days from its start.
    assessment(own, e1, r1, '2028-01-05', '2028-03-07', { childSeenOn: '2028-01-06', childSeenAloneOn: '2028-01-06', outcome: 'CIN_PLAN' }),
    // Referral Fri 31 Dec: due Mon 6 Mar, authorised a working day late (46), but 45 from its start: met on the DfE anchor.
    assessment(X1, e0, r0, '2028-01-04', '2028-03-07', { childSeenOn: '2028-01-10', outcome: 'NFA' }),
    assessment(unallocated, e3, r3, '2028-03-31', null), // open, not yet due
    assessment(restricted, e4, r4, '2027-11-02', null), // open, overdue since Thu 6 Jan 2028
  ])

  // Strategy discussions, s47 enquiries and conferences.
  const strategy = async (childId: string, cinEpisodeId: string, heldOn: string) =>
    (await db.insert(strategyDiscussions).values({ childId, cinEpisodeId, heldOn, agencies: ['POLICE'], decision: 'S47', ...by }).returning())[0]!.id
  const s47 = async (childId: string, cinEpisodeId: string, strategyDiscussionId: string, startDate: string, extra: Partial<typeof s47Enquiries.$inferInsert> = {}) =>
    (await db.insert(s47Enquiries).values({ childId, cinEpisodeId, strategyDiscussionId, startDate, icpcTargetOn: startDate, outcome: 'SUBSTANTIATED', ...by, ...extra }).returning())[0]!.id
  const conference = async (childId: string, cinEpisodeId: string, kind: 'ICPC' | 'RCPC', heldOn: string, s47EnquiryId: string | null = null) =>
    (await db.insert(cpConferences).values({ childId, cinEpisodeId, kind, heldOn, s47EnquiryId, chairId: user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', ...by }).returning())[0]!.id
  // S0 (own): strategy Fri 17 Dec, s47 Mon 20 Dec 2027; ICPC Wed 12 Jan 2028 is within 15 working days of both.
  const s0 = await s47(own, e1, await strategy(own, e1, '2027-12-17'), '2027-12-20')
  const ic0 = await conference(own, e1, 'ICPC', '2028-01-12', s0)
  // S1 (X1): strategy Fri 7 Jan, s47 Mon 10 Jan; ICPC Mon 31 Jan: day 15 from the s47, day 16 from the strategy discussion.
  const s1 = await s47(X1, e0, await strategy(X1, e0, '2028-01-07'), '2028-01-10')
  const ic1 = await conference(X1, e0, 'ICPC', '2028-01-31', s1)
  // S2 (otherTeam): no conference, authorised not to convene. S3 (unallocated): none and not authorised, due Mon 27 Mar.
  await s47(otherTeam, e2, await strategy(otherTeam, e2, '2028-02-17'), '2028-02-17', { notConvenedReason: 'Family moved to safety', notConvenedAuthorisedBy: user.team_manager.id, notConvenedAuthorisedAt: new Date('2028-03-01T10:00:00Z') })
  await s47(unallocated, e3, await strategy(unallocated, e3, '2028-03-06'), '2028-03-06')
  // S4 (restricted): started Wed 29 Mar, conference not due until 21 April.
  await s47(restricted, e4, await strategy(restricted, e4, '2028-03-29'), '2028-03-29')

  // CP plans.
  const cpPlan = async (childId: string, cinEpisodeId: string, icpcId: string, startDate: string, endDate: string | null = null) =>
    (await db.insert(cpPlans).values({ childId, cinEpisodeId, icpcId, startDate, endDate, endReason: endDate ? 'Stepped down' : null, initialCategory: 'NEG', latestCategory: 'NEG', ...by }).returning())[0]!.id
  // otherTeam's first plan: January 2025 to a step-down on Fri 14 Jan 2028 (over 2 years); re-escalated on Fri 3 Mar.
  const pOld = await cpPlan(otherTeam, e5, await conference(otherTeam, e5, 'ICPC', '2025-01-10'), '2025-01-10', '2028-01-14')
  const p0 = await cpPlan(own, e1, ic0, '2028-01-12', '2028-03-15') // 2 months: ended within 3 months
  await cpPlan(X1, e0, ic1, '2028-01-31') // open; no core group (first due Mon 14 Feb)
  const p2 = await cpPlan(otherTeam, e5, await conference(otherTeam, e5, 'ICPC', '2028-03-03'), '2028-03-03') // second plan within 2 years
  const ic3 = await conference(X2, eX2, 'ICPC', '2026-03-31')
  const p3 = await cpPlan(X2, eX2, ic3, '2026-03-31') // open exactly 2 years on 31 March 2028
  await conference(X2, eX2, 'RCPC', '2026-06-30')
  await conference(X2, eX2, 'RCPC', '2027-09-15') // next review due 15 March 2028: overdue
  await db.insert(coreGroupMeetings).values([
    { childId: own, cpPlanId: p0, heldOn: '2028-01-26', attendance: 'All', summary: 'First core group, on the due day', ...by },
    { childId: otherTeam, cpPlanId: p2, heldOn: '2028-03-20', attendance: 'All', summary: 'First core group, a working day late', ...by },
    { childId: X2, cpPlanId: p3, heldOn: '2028-02-29', attendance: 'All', summary: 'Leap-day core group', ...by },
  ])
  const visit = (childId: string, kind: 'CP' | 'CIN', visitedOn: string, childSeen: boolean, seenAlone: boolean) => ({ childId, kind, visitedOn, childSeen, seenAlone, notes: 'KPI fixture', ...by })
  await db.insert(visits).values([
    visit(X1, 'CP', '2028-03-10', true, true),
    visit(X1, 'CP', '2028-03-17', true, false), // next due Fri 31 Mar: not overdue at the year end; last seen, not alone
    visit(X2, 'CP', '2028-03-30', true, true),
    visit(X2, 'CP', '2028-03-31', false, false), // child not seen: does not restart the clock
    visit(X3, 'CIN', '2028-02-01', true, false), // next due Tue 29 Feb (leap day): overdue by 23 working days
    visit(unallocated, 'CIN', '2028-03-03', true, true), // next due Fri 31 Mar: not overdue
  ])

  // CIN plans: own (after the step-down), otherTeam (ended at re-escalation), X3 (disabled), unallocated.
  const cinPlan = async (childId: string, cinEpisodeId: string, startDate: string, endDate: string | null, wishesAndFeelings: string | null) =>
    (await db.insert(plans).values({ childId, cinEpisodeId, kind: 'CIN', startDate, endDate, endReason: endDate ? 'Child protection plan' : null, wishesAndFeelings, ...by }).returning())[0]!.id
  const cinOwn = await cinPlan(own, e1, '2028-03-15', null, 'Wants to stay at school')
  const cinOther = await cinPlan(otherTeam, e5, '2028-01-14', '2028-03-03', 'Wants to see grandma')
  const cinX3 = await cinPlan(X3, eX3, '2027-11-15', null, '  ')
  const cinUn = await cinPlan(unallocated, e3, '2027-12-29', null, 'Wants to see dad')
  await db.insert(planActions).values([
    { planId: cinOwn, childId: own, action: 'Parenting course', ownerName: 'Mother', outcome: 'Certificate', dueOn: '2028-05-01', ...by },
    { planId: cinX3, childId: X3, action: 'Respite', ownerName: 'Carer', outcome: 'Two nights a month', dueOn: '2028-01-01', status: 'DONE', ...by },
    { planId: cinUn, childId: unallocated, action: 'School attendance', ownerUserId: sw, outcome: 'Attendance over 95%', dueOn: '2028-06-01', status: 'IN_PROGRESS', ...by },
  ])
  await db.insert(planReviews).values([
    { planId: cinX3, childId: X3, reviewedOn: '2027-12-20', summary: 'Next due 20 March 2028', ...by },
    { planId: cinUn, childId: unallocated, reviewedOn: '2028-03-29', summary: 'Reviewed', ...by },
  ])
  const stepDown = (childId: string, cpPlanId: string, steppedDownOn: string, cinPlanId: string) =>
    ({ childId, cpPlanId, rationale: 'Risk reduced', requestedBy: sw, decision: 'AUTHORISED', decidedBy: user.team_manager.id, decidedAt: new Date(`${steppedDownOn}T12:00:00Z`), steppedDownOn, cinPlanId })
  await db.insert(stepDowns).values([stepDown(otherTeam, pOld, '2028-01-14', cinOther), stepDown(own, p0, '2028-03-15', cinOwn)])

  // Pre-proceedings and care proceedings.
  const pp = (childId: string, cinEpisodeId: string, startDate: string, endDate: string | null) => ({ childId, cinEpisodeId, startDate, endDate, legalPlanningDecision: 'Pre-proceedings', ...by })
  await db.insert(preProceedings).values([
    pp(X2, eX2, '2027-11-01', '2028-02-29'), // 120 days, ending on the leap day
    pp(otherTeam, e5, '2027-12-01', null), // 16 weeks ran out on 22 March
    pp(own, e1, '2028-03-01', null),
  ])
  const proceedings = (childId: string, issuedOn: string, finalOrderOn: string) => ({ childId, issuedOn, court: 'Family Court', solicitor: 'Council solicitor', finalOrder: 'SUPERVISION', finalOrderOn, ...by })
  await db.insert(careProceedings).values([
    proceedings(X2, '2027-09-06', '2028-03-05'), // the last day of 26 weeks beginning with the issue day
    proceedings(restricted, '2027-08-02', '2028-01-31'), // one day over
  ])
  await seedCareFixture(ctx, { X1, X2, X3 })
  return { X1, X2, X3 }
}
