import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { children } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import type { Criteria } from './caseAuditSchemas.js'
import { drawSample, sampleSize } from './sampling.js'

describe('the audit sample size', () => {
  it('is the percentage of the cohort rounded up, or N but never more than the cohort', () => {
    expect(sampleSize(60_000, { sizeKind: 'PERCENT', sizeValue: 1 })).toBe(600)
    expect(sampleSize(150, { sizeKind: 'PERCENT', sizeValue: 1 })).toBe(2)
    expect(sampleSize(100, { sizeKind: 'PERCENT', sizeValue: 1 })).toBe(1)
    expect(sampleSize(3, { sizeKind: 'PERCENT', sizeValue: 0.5 })).toBe(1)
    expect(sampleSize(40, { sizeKind: 'NUMBER', sizeValue: 10 })).toBe(10)
    expect(sampleSize(5, { sizeKind: 'NUMBER', sizeValue: 10 })).toBe(5)
    expect(sampleSize(0, { sizeKind: 'PERCENT', sizeValue: 50 })).toBe(0)
  })
})

/** The sample is reproducible (issue 6 part 5): the same seed and criteria always draw the same children. */
describe.each(engines())('drawing the audit sample on %s', (engine) => {
  let ctx: TestContext
  const all: Criteria = { population: 'ALL', sizeKind: 'PERCENT', sizeValue: 1 }
  const draw = async (criteria: Criteria, seed: number) => (await drawSample(ctx.database.db, criteria, seed, '2026-11-01')).sample.map((c) => c.childId)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const base = { sex: 'F', ethnicity: 'WBRI', disability: 'NONE', dateOfBirth: '2015-03-14', upnUnknownReason: 'UN2', firstName: 'Sample', lastName: 'Synthetic' }
    await ctx.database.db.insert(children).values(Array.from({ length: 297 }, (_, i) => ({ ...base, childRef: `SAMPLE${String(i).padStart(4, '0')}` })))
  })
  afterAll(() => ctx.close())

  it('same seed, same children; a different seed, different children; 1% of 300 is 3', async () => {
    const first = await draw(all, 20261125)
    expect(first).toHaveLength(3)
    expect(await draw(all, 20261125)).toEqual(first)
    expect(await draw(all, 7)).not.toEqual(first)
    expect(new Set(first).has(ctx.fixtures.child.restricted.id)).toBe(false)
  })

  it('N children, and the criteria narrow the cohort', async () => {
    expect(await draw({ ...all, sizeKind: 'NUMBER', sizeValue: 10 }, 1)).toHaveLength(10)
    expect((await drawSample(ctx.database.db, { ...all, ageBand: 'AGE_10_15' }, 1, '2026-11-01')).cohort).toBe(300)
    expect((await drawSample(ctx.database.db, { ...all, ageBand: 'UNDER_5' }, 1, '2026-11-01')).cohort).toBe(0)
    const team = await drawSample(ctx.database.db, { population: 'OPEN', teamId: ctx.fixtures.teams.teamA.id, sizeKind: 'NUMBER', sizeValue: 10 }, 1, '2026-11-01')
    expect(team.sample).toEqual([{ childId: ctx.fixtures.child.own.id, teamId: ctx.fixtures.teams.teamA.id, workerId: ctx.fixtures.user.social_worker.id }])
    expect((await drawSample(ctx.database.db, { population: 'OPEN', planType: 'CP', cpCategory: 'NEG', sizeKind: 'NUMBER', sizeValue: 10 }, 1, '2026-11-01')).cohort).toBe(0)
  })
})
