import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { carePeriods, careLeavers, children, paAllocations, paContacts, custodySpells, careLeaverOutcomes, plans, users } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { oc3Birthdays } from './careLeaverService.js'

const d = (name: string, iso: string) => { const [y, m, day] = iso.split('-'); return { [`${name}-day`]: day!, [`${name}-month`]: m!, [`${name}-year`]: y! } }

/** Care leavers (Children Act 1989 s23A–24B). Now is 25 November 2026; the young person was born 20 January 2009. */
describe.each(engines())('care leavers on %s', (engine) => {
  let ctx: TestContext
  let own: string, other: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const ow = () => toActor(ctx.fixtures.user.other_worker)
  const pa = () => toActor(ctx.fixtures.user.personal_adviser)
  const svc = () => ctx.deps.services.careLeavers
  const count = async (t: typeof careLeavers | typeof paAllocations | typeof paContacts | typeof custodySpells | typeof careLeaverOutcomes | typeof plans) => (await ctx.database.db.select().from(t)).length
  const inCare = (childId: string, startedOn: string) => ctx.database.db.insert(carePeriods).values({ childId, startedOn, createdBy: ctx.fixtures.user.social_worker.id })

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    own = ctx.fixtures.child.own.id
    other = ctx.fixtures.child.otherTeam.id
    await ctx.database.db.update(children).set({ dateOfBirth: '2009-01-20' }).where(eq(children.id, own))
  })
  afterAll(() => ctx.close())

  it('shows 200 with a clear message for a young person who is not a care leaver, and refuses one never in care (nothing saved)', async () => {
    const client = await appAs(ctx, 'social_worker')
    const page = await client.get(`/children/${own}/care-leaver`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('has never been in care')
    await expect(svc().record(sw(), own, { eligibility: 'RELEVANT', stayingPut: false, apprenticeship: false })).rejects.toThrow(/never been in care.*s23A/)
    const refused = await client.post(`/children/${own}/care-leaver`, { eligibility: 'RELEVANT', stayingPut: 'no', apprenticeship: 'no' })
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('never been in care')
    expect(await count(careLeavers)).toBe(0)
  })

  it('records the care leaver with the needs assessment clock (CPPCR reg 42), versioned', async () => {
    await inCare(own, '2024-06-01')
    const client = await appAs(ctx, 'social_worker')
    expect((await client.post(`/children/${own}/care-leaver`, { eligibility: 'RELEVANT', stayingPut: 'no', apprenticeship: 'yes' })).statusCode).toBe(302)
    // 16th birthday 20 Jan 2025 (in care before it): due 20 Apr 2025, not done.
    expect((await svc().overview(sw(), own)).clocks.needs).toMatchObject({ dueOn: '2025-04-20', status: 'overdue' })
    const tooYoung = await client.post(`/children/${own}/care-leaver`, { version: '1', eligibility: 'FORMER_RELEVANT', stayingPut: 'no', apprenticeship: 'yes' })
    expect(tooYoung.statusCode).toBe(422)
    expect(tooYoung.body).toContain('aged 18 to 24')
    const bad = await client.post(`/children/${own}/care-leaver`, { version: '1', eligibility: 'RELEVANT', stayingPut: 'no', apprenticeship: 'yes', ...d('localOfferUntil', '2034-06-01') })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('25th birthday')
    expect((await client.post(`/children/${own}/care-leaver`, { version: '1', eligibility: 'RELEVANT', stayingPut: 'no', apprenticeship: 'yes', ...d('needsAssessmentOn', '2025-04-10') })).statusCode).toBe(302)
    expect((await svc().overview(sw(), own)).clocks.needs).toMatchObject({ dueOn: '2025-04-20', status: 'met' })
    const stale = await client.post(`/children/${own}/care-leaver`, { version: '1', eligibility: 'ELIGIBLE', stayingPut: 'no', apprenticeship: 'no' })
    expect(stale.statusCode).toBe(409)
    expect((await svc().overview(sw(), own)).careLeaver).toMatchObject({ eligibility: 'RELEVANT', version: 2, needsAssessmentOn: '2025-04-10' })
  })

  it('allocates one live PA (a personal adviser only), counts caseloads, and runs the 8-week contact clock', async () => {
    await expect(svc().allocatePa(sw(), own, { paId: ctx.fixtures.user.social_worker.id, paStartDate: '2026-09-01' })).rejects.toThrow()
    await svc().allocatePa(sw(), own, { paId: pa().id, paStartDate: '2026-09-01' })
    expect((await svc().overview(sw(), own)).clocks.contact).toMatchObject({ dueOn: '2026-10-27', status: 'overdue', daysLate: 29 })
    await svc().recordContact(sw(), own, { contactedOn: '2026-10-20', kind: 'VISIT', faceToFace: true, notes: 'Visited at flat' })
    expect((await svc().overview(sw(), own)).clocks.contact).toMatchObject({ dueOn: '2026-12-15', status: 'on_track', missedIntervals: 0 })
    expect(await svc().caseloads()).toEqual([{ id: pa().id, name: ctx.fixtures.user.personal_adviser.displayName, count: 1 }])
    const page = await (await appAs(ctx, 'personal_adviser')).get('/care-leavers/caseloads')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(ctx.fixtures.user.personal_adviser.displayName)
    expect(await count(paAllocations)).toBe(1)
  })

  it('runs the pathway plan review clock (6 months) with SMART actions; refuses a review before the plan', async () => {
    const client = await appAs(ctx, 'personal_adviser')
    expect((await client.post(`/children/${own}/care-leaver/pathway-plan`, d('planStartDate', '2026-03-01'))).statusCode).toBe(302)
    expect((await svc().overview(sw(), own)).clocks.review).toMatchObject({ dueOn: '2026-09-01', status: 'overdue' })
    const early = await client.post(`/children/${own}/care-leaver/pathway-plan/reviews`, { ...d('planReviewedOn', '2026-02-01'), summary: 'Kept summary' })
    expect(early.statusCode).toBe(422)
    expect(early.body).toContain('cannot be before the pathway plan started')
    expect(early.body).toContain('Kept summary')
    expect((await client.post(`/children/${own}/care-leaver/pathway-plan/reviews`, { ...d('planReviewedOn', '2026-08-20'), summary: 'Reviewed with the young person' })).statusCode).toBe(302)
    expect((await svc().overview(sw(), own)).clocks.review).toMatchObject({ dueOn: '2027-02-20', status: 'on_track' })
    const noOwner = await client.post(`/children/${own}/care-leaver/pathway-plan/actions`, { action: 'Apply for college', outcome: 'Place offered', ...d('actionDueOn', '2027-01-31') })
    expect(noOwner.statusCode).toBe(422)
    expect((await client.post(`/children/${own}/care-leaver/pathway-plan/actions`, { action: 'Apply for college', ownerName: 'Young person', outcome: 'Place offered', ...d('actionDueOn', '2027-01-31') })).statusCode).toBe(302)
    const o = await svc().overview(sw(), own)
    expect(o.plan).toMatchObject({ kind: 'PATHWAY', cinEpisodeId: null })
    expect(o.actions).toHaveLength(1)
  })

  it('records OC3 only for a year holding a 17th to 21st birthday, once a year', async () => {
    expect(oc3Birthdays('2009-01-20', 2026)).toEqual([17])
    expect(oc3Birthdays('2009-01-20', 2025)).toEqual([])
    const client = await appAs(ctx, 'social_worker')
    const form = { inTouch: 'YES', activity: 'F2', accommodation: 'D1' }
    const none = await client.post(`/children/${own}/care-leaver/outcomes`, { ...form, collectionYear: '2025' })
    expect(none.statusCode).toBe(422)
    expect(none.body).toContain('birthday from 17 to 21')
    expect((await client.post(`/children/${own}/care-leaver/outcomes`, { ...form, collectionYear: '2026' })).statusCode).toBe(302)
    const twice = await client.post(`/children/${own}/care-leaver/outcomes`, { ...form, collectionYear: '2026' })
    expect(twice.statusCode).toBe(422)
    expect(twice.body).toContain('one record per year')
    expect((await client.post(`/children/${own}/care-leaver/outcomes`, { ...form, accommodation: 'D3', collectionYear: '2027' })).statusCode).toBe(422)
    expect(await count(careLeaverOutcomes)).toBe(1)
  })

  it('flags a care leaver in custody not visited face to face for 8 weeks; refuses a custody visit not face to face', async () => {
    await svc().recordCustody(sw(), own, { establishment: 'HMP Example', custodyStartedOn: '2026-09-01' })
    expect((await svc().overview(sw(), own)).clocks).toMatchObject({ custodyNotVisited: true, daysSinceVisit: 85 })
    const before = await count(paContacts)
    await expect(svc().recordContact(sw(), own, { contactedOn: '2026-11-01', kind: 'CUSTODY_VISIT', faceToFace: false, notes: 'Phone' })).rejects.toThrow()
    await expect(svc().recordContact(sw(), own, { contactedOn: '2026-08-01', kind: 'CUSTODY_VISIT', faceToFace: true, notes: 'Before' })).rejects.toThrow()
    expect(await count(paContacts)).toBe(before)
    const [row] = await svc().list(sw(), { status: 'custody_not_visited' })
    expect(row).toMatchObject({ childId: own, inCustody: true, daysSinceVisit: 85 })
    await svc().recordContact(sw(), own, { contactedOn: '2026-11-01', kind: 'CUSTODY_VISIT', faceToFace: true, notes: 'Visited in custody' })
    expect((await svc().overview(sw(), own)).clocks).toMatchObject({ custodyNotVisited: false, daysSinceVisit: 24 })
    expect(await svc().list(sw(), { status: 'custody_not_visited' })).toEqual([])
    const client = await appAs(ctx, 'social_worker')
    const release = { establishment: 'HMP Example', ...d('custodyStartedOn', '2026-09-01'), releasePlan: 'Supported lodgings on release' }
    expect((await client.post(`/children/${own}/care-leaver/custody/update`, { ...release, version: '1' })).statusCode).toBe(302)
    expect((await client.post(`/children/${own}/care-leaver/custody/update`, { ...release, version: '1', ...d('custodyEndedOn', '2026-11-20') })).statusCode).toBe(409)
    const ended = await client.post(`/children/${own}/care-leaver/custody/update`, { ...release, version: '2', ...d('custodyEndedOn', '2026-08-20') })
    expect(ended.statusCode).toBe(422)
    expect(ended.body).toContain('cannot end before it started')
  })

  it('lists care leavers in scope with PA, plan, contact, OC3 and custody; filters; other teams do not see them', async () => {
    const [row] = await svc().list(sw())
    expect(row).toMatchObject({ childId: own, eligibility: 'RELEVANT', paName: ctx.fixtures.user.personal_adviser.displayName, planDue: '2027-02-20', lastContact: '2026-11-01', contactDue: '2026-12-27', hasOc3: false, inCustody: true })
    expect(await svc().list(sw(), { eligibility: 'QUALIFYING' })).toEqual([])
    expect(await svc().list(ow())).toEqual([])
    const page = await (await appAs(ctx, 'social_worker')).get('/care-leavers?status=in_custody&eligibility=junk')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Amira Testcase')
    const overview = await (await appAs(ctx, 'social_worker')).get(`/children/${own}/care-leaver`)
    expect(overview.body).toContain('PA contact clock')
  })

  it('a personal adviser sees the young people allocated to them and not others', async () => {
    await expect(svc().overview(pa(), other)).rejects.toThrow(/not found/i)
    await inCare(other, '2023-01-01')
    await ctx.database.db.update(children).set({ dateOfBirth: '2006-05-01' }).where(eq(children.id, other))
    await expect(svc().record(ow(), other, { eligibility: 'RELEVANT', stayingPut: false, apprenticeship: false })).rejects.toThrow()
    await svc().record(ow(), other, { eligibility: 'FORMER_RELEVANT', stayingPut: false, apprenticeship: false })
    await svc().allocatePa(ow(), other, { paId: pa().id, paStartDate: '2026-11-01' })
    expect((await svc().overview(pa(), other)).careLeaver).toMatchObject({ eligibility: 'FORMER_RELEVANT' })
    expect((await (await appAs(ctx, 'personal_adviser')).get(`/children/${other}/care-leaver`)).statusCode).toBe(200)
    await expect(svc().overview(pa(), ctx.fixtures.child.unallocated.id)).rejects.toThrow(/not found/i)
    expect((await svc().list(pa(), { paId: pa().id })).map((r) => r.childId).sort()).toEqual([own, other].sort())
    // The social worker of team A still does not see team B's young person.
    expect((await svc().list(sw())).map((r) => r.childId)).toEqual([own])
  })

  it('lists 200 more care leavers for an authority-wide manager (speed is measured in bench/careLists.ts)', async () => {
    const db = ctx.database.db
    const by = ctx.fixtures.user.social_worker.id
    const kids = await db.insert(children).values(Array.from({ length: 200 }, (_, i) => ({ childRef: `CLPERF${String(i).padStart(4, '0')}`, firstName: 'Perf', lastName: `Leaver${i}`, sex: 'M', ethnicity: 'WBRI', dateOfBirth: '2007-06-01', upnUnknownReason: 'UN2' }))).returning({ id: children.id })
    const [paUser] = await db.select().from(users).where(eq(users.id, pa().id))
    await db.insert(careLeavers).values(kids.map((k) => ({ childId: k.id, eligibility: 'FORMER_RELEVANT', createdBy: by })))
    await db.insert(paAllocations).values(kids.map((k) => ({ childId: k.id, paId: paUser!.id, startDate: '2026-01-05', createdBy: by })))
    await db.insert(paContacts).values(kids.flatMap((k) => [{ childId: k.id, contactedOn: '2026-09-01', kind: 'VISIT', faceToFace: true, notes: 'x', createdBy: by }, { childId: k.id, contactedOn: '2026-11-01', kind: 'CONTACT', faceToFace: false, notes: 'x', createdBy: by }]))
    const analyst = toActor(ctx.fixtures.user.service_manager)
    expect((await svc().list(analyst)).length).toBe(202)
  })
})
