/**
 * The scheduled snapshot job (issue 7 part 3): it takes the last complete month once, never twice,
 * and backfills the history only when no snapshot is held at all. The test clock is 25 November
 * 2026, so the last complete month is October 2026.
 */
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../access/actor.js'
import { auditEvents, kpiSnapshots } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { startSnapshotSchedule } from './snapshotSchedule.js'

describe.each(engines())('KPI snapshot schedule on %s', (engine) => {
  let ctx: TestContext
  const takes = async (month: string) =>
    (await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'kpi.snapshot'), eq(auditEvents.entityId, month)))).length

  beforeAll(async () => {
    ctx = await createTestContext(engine)
  })
  afterAll(() => ctx.close())

  it('does nothing until a test starts it', async () => {
    expect(await ctx.deps.services.kpiTrends.isEmpty()).toBe(true)
  })

  it('on an empty table takes the last month and backfills the months before it, then takes nothing twice', async () => {
    const stop = startSnapshotSchedule(ctx.deps, { backfillMonths: 2 })
    try {
      await stop.idle()
      const held = await ctx.deps.services.kpiTrends.heldMonths()
      expect(held.map((h) => [h.month, h.source])).toEqual([['2026-10', 'scheduled'], ['2026-09', 'rebuilt'], ['2026-08', 'rebuilt']])
      expect(await takes('2026-10')).toBe(1)
      const audit = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'kpi.snapshot'))
      expect(audit.every((a) => a.actorId === systemActor.id)).toBe(true)
      // The next hourly check finds October held and takes nothing.
      await stop.tick()
      await stop.idle()
      expect(await takes('2026-10')).toBe(1)
      expect(ctx.deps.services.kpiTrends.rebuildJobs()).toHaveLength(1)
    } finally {
      stop()
    }
  })

  it('takes a missing month once, with no backfill when other months are held', async () => {
    await ctx.database.db.delete(kpiSnapshots).where(eq(kpiSnapshots.month, '2026-10'))
    const stop = startSnapshotSchedule(ctx.deps, { backfillMonths: 2 })
    try {
      await stop.idle()
      await stop.tick()
      await stop.idle()
      expect(await takes('2026-10')).toBe(2) // the first schedule's take and this one
      expect(await ctx.deps.services.kpiTrends.hasMonth('2026-10')).toBe(true)
      expect(ctx.deps.services.kpiTrends.rebuildJobs()).toHaveLength(1)
    } finally {
      stop()
    }
  })

  it('reports a failed check and carries on', async () => {
    const errors: unknown[] = []
    const broken = { ...ctx.deps, services: { kpiTrends: { ...ctx.deps.services.kpiTrends, isEmpty: () => Promise.reject(new Error('database away')) } } }
    const stop = startSnapshotSchedule(broken, { onError: (e) => errors.push(e) })
    await stop.idle()
    await stop.tick()
    stop()
    expect(errors.map((e) => (e as Error).message)).toEqual(['database away', 'database away'])
  })
})
