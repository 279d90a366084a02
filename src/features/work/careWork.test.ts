import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { careEpisodes, carePeriods, missingEpisodes, paAllocations } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'

/** Issue 5 clocks in My work and Team work. Now is Wednesday 25 November 2026, 10:00. */
describe.each(engines())('care work items on %s', (engine) => {
  let ctx: TestContext
  const sw = () => toActor(ctx.fixtures.user.social_worker)
  const mine = async (role: 'social_worker' | 'personal_adviser' = 'social_worker') => ctx.deps.services.work.mine(toActor(ctx.fixtures.user[role]))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const db = ctx.database.db
    const childId = ctx.fixtures.child.own.id
    const by = ctx.fixtures.user.social_worker.id
    // In foster care since Tuesday 10 November, not yet visited, no review yet.
    const [period] = await db.insert(carePeriods).values({ childId, startedOn: '2026-11-10', createdBy: by }).returning()
    await db.insert(careEpisodes).values({ periodId: period!.id, childId, startsOn: '2026-11-10', change: 'START', legalStatus: 'V2', categoryOfNeed: 'N1', placementType: 'U6', placementProvider: 'PR1', createdBy: by })
    // Back from a missing episode on Saturday at 20:00: more than 72 hours ago, and no interview offered.
    await db.insert(missingEpisodes).values({ childId, kind: 'M', startedAt: new Date('2026-11-20T22:00:00Z'), endedAt: new Date('2026-11-21T20:00:00Z'), createdBy: by })
    // A care leaver allocated to the personal adviser on 1 September and not contacted since.
    await db.insert(paAllocations).values({ childId: ctx.fixtures.child.unallocated.id, paId: ctx.fixtures.user.personal_adviser.id, startDate: '2026-09-01', createdBy: by })
  })
  afterAll(() => ctx.close())

  it('asks the worker to visit within a week of the placement (missed), and shows the first review due at 20 working days', async () => {
    const items = await mine()
    expect(items.find((i) => i.kind === 'care_visit')).toMatchObject({ dueOn: '2026-11-17', status: 'overdue', rag: 'red', href: `/children/${ctx.fixtures.child.own.id}/care` })
    const review = items.find((i) => i.kind === 'cla_review')
    expect(review).toMatchObject({ dueOn: '2026-12-08', rag: expect.stringMatching(/amber|green/) })
  })

  it('shows a return with no interview offered as overdue after 72 clock hours, weekend included', async () => {
    const rhi = (await mine()).find((i) => i.kind === 'rhi')
    expect(rhi).toMatchObject({ status: 'overdue', rag: 'red' })
    expect(rhi!.href).toMatch(/\/missing\?episode=/)
  })

  it('asks the personal adviser to keep in touch every 8 weeks, and not the social worker', async () => {
    expect((await mine('personal_adviser')).find((i) => i.kind === 'pa_contact')).toMatchObject({ dueOn: '2026-10-27', status: 'overdue' })
    expect((await mine()).some((i) => i.kind === 'pa_contact')).toBe(false)
  })

  it('lists the same care items for the team', async () => {
    const team = await ctx.deps.services.work.team(sw())
    expect(team.some((i) => i.kind === 'care_visit' && i.childId === ctx.fixtures.child.own.id)).toBe(true)
  })
})
