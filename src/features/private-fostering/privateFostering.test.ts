import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { privateFosteringArrangements, privateFosteringVisits } from '../../db/schema/index.js'
import { createWorkingDayCalendar } from '../../domain/timescales/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { pfClocks } from './privateFosteringClocks.js'

const d = (name: string, iso: string) => {
  const [y, m, day] = iso.split('-')
  return { [`${name}-day`]: day!, [`${name}-month`]: m!, [`${name}-year`]: y! }
}
const cal = createWorkingDayCalendar({ from: 2020, to: 2030 })

describe('private fostering visit clocks (2005 Regulations regs 4, 7 and 8)', () => {
  const a = { notifiedOn: '2025-11-03', endedOn: null }
  it('the first visit is due 7 working days after notification', () => {
    expect(pfClocks(a, [], cal, '2025-11-10').first).toMatchObject({ dueOn: '2025-11-12', status: 'due_soon' })
    expect(pfClocks(a, ['2025-11-14'], cal, '2025-11-20').first).toMatchObject({ status: 'missed', daysLate: 2 })
  })
  it('6 weeks apart in the first year, 12 weeks once the second year has begun', () => {
    const firstYear = pfClocks(a, ['2025-11-10', '2025-12-22'], cal, '2026-01-10')
    expect(firstYear.next).toMatchObject({ ruleId: 'PF_VISIT_6W', dueOn: '2026-02-02', status: 'on_track' })
    const secondYear = pfClocks(a, ['2025-11-10', '2025-12-22', '2026-02-02', '2026-03-16', '2026-04-27', '2026-06-08', '2026-07-20', '2026-08-31', '2026-10-12', '2026-11-16'], cal, '2026-11-25')
    expect(secondYear).toMatchObject({ missedIntervals: 0, next: { ruleId: 'PF_VISIT_12W', dueOn: '2027-02-08', status: 'on_track' } })
    expect(pfClocks(a, ['2025-11-10', '2026-01-05'], cal, '2026-01-10').missedIntervals).toBe(1)
  })
})

/** Notifications, visits and the list. Now is Wed 25 November 2026. */
describe.each(engines())('private fostering on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const svc = () => ctx.deps.services.privateFostering
  const arrangements = async () => ctx.database.db.select().from(privateFosteringArrangements).where(eq(privateFosteringArrangements.childId, childId))
  const visits = async () => ctx.database.db.select().from(privateFosteringVisits).where(eq(privateFosteringVisits.childId, childId))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('the pages render when nothing is recorded, and the list says so with a count of 0', async () => {
    const client = await appAs(ctx, 'social_worker')
    expect((await client.get(`/children/${childId}/private-fostering`)).statusCode).toBe(200)
    const list = await client.get('/private-fostering')
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('0 children privately fostered')
    expect(list.body).toContain('No children are privately fostered')
  })

  it('refuses a notification in the future, an end before the start and a visit outside the arrangement, saving nothing', async () => {
    const client = await appAs(ctx, 'social_worker')
    const form = { ...d('startedOn', '2026-11-02'), carerName: 'Carer Kept', carerRelationship: 'Family friend' }
    const future = await client.post(`/children/${childId}/private-fostering/arrangements`, { ...form, ...d('notifiedOn', '2026-11-26') })
    expect(future.statusCode).toBe(422)
    expect(future.body).toContain('must be today or in the past')
    expect(future.body).toContain('Carer Kept')
    expect(await arrangements()).toHaveLength(0)
    const ok = await client.post(`/children/${childId}/private-fostering/arrangements`, { ...form, ...d('notifiedOn', '2026-11-09') })
    expect(ok.statusCode).toBe(302)
    const url = ok.headers.location!
    const id = url.split('=').pop()!
    const early = await client.post(`/children/${childId}/private-fostering/visits?arrangement=${id}`, { ...d('visitedOn', '2026-11-05'), seenAlone: 'yes', visitNotes: 'Visit' })
    expect(early.statusCode).toBe(422)
    expect(early.body).toContain('A visit must be within the arrangement')
    const ahead = await client.post(`/children/${childId}/private-fostering/visits?arrangement=${id}`, { ...d('visitedOn', '2026-11-30'), seenAlone: 'yes', visitNotes: 'Visit' })
    expect(ahead.statusCode).toBe(422)
    const end = await client.post(`/children/${childId}/private-fostering/arrangement?arrangement=${id}`, { ...form, ...d('notifiedOn', '2026-11-09'), version: '1', ...d('endedOn', '2026-11-01'), endReason: 'Returned home' })
    expect(end.statusCode).toBe(422)
    expect(end.body).toContain('The arrangement cannot end before it started')
    expect(await visits()).toHaveLength(0)
    expect((await arrangements())[0]).toMatchObject({ version: 1, endedOn: null })
  })

  it('records a visit seen alone, shows the clocks, and refuses a stale edit', async () => {
    const client = await appAs(ctx, 'social_worker')
    const [a] = await arrangements()
    // Notified Mon 9 Nov: the first visit was due Wed 18 Nov; visited Tue 17 Nov, so the next is due 29 Dec.
    const visit = await client.post(`/children/${childId}/private-fostering/visits?arrangement=${a!.id}`, { ...d('visitedOn', '2026-11-17'), seenAlone: 'yes', visitNotes: 'Seen alone in her room' })
    expect(visit.statusCode).toBe(302)
    expect((await svc().arrangement(sw(), childId, a!.id)).clocks).toMatchObject({ first: { dueOn: '2026-11-18', status: 'met' }, next: { ruleId: 'PF_VISIT_6W', dueOn: '2026-12-29', status: 'on_track' } })
    const form = { ...d('notifiedOn', '2026-11-09'), ...d('startedOn', '2026-11-02'), carerName: 'Carer Kept', carerRelationship: 'Family friend', ...d('assessedOn', '2026-11-20'), assessmentOutcome: 'Suitable' }
    expect((await client.post(`/children/${childId}/private-fostering/arrangement?arrangement=${a!.id}`, { ...form, version: '1' })).statusCode).toBe(302)
    expect((await client.post(`/children/${childId}/private-fostering/arrangement?arrangement=${a!.id}`, { ...form, version: '1', assessmentOutcome: 'Overwritten' })).statusCode).toBe(409)
    expect((await arrangements())[0]).toMatchObject({ version: 2, assessmentOutcome: 'Suitable' })
    const page = await client.get(`/children/${childId}/private-fostering?arrangement=${a!.id}`)
    expect(page.body).toContain('Seen alone in her room')
  })

  it('the list shows the real count and is scoped to the actor’s children', async () => {
    const other = ctx.fixtures.child.otherTeam.id
    await svc().notify(toActor(ctx.fixtures.user.other_worker), other, { notifiedOn: '2026-11-02', startedOn: '2026-11-01', carerName: 'Other Carer', carerRelationship: 'Neighbour' })
    const mine = await (await appAs(ctx, 'social_worker')).get('/private-fostering')
    expect(mine.body).toContain('1 child privately fostered')
    expect(mine.body).toContain('Amira Testcase')
    expect(mine.body).not.toContain('Ben Otherteam')
    expect((await svc().list(sw())).map((r) => r.childId)).toEqual([childId])
    const all = await (await appAs(ctx, 'performance_analyst')).get('/private-fostering')
    expect(all.body).toContain('2 children privately fostered')
    // Notified 2 Nov, never visited: the first visit was due 11 Nov.
    expect(all.body).toContain('Overdue')
    expect((await (await appAs(ctx, 'front_door')).get('/private-fostering')).statusCode).toBe(403)
  })
})
