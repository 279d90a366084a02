import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allocations, auditEvents, careEpisodes, carePeriods, children, unregisteredPlacements, visits } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import type { StartCareInput } from './careSchemas.js'

const unregistered: StartCareInput = {
  startsOn: '2026-10-26', legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'K2', placementProvider: 'PR4', providerName: 'Cottage flat',
  urn: undefined, placementPostcode: 'LE11 1AA', homePostcode: 'LE4 1AA', longTerm: false, childAgreedSixMonthly: false, unregistered: true, prevPerm: 'Z1',
}

/** Unregistered placements and their live list (Ofsted 2024) on both engines. */
describe.each(engines())('unregistered placements on %s', (engine) => {
  let ctx: TestContext
  let own: string
  let other: string
  const s = () => ctx.deps.services
  const row = async (childId: string) => (await ctx.database.db.select().from(unregisteredPlacements).where(eq(unregisteredPlacements.childId, childId)))[0]

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    own = ctx.fixtures.child.own.id
    other = ctx.fixtures.child.otherTeam.id
    await s().care.startCare(toActor(ctx.fixtures.user.social_worker), own, unregistered)
    await s().care.startCare(toActor(ctx.fixtures.user.other_worker), other, { ...unregistered, startsOn: '2026-11-02' })
  })
  afterAll(() => ctx.close())

  it('creates the unregistered record with the placement, and keeps it through a legal status change', async () => {
    const sw = toActor(ctx.fixtures.user.social_worker)
    const first = await row(own)
    expect(first).toMatchObject({ childId: own, directorSignedOffOn: null, plan: null, version: 1 })
    const o = await s().care.overview(sw, own)
    await s().care.changeLegalStatus(sw, own, { version: o.open!.version, startsOn: '2026-11-01', legalStatus: 'E1' })
    const after = await s().care.overview(sw, own)
    expect(after.unregistered?.id).toBe(first!.id)
    expect(after.latest).toMatchObject({ change: 'LEGAL_STATUS', unregistered: true, outOfArea: true })
    expect(after.visitRule?.id).toBe('CLA_VISIT_UNREGISTERED_1W')
    expect(await ctx.database.db.select().from(unregisteredPlacements).where(eq(unregisteredPlacements.childId, own))).toHaveLength(1)
  })

  it('lists the children in the actor’s scope with days unregistered, what is missing and the weekly visit clock', async () => {
    await s().care.recordVisit(toActor(ctx.fixtures.user.social_worker), own, { visitedOn: '2026-11-02', childSeen: true, seenAlone: true, notes: 'Seen at the flat' })
    await s().care.recordVisit(toActor(ctx.fixtures.user.social_worker), own, { visitedOn: '2026-11-03', childSeen: false, seenAlone: false, notes: 'Not in' })
    const mine = await s().unregisteredPlacements.list(toActor(ctx.fixtures.user.social_worker))
    expect(mine.map((c) => c.childId)).toEqual([own])
    expect(mine[0]).toMatchObject({
      placementStart: '2026-10-26', daysUnregistered: 30, lastVisitOn: '2026-11-02', daysSinceVisit: 23,
      missing: ['Director’s sign-off', 'Ofsted not told', 'No plan to register or move'],
      visitClock: { dueOn: '2026-11-09', status: 'overdue', daysLate: 16 },
    })
    const all = await s().unregisteredPlacements.list(toActor(ctx.fixtures.user.dcs))
    expect(all.map((c) => c.childId)).toEqual([own, other])
    // The list is for managers and leaders (care.unregistered); a team-A manager sees team A only.
    expect((await (await appAs(ctx, 'social_worker')).get('/care/unregistered')).statusCode).toBe(403)
    const page = await (await appAs(ctx, 'team_manager')).get('/care/unregistered')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('30 days')
    expect(page.body).not.toContain('Otherteam')
    expect((await (await appAs(ctx, 'data_protection')).get('/care/unregistered')).statusCode).toBe(403)
  })

  it('records the plan and Ofsted told (care.record), and only the director signs off', async () => {
    const sw = await appAs(ctx, 'social_worker')
    const bad = await sw.post(`/children/${own}/care/unregistered/plan`, { version: '1', planDetail: '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('register the placement or move the child')
    expect(await row(own)).toMatchObject({ plan: null, version: 1 })
    const ok = await sw.post(`/children/${own}/care/unregistered/plan`, { version: '1', plan: 'MOVE', planDetail: 'Move to a registered home by 1 December', 'ofstedNotifiedOn-day': '27', 'ofstedNotifiedOn-month': '10', 'ofstedNotifiedOn-year': '2026' })
    expect(ok.statusCode).toBe(302)
    expect((await sw.post(`/children/${own}/care/unregistered/sign-off`, { version: '2', 'signedOffOn-day': '28', 'signedOffOn-month': '10', 'signedOffOn-year': '2026' })).statusCode).toBe(403)
    const dcs = await appAs(ctx, 'dcs')
    const form = await dcs.get(`/children/${own}/care/unregistered`)
    expect(form.body).toContain('/care/unregistered/sign-off')
    expect(form.body).not.toContain('/care/unregistered/plan')
    expect((await dcs.post(`/children/${own}/care/unregistered/sign-off`, { version: '1', 'signedOffOn-day': '28', 'signedOffOn-month': '10', 'signedOffOn-year': '2026' })).statusCode).toBe(409)
    expect((await dcs.post(`/children/${own}/care/unregistered/sign-off`, { version: '2', 'signedOffOn-day': '28', 'signedOffOn-month': '10', 'signedOffOn-year': '2026' })).statusCode).toBe(302)
    expect(await row(own)).toMatchObject({ plan: 'MOVE', ofstedNotifiedOn: '2026-10-27', directorSignedOffOn: '2026-10-28', directorSignedOffBy: ctx.fixtures.user.dcs.id, version: 3 })
    const audits = await ctx.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.childId, own))
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['care.unregisteredPlan', 'care.unregisteredSignOff']))
    expect((await s().unregisteredPlacements.list(toActor(ctx.fixtures.user.social_worker)))[0]!.missing).toEqual([])
  })

  it('drops the child from the list once moved to a registered placement', async () => {
    const sw = toActor(ctx.fixtures.user.social_worker)
    const o = await s().care.overview(sw, own)
    await s().care.movePlacement(sw, own, { version: o.open!.version, startsOn: '2026-11-20', placementType: 'K2', placementProvider: 'PR1', providerName: undefined, urn: 'SC123456', placementPostcode: 'LE2 1AA', homePostcode: undefined, longTerm: false, childAgreedSixMonthly: false, unregistered: false, reasonPlaceChange: 'STAND', sameCarers: false, legalStatus: undefined })
    expect((await s().unregisteredPlacements.list(sw)).map((c) => c.childId)).toEqual([])
    const page = await (await appAs(ctx, 'social_worker')).get(`/children/${own}/care/unregistered`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('not flagged as unregistered')
  })

  it('gives the stability measures for the KPIs, within the actor’s scope', async () => {
    const date = '2026-11-25'
    expect(await s().care.stabilityAt(toActor(ctx.fixtures.user.social_worker), date)).toEqual([{ childId: own, placementsInYear: 2, threeOrMore: false, longTermStable: null }])
    const all = await s().care.stabilityAt(toActor(ctx.fixtures.user.dcs), date)
    expect(all.map((c) => c.childId).sort()).toEqual([own, other].sort())
  })
})

/** The live list at council scale: the right children and figures (speed is measured in bench/careLists.ts, not here). */
describe.each(engines())('the unregistered list at scale on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
  })
  afterAll(() => ctx.close())

  it('lists the 62 unregistered among 550 children in care, with days unregistered and the last visit', async () => {
    const db = ctx.database.db
    const by = ctx.fixtures.user.social_worker.id
    const kids = await db.insert(children).values(Array.from({ length: 550 }, (_, i) => ({ childRef: `CLAPERF${String(i).padStart(4, '0')}`, firstName: 'Perf', lastName: `Cla${i}`, sex: 'F', ethnicity: 'WBRI', dateOfBirth: '2012-06-01', upnUnknownReason: 'UN2' }))).returning({ id: children.id })
    await db.insert(allocations).values(kids.map((k) => ({ childId: k.id, workerId: by, teamId: ctx.fixtures.teams.teamA.id, startDate: '2026-01-05', reason: 'Perf', allocatedBy: ctx.fixtures.user.team_manager.id })))
    const periods = await db.insert(carePeriods).values(kids.map((k) => ({ childId: k.id, startedOn: '2025-06-01', createdBy: by }))).returning()
    const episode = (p: (typeof periods)[number], i: number, startsOn: string, change: string, unregistered: boolean) => ({ periodId: p.id, childId: p.childId, startsOn, change, legalStatus: 'C2', categoryOfNeed: 'N1', placementType: 'K2', placementProvider: 'PR4', unregistered: unregistered && i % 9 === 0, createdBy: by })
    await db.insert(careEpisodes).values(periods.map((p, i) => episode(p, i, '2025-06-01', 'START', false)))
    const moved = await db.insert(careEpisodes).values(periods.map((p, i) => episode(p, i, '2026-08-01', 'PLACEMENT', true))).returning()
    await db.insert(careEpisodes).values(periods.map((p, i) => episode(p, i, '2026-10-01', 'LEGAL_STATUS', true)))
    await db.insert(unregisteredPlacements).values(moved.filter((e) => e.unregistered).map((e) => ({ childId: e.childId, episodeId: e.id, createdBy: by })))
    await db.insert(visits).values(kids.flatMap((k) => ['2026-08-05', '2026-09-10', '2026-11-01'].map((visitedOn) => ({ childId: k.id, kind: 'CLA', visitedOn, childSeen: true, seenAlone: true, notes: 'x', createdBy: by }))))
    const manager = toActor(ctx.fixtures.user.team_manager)
    const list = await ctx.deps.services.unregisteredPlacements.list(manager)
    expect(list).toHaveLength(62)
    expect(list[0]).toMatchObject({ placementStart: '2026-08-01', daysUnregistered: 116, lastVisitOn: '2026-11-01' })
  }, 120_000)
})
