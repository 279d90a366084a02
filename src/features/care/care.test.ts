import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, careEpisodes, careParenthood, carePeriods, previousPermanence, uascStatuses, unregisteredPlacements, visits } from '../../db/schema/index.js'
import { roleCodes, roleMay, type Action } from '../../access/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import type { StartCareInput } from './careSchemas.js'

const start: StartCareInput = {
  startsOn: '2026-09-01', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1', providerName: 'Foster carers',
  urn: undefined, placementPostcode: 'LE3 0AA', homePostcode: 'LE1 1AA', longTerm: false, childAgreedSixMonthly: false, unregistered: false, prevPerm: 'Z1',
}
const placement = { placementType: 'U4', placementProvider: 'PR4', providerName: undefined, urn: undefined, placementPostcode: 'NG7 1AA', homePostcode: undefined, longTerm: true, childAgreedSixMonthly: false, unregistered: false }

/** Periods of care, changes, visits, UASC (issue 5 parts 1 and 4; CPPCR 2010 reg 28) on both engines. */
describe.each(engines())('children in care on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const care = () => ctx.deps.services.care
  const db = () => ctx.database.db
  const snapshot = async () => ({
    periods: await db().select().from(carePeriods).where(eq(carePeriods.childId, childId)),
    episodes: await db().select().from(careEpisodes).where(eq(careEpisodes.childId, childId)),
    audits: (await db().select().from(auditEvents).where(eq(auditEvents.childId, childId))).length,
  })
  const refusedAndUnchanged = async (p: () => Promise<unknown>, match: Record<string, unknown>) => {
    const before = await snapshot()
    await expect(p()).rejects.toMatchObject(match)
    expect(await snapshot()).toEqual(before)
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('shows "not in care" for a child with no period, and no forms to a reader', async () => {
    const res = await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/care`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Not in care')
    expect(res.body).toContain(`/children/${childId}/care/start`)
    const dcs = await (await appAs(ctx, 'dcs')).get(`/children/${childId}/care`)
    expect(dcs.statusCode).toBe(200)
    expect(dcs.body).not.toContain('/care/start')
    for (const path of ['legal-status', 'placement', 'end']) expect((await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/care/${path}`)).body).toContain('not in care')
  })

  it('refuses a start with codes or providers the 903 would reject, and saves nothing', async () => {
    await refusedAndUnchanged(() => care().startCare(sw(), childId, { ...start, placementType: 'Z1' }), { status: 422, fieldErrors: { placementType: expect.stringContaining('2026-27') } })
    await refusedAndUnchanged(() => care().startCare(sw(), childId, { ...start, placementType: 'T0' }), { status: 422, fieldErrors: { placementProvider: expect.stringContaining('178') } })
    await refusedAndUnchanged(() => care().startCare(sw(), childId, { ...start, placementType: 'Z11' }), { status: 422, fieldErrors: { placementProvider: expect.stringContaining('213') } })
    await refusedAndUnchanged(() => care().startCare(sw(), childId, { ...start, placementProvider: undefined }), { status: 422, fieldErrors: { placementProvider: expect.stringContaining('PLACE_PROVIDER') } })
    const client = await appAs(ctx, 'social_worker')
    const before = await snapshot()
    const bad = await client.post(`/children/${childId}/care/start`, { 'startsOn-day': '31', 'startsOn-month': '2', 'startsOn-year': '2026', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('as a real date')
    const future = await client.post(`/children/${childId}/care/start`, { 'startsOn-day': '1', 'startsOn-month': '12', 'startsOn-year': '2026', legalStatus: 'V2', categoryOfNeed: 'N9', placementType: 'U6', placementProvider: 'PR1' })
    expect(future.statusCode).toBe(422)
    expect(future.body).toContain('today or in the past')
    expect(future.body).toContain('N1 to N8')
    expect(await snapshot()).toEqual(before)
  })

  it('starts care with the distance, out-of-area flag, and refuses a second open period', async () => {
    const client = await appAs(ctx, 'social_worker')
    const res = await client.post(`/children/${childId}/care/start`, {
      'startsOn-day': '1', 'startsOn-month': '9', 'startsOn-year': '2026', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1', placementPostcode: 'le3 0aa', homePostcode: 'LE1 1AA', prevPerm: 'Z1', isMother: 'no',
    })
    expect(res.statusCode).toBe(302)
    // The 903 facts asked at the start: no earlier permanence order (PrevPerm for 2026-27), not a mother.
    expect(await ctx.database.db.select().from(previousPermanence).where(eq(previousPermanence.childId, childId))).toMatchObject([{ collectionYear: 2027, prevPerm: 'Z1' }])
    expect(await ctx.database.db.select().from(careParenthood).where(eq(careParenthood.childId, childId))).toMatchObject([{ isMother: '0', motherChildDob: null }])
    const [e] = (await snapshot()).episodes
    expect(e).toMatchObject({ change: 'START', legalStatus: 'V2', placementPostcode: 'LE3 0AA', outOfArea: false, imported: false })
    expect(Number(e!.distanceMiles)).toBeGreaterThan(1)
    expect(Number(e!.distanceMiles)).toBeLessThan(5)
    await refusedAndUnchanged(() => care().startCare(sw(), childId, { ...start, startsOn: '2026-10-01' }), { status: 422, message: expect.stringContaining('already in care') })
  })

  it('refuses changes dated before, on the day of, or after today, and a move with no reason', async () => {
    const { periods } = await snapshot()
    const version = periods[0]!.version
    await refusedAndUnchanged(() => care().changeLegalStatus(sw(), childId, { version, startsOn: '2026-08-01', legalStatus: 'C1' }), { status: 422, fieldErrors: { startsOn: expect.stringContaining('before the period of care started') } })
    await refusedAndUnchanged(() => care().changeLegalStatus(sw(), childId, { version, startsOn: '2026-09-01', legalStatus: 'C1' }), { status: 422, fieldErrors: { startsOn: expect.stringContaining('903 rule 501') } })
    await refusedAndUnchanged(() => care().movePlacement(sw(), childId, { version, startsOn: '2026-10-01', ...placement, sameCarers: false }), { status: 422, fieldErrors: { reasonPlaceChange: expect.stringContaining('903 rule 225') } })
    await refusedAndUnchanged(() => care().movePlacement(sw(), childId, { version, startsOn: '2026-10-01', ...placement, placementType: 'K3', placementProvider: undefined, reasonPlaceChange: 'CARPL', sameCarers: false }), { status: 422, fieldErrors: { placementProvider: expect.any(String) } })
    const client = await appAs(ctx, 'social_worker')
    const res = await client.post(`/children/${childId}/care/legal-status`, { version: String(version), 'startsOn-day': '26', 'startsOn-month': '11', 'startsOn-year': '2026', legalStatus: 'C1' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('today or in the past')
  })

  it('records a legal status change, a move with both changes and its reason, and a stale version is a conflict', async () => {
    const v1 = (await snapshot()).periods[0]!.version
    await care().changeLegalStatus(sw(), childId, { version: v1, startsOn: '2026-09-20', legalStatus: 'C1' })
    await refusedAndUnchanged(() => care().changeLegalStatus(sw(), childId, { version: v1, startsOn: '2026-09-25', legalStatus: 'C2' }), { status: 409 })
    await refusedAndUnchanged(() => care().changeLegalStatus(sw(), childId, { version: v1 + 1, startsOn: '2026-09-15', legalStatus: 'C2' }), { status: 422, fieldErrors: { startsOn: expect.stringContaining('latest change') } })
    const client = await appAs(ctx, 'social_worker')
    const stale = await client.post(`/children/${childId}/care/placement`, { version: String(v1), 'startsOn-day': '1', 'startsOn-month': '10', 'startsOn-year': '2026', placementType: 'U4', placementProvider: 'PR4', reasonPlaceChange: 'CARPL', sameCarers: 'no' })
    expect(stale.statusCode).toBe(409)
    await care().movePlacement(sw(), childId, { version: v1 + 1, startsOn: '2026-10-01', ...placement, reasonPlaceChange: 'CARPL', sameCarers: false, legalStatus: 'C2' })
    const { episodes } = await snapshot()
    expect(episodes.map((e) => [e.startsOn, e.change, e.legalStatus, e.placementType, e.placementEndReason])).toEqual([
      ['2026-09-01', 'START', 'V2', 'U6', null],
      ['2026-09-20', 'LEGAL_STATUS', 'C1', 'U6', 'CARPL'],
      ['2026-10-01', 'BOTH', 'C2', 'U4', null],
    ])
    // Nottingham is out of the demo council's area and over 20 miles from a Leicester home.
    expect(episodes[2]).toMatchObject({ outOfArea: true, homePostcode: 'LE1 1AA', longTerm: true })
    expect(Number(episodes[2]!.distanceMiles)).toBeGreaterThan(20)
    const page = await client.get(`/children/${childId}/care`)
    expect(page.body).toContain('over 20 miles')
    expect(page.body).toContain('Change to or implementation of the care plan')
  })

  it('records visits only within a period of care, and shows the reg 28 clock', async () => {
    await expect(care().recordVisit(sw(), childId, { visitedOn: '2026-08-20', childSeen: true, seenAlone: true, notes: 'Before care' })).rejects.toMatchObject({ status: 422, fieldErrors: { visitedOn: expect.stringContaining('not in care') } })
    const client = await appAs(ctx, 'social_worker')
    const future = await client.post(`/children/${childId}/care/visits`, { 'visitedOn-day': '30', 'visitedOn-month': '11', 'visitedOn-year': '2026', childSeen: 'yes', seenAlone: 'yes', notes: 'x' })
    expect(future.statusCode).toBe(422)
    expect(await db().select().from(visits).where(eq(visits.childId, childId))).toHaveLength(0)
    await care().recordVisit(sw(), childId, { visitedOn: '2026-10-06', childSeen: true, seenAlone: true, notes: 'Settling in' })
    const o = await care().overview(sw(), childId)
    // Placement from 1 Oct, visited 6 Oct: reg 28(2)(b), six-weekly in the first year; next due 17 Nov: overdue.
    expect(o.visitRule?.id).toBe('CLA_VISIT_6W')
    expect(o.visitClock).toMatchObject({ dueOn: '2026-11-17', status: 'overdue', daysLate: 8 })
    expect(o.stability).toMatchObject({ placementsInYear: 2, threeOrMore: false, longTermStable: null })
    const [v] = await db().select().from(visits).where(eq(visits.childId, childId))
    expect(v).toMatchObject({ kind: 'CLA', seenAlone: true })
  })

  it('records UASC status and when it ceased, with a version', async () => {
    await care().setUasc(sw(), childId, { startedOn: undefined, ceasedOn: undefined, version: undefined })
    const client = await appAs(ctx, 'social_worker')
    const bad = await client.post(`/children/${childId}/care/uasc`, { version: '1', 'startedOn-day': '1', 'startedOn-month': '10', 'startedOn-year': '2026', 'ceasedOn-day': '1', 'ceasedOn-month': '9', 'ceasedOn-year': '2026' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('cannot cease before it started')
    expect((await client.post(`/children/${childId}/care/uasc`, { version: '1', 'ceasedOn-day': '1', 'ceasedOn-month': '11', 'ceasedOn-year': '2026' })).statusCode).toBe(302)
    expect((await client.post(`/children/${childId}/care/uasc`, { version: '1', 'ceasedOn-day': '2', 'ceasedOn-month': '11', 'ceasedOn-year': '2026' })).statusCode).toBe(409)
    expect((await db().select().from(uascStatuses).where(eq(uascStatuses.childId, childId)))[0]).toMatchObject({ ceasedOn: '2026-11-01', version: 2 })
  })

  it('only care.record may change care; another team’s child is a 404', async () => {
    const dcs = await appAs(ctx, 'dcs')
    expect((await dcs.post(`/children/${childId}/care/visits`, { 'visitedOn-day': '1', 'visitedOn-month': '11', 'visitedOn-year': '2026', childSeen: 'yes', seenAlone: 'no', notes: 'x' })).statusCode).toBe(403)
    expect((await dcs.get(`/children/${childId}/care/start`)).statusCode).toBe(403)
    const sw = await appAs(ctx, 'social_worker')
    expect((await sw.get(`/children/${ctx.fixtures.child.otherTeam.id}/care`)).statusCode).toBe(404)
    expect((await sw.post(`/children/${ctx.fixtures.child.otherTeam.id}/care/start`, {
      'startsOn-day': '1', 'startsOn-month': '9', 'startsOn-year': '2026', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1',
    })).statusCode).toBe(404)
  })

  it('ends care with a REC reason, refuses an end before the latest change, and a new period overlapping the last', async () => {
    const version = (await snapshot()).periods[0]!.version
    await refusedAndUnchanged(() => care().endCare(sw(), childId, { version, endedOn: '2026-09-30', reasonCeased: 'E4A' }), { status: 422, fieldErrors: { endedOn: expect.stringContaining('latest change') } })
    await care().endCare(sw(), childId, { version, endedOn: '2026-11-10', reasonCeased: 'E4A' })
    await expect(care().recordVisit(sw(), childId, { visitedOn: '2026-11-12', childSeen: true, seenAlone: false, notes: 'After care' })).rejects.toMatchObject({ status: 422 })
    await refusedAndUnchanged(() => care().startCare(sw(), childId, { ...start, startsOn: '2026-11-05' }), { status: 422, fieldErrors: { startsOn: expect.stringContaining('903 rule 501') } })
    expect((await db().select().from(unregisteredPlacements).where(eq(unregisteredPlacements.childId, childId)))).toHaveLength(0)
    const page = await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/care`)
    expect(page.body).toContain('Not in care')
    expect(page.body).toContain('Returned home')
  })
})

/** Every care route × every role: 403 exactly when the role lacks the route's action, never a 500. */
describe('children in care routes: permissions', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
  })
  afterAll(() => ctx.close())

  it('refuses exactly the roles without the action', async () => {
    const routes = ctx.app.routeTable.filter((r) => r.url.startsWith('/children/:id/care/') || r.url === '/children/:id/care' || r.url === '/care/unregistered')
    expect(routes.length).toBeGreaterThanOrEqual(17)
    const failures: string[] = []
    for (const role of roleCodes) {
      const client = await appAs(ctx, role)
      for (const route of routes) {
        const url = route.url.replace(':id', ctx.fixtures.child.own.id)
        const res = route.method === 'GET' ? await client.get(url) : await client.post(url, {})
        const allowed = roleMay(role, route.access as Action)
        if (!allowed && res.statusCode !== 403) failures.push(`${role} ${route.method} ${url}: ${res.statusCode}`)
        if (allowed && (res.statusCode === 403 || res.statusCode >= 500)) failures.push(`${role} ${route.method} ${url}: ${res.statusCode}`)
      }
    }
    expect(failures).toEqual([])
  }, 120_000)
})
