/**
 * The adoption scorecard KPIs (src/domain/kpis/adoption.ts) on a hand-built set, and for each
 * breakdown the count equals its drill-down list (as src/features/performance/kpis.test.ts does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adoptions, careEpisodes, carePeriods } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { breakdowns } from '../performance/kpiEngine.js'
import { summarise } from '../performance/performanceService.js'
import type { PerformanceQuery } from '../performance/performanceSchemas.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'

const query = (over: Partial<PerformanceQuery> = {}): PerformanceQuery => ({ period: 'ytd', ending: '2026-11', breakdown: 'authority', ...over })
const ids = ['ADOPT_A1', 'ADOPT_A2', 'ADOPT_A10']

describe.each(engines())('adoption scorecard KPIs on %s', (engine) => {
  let ctx: TestContext
  const analyst = () => toActor(ctx.fixtures.user.performance_analyst)

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const db = ctx.database.db
    const { own, otherTeam, unallocated } = ctx.fixtures.child
    const createdBy = ctx.fixtures.user.social_worker.id
    const [p1] = await db.insert(carePeriods).values([
      { childId: own.id, startedOn: '2025-01-01', createdBy },
      { childId: otherTeam.id, startedOn: '2024-01-01', createdBy },
      { childId: unallocated.id, startedOn: '2024-02-01', createdBy },
    ]).returning()
    const ep = { periodId: p1!.id, childId: own.id, legalStatus: 'C2', categoryOfNeed: 'N1', createdBy }
    // Own child: in care 1 Jan 2025, moved in with the foster carers 1 Jun 2025, who adopted them (placed for adoption 1 Mar 2026, same carers).
    await db.insert(careEpisodes).values([
      { ...ep, startsOn: '2025-01-01', change: 'START', placementType: 'R1' },
      { ...ep, startsOn: '2025-06-01', change: 'PLACEMENT', placementType: 'U4' },
      { ...ep, startsOn: '2026-03-01', change: 'BOTH', placementType: 'A6', legalStatus: 'E1', sameCarers: true },
    ])
    await db.insert(adoptions).values([
      // A1 424 days, A2 122, A10 151 (foster carers).
      { childId: own.id, decidedOn: '2025-05-01', placementOrderOn: '2025-08-01', matchedOn: '2025-12-01', placedOn: '2026-03-01', adoptionOrderOn: '2026-10-01', fosterCarers: '1', createdBy },
      // A1 244 days; matched before the placement order counts as 0 for A2; A10 = A1.
      { childId: otherTeam.id, decidedOn: '2024-03-01', placementOrderOn: '2024-06-01', matchedOn: '2024-05-01', placedOn: '2024-09-01', adoptionOrderOn: '2026-11-01', fosterCarers: '0', imported: true, createdBy },
      // Reversed: not counted.
      { childId: unallocated.id, decidedOn: '2024-03-01', placementOrderOn: '2024-06-01', matchedOn: '2024-07-01', placedOn: '2024-09-01', adoptionOrderOn: '2026-06-01', reversedOn: '2026-06-02', createdBy },
    ])
  })
  afterAll(() => ctx.close())

  it('gives A1, A2 and A10 with their scorecard thresholds', async () => {
    const { lines } = await ctx.deps.services.performance.scorecard(analyst(), query())
    const got = Object.fromEntries(lines.filter((l) => ids.includes(l.kpi.id)).map((l) => [l.kpi.id, [l.groups[0]!.count.denominator, l.groups[0]!.count.numerator, l.groups[0]!.value, l.kpi.target]]))
    expect(got).toEqual({ ADOPT_A1: [2, 2, 334, 426], ADOPT_A2: [2, 2, 61, 121], ADOPT_A10: [2, 2, 197.5, 426] })
  })

  it('for every breakdown, each count equals its drill-down list', async () => {
    const perf = ctx.deps.services.performance
    const mismatches: string[] = []
    for (const breakdown of breakdowns) {
      const { lines } = await perf.scorecard(analyst(), query({ breakdown }))
      for (const { kpi, groups } of lines.filter((l) => ids.includes(l.kpi.id))) {
        for (const g of groups) {
          const filter = breakdown === 'authority' ? {} : g.group.id ? { [breakdown]: g.group.id } : null
          if (!filter) continue
          const listed = summarise(kpi, (await perf.drillDown(analyst(), kpi.id, query(filter))).rows)
          if (listed.denominator !== g.count.denominator || listed.numerator !== g.count.numerator || Math.abs((listed.measure ?? -1) - (g.count.measure ?? -1)) > 1e-9) mismatches.push(`${kpi.id} ${breakdown}: ${JSON.stringify(g.count)} vs ${JSON.stringify(listed)}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    const { rows } = await perf.drillDown(analyst(), 'ADOPT_A10', query())
    expect(rows.map((r) => [r.childRef, r.measure]).sort()).toEqual([['TESTCHILD1', 151], ['TESTCHILD2', 244]])
  })
})
