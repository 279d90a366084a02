import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adopters, adoptionDecisions, adoptions } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { adopterStageErrors, stepOrderErrors } from './adoptionService.js'

const d = (name: string, iso: string) => { const [y, m, day] = iso.split('-'); return { [`${name}-day`]: day!, [`${name}-month`]: m!, [`${name}-year`]: y! } }

describe('adoption step order', () => {
  it('names the step dated before the one before it', () => {
    expect(stepOrderErrors({ decidedOn: '2026-01-10', placementOrderOn: '2026-03-01', matchedOn: '2026-02-01' })).toEqual({ matchedOn: 'The date of the match cannot be before the placement order' })
    expect(stepOrderErrors({ decidedOn: '2026-01-10', placementOrderOn: '2026-03-01', matchedOn: '2026-04-01', placedOn: '2026-04-20', adoptionOrderOn: '2026-10-01' })).toEqual({})
    expect(stepOrderErrors({ decidedOn: '2026-01-10', placedOn: '2026-04-20' })).toEqual({ matchedOn: 'Record the match before the placement with the adopters' })
  })
  it('keeps the adopters’ stages in order (Annex A List 11)', () => {
    const base = { reference: 'R', household: 'H', enquiryOn: '2026-01-05' }
    expect(adopterStageErrors({ ...base, stageOneStartedOn: '2026-02-01', stageTwoStartedOn: '2026-01-20' })).toEqual({ stageTwoStartedOn: 'The date of the start of stage 2 cannot be before the start of stage 1' })
    expect(adopterStageErrors({ ...base, approvedOn: '2026-06-01' })).toEqual({ stageTwoStartedOn: 'Record the start of stage 2 before approval' })
    expect(adopterStageErrors({ ...base, stageOneStartedOn: '2026-02-01', stageTwoStartedOn: '2026-04-01', approvedOn: '2026-08-01' })).toEqual({})
  })
})

/** Adoption (Adoption and Children Act 2002; Adoption Agencies Regulations 2005). Now is 25 November 2026. */
describe.each(engines())('adoption on %s', (engine) => {
  let ctx: TestContext
  let own: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const svc = () => ctx.deps.services.adoption
  const count = async (t: typeof adopters | typeof adoptions | typeof adoptionDecisions) => (await ctx.database.db.select().from(t)).length

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    own = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('only roles with adoption.view see adoption records: a personal adviser and a front door worker get 403', async () => {
    for (const role of ['personal_adviser', 'front_door'] as const) {
      const client = await appAs(ctx, role)
      expect((await client.get(`/children/${own}/adoption`)).statusCode).toBe(403)
      expect((await client.get('/adoption/adopters')).statusCode).toBe(403)
      expect((await client.post(`/children/${own}/adoption/decisions`, d('decidedOn', '2026-01-10'))).statusCode).toBe(403)
    }
    const page = await (await appAs(ctx, 'social_worker')).get(`/children/${own}/adoption`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('No decision that the child should be placed for adoption')
    expect((await (await appAs(ctx, 'iro')).post('/adoption/adopters', { reference: 'X', household: 'Y', ...d('enquiryOn', '2026-01-01') })).statusCode).toBe(403)
    // Out of scope is not found, even with adoption.view.
    expect((await (await appAs(ctx, 'social_worker')).get(`/children/${ctx.fixtures.child.otherTeam.id}/adoption`)).statusCode).toBe(404)
  })

  it('keeps the adopters register with each stage in order; refuses out-of-order stages and duplicates (nothing saved); versioned', async () => {
    const client = await appAs(ctx, 'social_worker')
    const form = { reference: 'ADOPT-1', household: 'A couple in the county', ...d('enquiryOn', '2026-01-05'), ...d('stageOneStartedOn', '2026-02-02') }
    const bad = await client.post('/adoption/adopters', { ...form, ...d('stageTwoStartedOn', '2026-01-20') })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('cannot be before the start of stage 1')
    expect(bad.body).toContain('A couple in the county')
    expect(await count(adopters)).toBe(0)
    const ok = await client.post('/adoption/adopters', { ...form, ...d('stageTwoStartedOn', '2026-04-01'), ...d('approvedOn', '2026-08-03') })
    expect(ok.statusCode).toBe(302)
    expect((await client.post('/adoption/adopters', form)).statusCode).toBe(422)
    const url = ok.headers.location!
    expect((await client.get(url)).body).toContain('ADOPT-1')
    expect((await client.post(url, { ...form, version: '1', ...d('stageTwoStartedOn', '2026-04-01'), ...d('approvedOn', '2026-08-04') })).statusCode).toBe(302)
    expect((await client.post(url, { ...form, version: '1' })).statusCode).toBe(409)
    expect((await svc().adopters())[0]).toMatchObject({ approvedOn: '2026-08-04', version: 2 })
  })

  it('records the decision, the steps in order naming a step out of order, the AD1 facts and the adopters; refuses a bad reversal', async () => {
    const client = await appAs(ctx, 'social_worker')
    const noDecision = await client.post(`/children/${own}/adoption`, d('placementOrderOn', '2026-03-01'))
    expect(noDecision.statusCode).toBe(422)
    expect(noDecision.body).toContain('reg 19')
    expect((await client.post(`/children/${own}/adoption/decisions`, d('decidedOn', '2026-01-10'))).statusCode).toBe(302)
    expect((await client.post(`/children/${own}/adoption/decisions`, d('decidedOn', '2026-01-12'))).statusCode).toBe(422)
    const early = await client.post(`/children/${own}/adoption`, { ...d('placementOrderOn', '2026-03-01'), ...d('matchedOn', '2026-02-01') })
    expect(early.statusCode).toBe(422)
    expect(early.body).toContain('The date of the match cannot be before the placement order')
    const adopterId = (await svc().adopters())[0]!.id
    const beforeApproval = await client.post(`/children/${own}/adoption`, { ...d('placementOrderOn', '2026-03-01'), ...d('matchedOn', '2026-07-01'), adopterId })
    expect(beforeApproval.statusCode).toBe(422)
    expect(beforeApproval.body).toContain('not approved by the date of the match')
    const badAd1 = await client.post(`/children/${own}/adoption`, { ...d('placementOrderOn', '2026-03-01'), adopterCount: '1', adopterSexes: 'MF' })
    expect(badAd1.statusCode).toBe(422)
    expect(await count(adoptions)).toBe(0)
    const facts = { ...d('placementOrderOn', '2026-03-01'), ...d('matchedOn', '2026-09-01'), ...d('placedOn', '2026-09-20'), adopterId, fosterCarers: '0', adopterCount: '2', adopterSexes: 'MF', adopterLegalStatus: 'L11' }
    expect((await client.post(`/children/${own}/adoption`, facts)).statusCode).toBe(302)
    expect((await client.post(`/children/${own}/adoption`, { ...facts, version: '1', ...d('adoptionOrderOn', '2026-09-10') })).statusCode).toBe(422)
    expect((await client.post(`/children/${own}/adoption`, { ...facts, version: '7' })).statusCode).toBe(409)
    const page = await client.get(`/children/${own}/adoption`)
    expect(page.body).toContain('Adopters ADOPT-1')
    expect(page.body).toContain('Male and female couple')
    const backwards = await client.post(`/children/${own}/adoption/decisions/reverse`, { version: '1', ...d('reversedOn', '2026-01-01'), reversalReason: 'RD3' })
    expect(backwards.statusCode).toBe(422)
    expect(backwards.body).toContain('cannot be reversed before it was made')
    const noReason = await client.post(`/children/${own}/adoption/decisions/reverse`, { version: '1', ...d('reversedOn', '2026-10-01') })
    expect(noReason.statusCode).toBe(422)
    expect((await svc().forChild(sw(), own)).open).toMatchObject({ reversedOn: null })
  })

  it('reverses the decision with its reason and ends the adoption in progress', async () => {
    const client = await appAs(ctx, 'social_worker')
    expect((await client.post(`/children/${own}/adoption/decisions/reverse`, { version: '1', ...d('reversedOn', '2026-10-01'), reversalReason: 'RD1' })).statusCode).toBe(302)
    const after = await svc().forChild(sw(), own)
    expect(after).toMatchObject({ open: null, adoption: null })
    expect(after.decisions[0]).toMatchObject({ reversedOn: '2026-10-01', reversalReason: 'RD1' })
    expect((await client.post(`/children/${own}/adoption/decisions`, d('decidedOn', '2026-09-01'))).statusCode).toBe(422)
    expect((await client.post(`/children/${own}/adoption/decisions`, d('decidedOn', '2026-10-15'))).statusCode).toBe(302)
  })
})
