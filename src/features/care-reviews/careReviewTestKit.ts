/**
 * Shared set-up for the care-review HTTP tests (carePlans.test.ts, careReviews.test.ts): the fixture
 * child, looked after from Wed 1 Jul 2026 (aged 11) with a placement move on Mon 2 Nov 2026, signed-in
 * social worker and IRO clients, and the child's care-review clocks. Test-only.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll } from 'vitest'
import {
  careEpisodes,
  carePeriods,
  claAnnualOutcomes,
  claReviews,
  healthRecords,
} from '../../db/schema/index.js'
import type { Engine } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { careReviewClocksFor } from './careReviewClocks.js'

/** Date input fields for a GOV.UK date input. */
export const d = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-')
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! }
}

type Counted = typeof claReviews | typeof healthRecords | typeof claAnnualOutcomes

export type CareReviewKit = {
  /** Filled in by beforeAll. */
  ctx: TestContext
  childId: string
  sw: Client
  iro: Client
  /** The child's care-review pages: /children/:id/care-reviews. */
  url(): string
  clocks(): ReturnType<typeof careReviewClocksFor>
  clockOf(id: string): Promise<Awaited<ReturnType<typeof careReviewClocksFor>>['clocks'][number] | undefined>
  count(table: Counted): Promise<number>
}

/** Registers beforeAll/afterAll for a describe block on `engine` and returns the kit they fill. */
export function lookedAfterChild(engine: Engine): CareReviewKit {
  const kit = {
    url: () => `/children/${kit.childId}/care-reviews`,
    clocks: () => careReviewClocksFor(kit.ctx.database.db, kit.ctx.deps.calendar, '2026-11-25', kit.childId),
    clockOf: async (id: string) => (await kit.clocks()).clocks.find((c) => c.id === id),
    count: async (table: Counted) =>
      (await kit.ctx.database.db.select().from(table).where(eq(table.childId, kit.childId))).length,
  } as CareReviewKit

  beforeAll(async () => {
    const ctx = await createTestContext(engine)
    const childId = ctx.fixtures.child.own.id
    const createdBy = ctx.fixtures.user.social_worker.id
    const [period] = await ctx.database.db
      .insert(carePeriods)
      .values({ childId, startedOn: '2026-07-01', createdBy })
      .returning()
    const episode = {
      periodId: period!.id,
      childId,
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      createdBy,
    }
    await ctx.database.db.insert(careEpisodes).values([
      { ...episode, startsOn: '2026-07-01', change: 'START' },
      { ...episode, startsOn: '2026-11-02', change: 'PLACEMENT' },
    ])
    Object.assign(kit, { ctx, childId, sw: await appAs(ctx, 'social_worker'), iro: await appAs(ctx, 'iro') })
  })
  afterAll(() => kit.ctx.close())
  return kit
}
