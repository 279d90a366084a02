import { count, eq, isNotNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../access/actor.js'
import { children, cpConferences, cpPlans } from '../../db/schema/index.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'
import { buildCensusXml } from './build.js'
import { importCensus } from './import.js'
import { census, cpChild } from './testChild.js'

/** More children than one multi-row insert holds (importRepository: 1,000 rows), so every table is written in two statements. */
const size = 1_201
const xml = buildCensusXml(census(...Array.from({ length: size }, () => cpChild())), {
  collectionYear: '2025-26',
  laCode: '201',
  referenceDate: '2026-03-31',
})

describe.each(engines())('CIN census import in batches on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
  }, 60_000)
  afterAll(async () => ctx.close())

  it('inserts every table in chunks, linking each plan to the ICPC its enquiry led to', async () => {
    const report = await importCensus(ctx.database.db, systemActor, xml)
    expect(report.status).toBe('imported')
    expect(report.counts).toEqual({ created: size, updated: 0, unchanged: 0, error: 0 })
    // Each child: an episode with its referral, an assessment, an s47 (with the strategy discussion
    // that started it) and its ICPC, a CP plan from that ICPC, and one review conference.
    expect(report.rows.inserted).toEqual({
      children: size,
      cin_episodes: size,
      referrals: size,
      assessments: size,
      strategy_discussions: size,
      s47_enquiries: size,
      cp_conferences: 2 * size,
      cp_plans: size,
    })
    const db = ctx.database.db
    const [kids] = await db.select({ n: count() }).from(children).where(eq(children.firstName, 'Unknown'))
    expect(kids?.n).toBe(size)
    const [linked] = await db
      .select({ n: count() })
      .from(cpPlans)
      .innerJoin(cpConferences, eq(cpConferences.id, cpPlans.icpcId))
      .where(isNotNull(cpConferences.s47EnquiryId))
    expect(linked?.n).toBe(size)
  })

  it('writes nothing the second time', async () => {
    const report = await importCensus(ctx.database.db, systemActor, xml)
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: size, error: 0 })
    expect(report.rows).toEqual({ inserted: {}, updated: {} })
  })
})
