/**
 * Monthly KPI snapshots (issue 7 part 3): a snapshot equals the live scorecard for its month, a
 * rebuild is idempotent and corrects old figures, and a series is in month order and at most 24
 * months long. On both engines.
 */
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../access/actor.js'
import { auditEvents, kpiSnapshots } from '../../db/schema/index.js'
import { fixedClock } from '../../domain/clock.js'
import { kpiCatalogue } from '../../domain/kpis/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { kpiFixtureNow, kpiFixturePopulation, seedKpiFixture } from '../performance/kpiFixture.js'
import { breakdowns } from '../performance/kpiEngine.js'
import { shiftMonth } from './months.js'

describe.each(engines())('KPI snapshots on %s', (engine) => {
  let ctx: TestContext
  const trends = () => ctx.deps.services.kpiTrends
  const snapshotRows = (month: string) => ctx.database.db.select().from(kpiSnapshots).where(eq(kpiSnapshots.month, month))
  const snapshotAudit = (month: string) =>
    ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'kpi.snapshot'), eq(auditEvents.entityId, month)))

  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    await seedKpiFixture(ctx)
  })
  afterAll(() => ctx.close())

  it('a month’s snapshot equals the live scorecard for that month, for every KPI and breakdown', async () => {
    const taken = await trends().takeMonth('2028-03', 'scheduled')
    const rows = await snapshotRows('2028-03')
    expect(taken).toMatchObject({ month: '2028-03', source: 'scheduled', rows: rows.length, removed: 0 })
    const director = toActor(ctx.fixtures.user.dcs)
    const mismatches: string[] = []
    for (const breakdown of breakdowns) {
      const { lines } = await ctx.deps.services.performance.scorecard(director, { period: 'month', ending: '2028-03', breakdown })
      for (const { kpi, groups } of lines) {
        for (const g of groups) {
          const key = breakdown === 'authority' ? '' : (g.group.id ?? '')
          const row = rows.find((r) => r.kpiId === kpi.id && r.breakdown === breakdown && r.groupKey === key)
          const want = [g.count.numerator, g.count.denominator, g.value]
          const got = row ? [row.numerator, row.denominator, row.value] : null
          if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${kpi.id} ${breakdown} ${key}: snapshot ${JSON.stringify(got)} live ${JSON.stringify(want)}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    // Every KPI has its authority row, and the fixture's March figures are really there, not zeros.
    expect(rows.filter((r) => r.breakdown === 'authority')).toHaveLength(kpiCatalogue.length)
    const authority = (id: string) => rows.find((r) => r.kpiId === id && r.breakdown === 'authority')
    expect(authority('FD_CONTACTS')).toMatchObject({ numerator: 4, denominator: 4, value: 4, source: 'scheduled', groupName: null })
    expect(authority('ASSESS_45WD')).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
    const teamA = rows.find((r) => r.breakdown === 'team' && r.groupKey === ctx.fixtures.teams.teamA.id)
    expect(teamA).toMatchObject({ groupName: 'Assessment Team A' })
  })

  it('records one audit write per month taken, under the system actor when scheduled', async () => {
    const audit = await snapshotAudit('2028-03')
    expect(audit).toEqual([expect.objectContaining({ kind: 'write', actorId: systemActor.id, entityType: 'kpi_snapshot', detail: expect.objectContaining({ source: 'scheduled', kpis: kpiCatalogue.length }) })])
  })

  it('a rebuild is idempotent, corrects changed figures and removes rows no longer produced', async () => {
    const db = ctx.database.db
    const analyst = toActor(ctx.fixtures.user.performance_analyst)
    await trends().rebuild('2028-02', '2028-03', analyst)
    const first = (await db.select().from(kpiSnapshots)).length
    // Spoil a figure and plant a row for a worker the history does not produce.
    await db.update(kpiSnapshots).set({ numerator: 999, value: -1 }).where(and(eq(kpiSnapshots.month, '2028-03'), eq(kpiSnapshots.kpiId, 'FD_CONTACTS'), eq(kpiSnapshots.breakdown, 'authority')))
    await db.insert(kpiSnapshots).values({ month: '2028-03', kpiId: 'FD_CONTACTS', breakdown: 'worker', groupKey: '11111111-1111-4111-8111-111111111111', numerator: 5, denominator: 5, value: 5, source: 'scheduled' })
    const taken = await trends().rebuild('2028-02', '2028-03', analyst)
    expect(taken.map((t) => [t.month, t.source])).toEqual([['2028-02', 'rebuilt'], ['2028-03', 'rebuilt']])
    expect(taken[1]!.removed).toBe(1)
    const all = await db.select().from(kpiSnapshots)
    expect(all).toHaveLength(first)
    const keys = new Set(all.map((r) => `${r.kpiId}|${r.breakdown}|${r.groupKey}|${r.month}`))
    expect(keys.size).toBe(all.length)
    expect(all.find((r) => r.month === '2028-03' && r.kpiId === 'FD_CONTACTS' && r.breakdown === 'authority')).toMatchObject({ numerator: 4, value: 4, source: 'rebuilt' })
    expect(all.every((r) => r.source === 'rebuilt')).toBe(true)
    // Each month taken is one audit write, naming the analyst who asked.
    const audit = await snapshotAudit('2028-02')
    expect(audit).toHaveLength(2)
    expect(audit.every((a) => a.actorId === analyst.id && a.actorRole === 'performance_analyst')).toBe(true)
  })

  it('a series is oldest first, at most 24 months, for the authority or one team', async () => {
    const db = ctx.database.db
    // Thirty months of a made-up KPI's authority figures, and one team month.
    const months = Array.from({ length: 30 }, (_, i) => shiftMonth('2025-10', i))
    await db.insert(kpiSnapshots).values(months.map((month, i) => ({ month, kpiId: 'TEST_SERIES', breakdown: 'authority', groupKey: '', numerator: i, denominator: 30, value: i, source: 'rebuilt' })))
    await db.insert(kpiSnapshots).values({ month: '2028-01', kpiId: 'TEST_SERIES', breakdown: 'team', groupKey: ctx.fixtures.teams.teamB.id, numerator: 2, denominator: 4, value: 50, source: 'rebuilt' })
    const series = await trends().series(['TEST_SERIES', 'FD_CONTACTS', 'NOT_HELD'], '2028-03', 36)
    const points = series.get('TEST_SERIES')!
    expect(points).toHaveLength(24)
    expect(points[0]).toEqual({ month: '2026-04', value: 6, numerator: 6, denominator: 30 })
    expect(points.at(-1)!.month).toBe('2028-03')
    expect(points.map((p) => p.month)).toEqual([...points.map((p) => p.month)].sort())
    expect(series.get('FD_CONTACTS')!.map((p) => p.month)).toEqual(['2028-02', '2028-03'])
    expect(series.get('NOT_HELD')).toEqual([])
    expect((await trends().series(['TEST_SERIES'], '2028-03', 3)).get('TEST_SERIES')!.map((p) => p.month)).toEqual(['2028-01', '2028-02', '2028-03'])
    const team = await trends().series(['TEST_SERIES'], '2028-03', 24, { breakdown: 'team', key: ctx.fixtures.teams.teamB.id })
    expect(team.get('TEST_SERIES')).toEqual([{ month: '2028-01', value: 50, numerator: 2, denominator: 4 }])
    await db.delete(kpiSnapshots).where(eq(kpiSnapshots.kpiId, 'TEST_SERIES'))
  })

  it('lists the months held with how and when each was taken', async () => {
    const held = await trends().heldMonths()
    expect(held.map((h) => [h.month, h.source])).toEqual([['2028-03', 'rebuilt'], ['2028-02', 'rebuilt']])
    expect(held[0]!.takenAt.toISOString()).toBe(new Date(kpiFixtureNow).toISOString())
    expect(held[0]!.rows).toBe(Number((await ctx.database.db.execute(sql`select count(*)::int as n from kpi_snapshots where month = '2028-03'`)).rows[0]!.n))
  })
})
