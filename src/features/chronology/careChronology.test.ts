import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { careEpisodes, carePeriods, claReviews, missingEpisodes, returnInterviews } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/** The care record on the child's chronology (issue 5): coming into care, a move, a review, a missing episode. */
describe.each(engines())('care events on the chronology on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const db = ctx.database.db
    const childId = ctx.fixtures.child.own.id
    const by = ctx.fixtures.user.social_worker.id
    const [period] = await db.insert(carePeriods).values({ childId, startedOn: '2026-09-07', createdBy: by }).returning()
    await db.insert(careEpisodes).values([
      { periodId: period!.id, childId, startsOn: '2026-09-07', change: 'START', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1', placementEndReason: 'CREQB', createdBy: by },
      { periodId: period!.id, childId, startsOn: '2026-11-02', change: 'PLACEMENT', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'K2', placementProvider: 'PR4', createdBy: by },
    ])
    await db.insert(claReviews).values({ childId, periodId: period!.id, heldOn: '2026-10-02', participation: 'PN1', recommendations: 'Family time twice a month', createdBy: by })
    const [episode] = await db.insert(missingEpisodes).values({ childId, kind: 'M', startedAt: new Date('2026-10-14T20:00:00Z'), endedAt: new Date('2026-10-15T22:00:00Z'), whereFound: 'City centre', createdBy: by }).returning()
    await db.insert(returnInterviews).values({ missingEpisodeId: episode!.id, childId, offeredAt: new Date('2026-10-16T08:00:00Z'), response: 'ACCEPTED', findings: 'Safety plan agreed', createdBy: by })
  })
  afterAll(() => ctx.close())

  it('lists coming into care, the review, the missing episode and its interview, and the move, in date order', async () => {
    const body = (await (await appAs(ctx, 'social_worker')).get(`/children/${ctx.fixtures.child.own.id}/chronology`)).body
    // Texts only an event row carries (the filter labels name the groups too).
    const order = ['Came into care', 'Looked-after child review: Child physically attends', 'City centre', 'Return home interview offered (accepted)', 'Placement changed'].map((t) => body.indexOf(t))
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(body).toContain('placement ended: CREQB')
  })

  it('filters to the care group alone', async () => {
    const body = (await (await appAs(ctx, 'social_worker')).get(`/children/${ctx.fixtures.child.own.id}/chronology?types=care`)).body
    expect(body).toContain('Came into care')
    expect(body).not.toContain('Return home interview offered')
  })
})
