import { and, asc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { kpiPins, kpiSettings } from '../../db/schema/index.js'
import type { KpiSettingRow } from './effectiveKpis.js'

type Values = Pick<KpiSettingRow, 'target' | 'englandValue' | 'englandYear' | 'neighboursValue' | 'neighboursYear' | 'note' | 'updatedBy' | 'updatedAt'>
const first = <T>(rows: T[]): T | undefined => rows[0]

/** The performance team's settings, one row per KPI; every write checks the version it read. */
export function kpiSettingsRepository(db: Executor) {
  return {
    all: () => db.select().from(kpiSettings).orderBy(asc(kpiSettings.kpiId)),
    get: async (kpiId: string) => first(await db.select().from(kpiSettings).where(eq(kpiSettings.kpiId, kpiId))),
    /** A KPI's first settings; nothing comes back when someone else saved some meanwhile. */
    insert: async (kpiId: string, v: Values) => first(await db.insert(kpiSettings).values({ kpiId, ...v }).onConflictDoNothing().returning()),
    update: async (kpiId: string, version: number, v: Values) =>
      first(await db.update(kpiSettings).set({ ...v, version: sql`${kpiSettings.version} + 1` }).where(and(eq(kpiSettings.kpiId, kpiId), eq(kpiSettings.version, version))).returning()),
  }
}

/** KPIs pinned to a user's dashboard. */
export function kpiPinsRepository(db: Executor) {
  return {
    ids: async (userId: string) => (await db.select({ kpiId: kpiPins.kpiId }).from(kpiPins).where(eq(kpiPins.userId, userId))).map((r) => r.kpiId),
    add: async (userId: string, kpiId: string, at: Date) => first(await db.insert(kpiPins).values({ userId, kpiId, pinnedAt: at }).onConflictDoNothing().returning()),
    remove: async (userId: string, kpiId: string) => first(await db.delete(kpiPins).where(and(eq(kpiPins.userId, userId), eq(kpiPins.kpiId, kpiId))).returning()),
  }
}
