import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

const at = (iso: string) => new Date(iso)

/** Emergency protection orders (Children Act 1989 s45: 8 days) and police protection (s46: 72 hours). Now is 25 November 2026, 10:00. */
describe.each(engines())('emergency protection on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const orders = () => ctx.deps.services.protectiveOrders

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('police protection still in force after 72 hours shows the maximum exceeded', async () => {
    const pp = await orders().record(sw(), childId, { kind: 'POLICE_PROTECTION', startedAt: at('2026-11-21T22:30:00Z'), reason: 'Found alone at night', reference: 'PP/123' })
    const got = await orders().get(sw(), pp.id)
    expect(got.clock).toMatchObject({ dueOn: '2026-11-24T22:30:00.000Z', status: 'overdue' })
    const page = (await (await appAs(ctx, 'social_worker')).get(`/protective-orders/${pp.id}`)).body
    expect(page).toContain('72 hours (Children Act 1989 s46(6))')
    expect(page).toContain('Maximum exceeded')
  })

  it('an EPO ended within 8 days is in time; an EPO of 9 days is exceeded', async () => {
    const inTime = await orders().record(sw(), childId, { kind: 'EPO', startedAt: at('2026-11-02T11:00:00Z'), endedAt: at('2026-11-09T11:00:00Z'), reason: 'Immediate risk' })
    expect((await orders().get(sw(), inTime.id)).clock).toMatchObject({ dueOn: '2026-11-10', status: 'met' })
    const late = await orders().record(sw(), childId, { kind: 'EPO', startedAt: at('2026-10-01T11:00:00Z'), endedAt: at('2026-10-10T11:00:00Z'), reason: 'Immediate risk' })
    expect((await orders().get(sw(), late.id)).clock).toMatchObject({ dueOn: '2026-10-09', status: 'missed', daysLate: 1 })
  })

  it('the form refuses an end before the start with the input kept, then records the end (versioned)', async () => {
    const client = await appAs(ctx, 'social_worker')
    const start = { kind: 'EPO', 'startedAt-day': '20', 'startedAt-month': '11', 'startedAt-year': '2026', 'startedAt-time': '09:00', reason: 'Kept reason text' }
    const bad = await client.post(`/children/${childId}/protective-orders`, { ...start, 'endedAt-day': '19', 'endedAt-month': '11', 'endedAt-year': '2026', 'endedAt-time': '09:00' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('cannot end before it started')
    expect(bad.body).toContain('Kept reason text')
    const half = await client.post(`/children/${childId}/protective-orders`, { ...start, 'endedAt-day': '21' })
    expect(half.statusCode).toBe(422)
    const ok = await client.post(`/children/${childId}/protective-orders`, start)
    expect(ok.statusCode).toBe(302)
    const id = ok.headers.location!.split('/').pop()!
    const ended = await client.post(`/protective-orders/${id}`, { ...start, version: '1', 'endedAt-day': '24', 'endedAt-month': '11', 'endedAt-year': '2026', 'endedAt-time': '16:00' })
    expect(ended.statusCode).toBe(302)
    expect((await orders().get(sw(), id))).toMatchObject({ version: 2, endedAt: at('2026-11-24T16:00:00Z'), clock: { status: 'met' } })
    expect((await client.post(`/protective-orders/${id}`, { ...start, version: '1' })).statusCode).toBe(409)
  })

  it('the child’s CP overview lists every order with its statutory maximum', async () => {
    const body = (await (await appAs(ctx, 'social_worker')).get(`/children/${childId}/child-protection`)).body
    expect(body).toContain('Emergency protection orders and police protection')
    expect(body).toContain('Police protection (s46)')
    expect(body).toContain('Ended in time')
  })
})
