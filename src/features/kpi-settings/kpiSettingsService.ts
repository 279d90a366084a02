/**
 * Targets and benchmarks set by the performance team, and KPIs pinned to a personal dashboard
 * (issue 7 parts 1 and 3). Every save is audited in its own transaction (ARCHITECTURE.md §6.6).
 */
import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { kpiById, kpiCatalogue, type Kpi } from '../../domain/kpis/index.js'
import { conflict, notFound } from '../../errors.js'
import { forgetSettings, isOverridden, withSettings, type KpiSettingRow } from './effectiveKpis.js'
import { kpiPinsRepository, kpiSettingsRepository } from './kpiSettingsRepository.js'
import type { KpiSettingsInput } from './kpiSettingsSchemas.js'

export type KpiSettingLine = { kpi: Kpi; effective: Kpi; row: KpiSettingRow | undefined; overridden: boolean }

const stale = 'Someone else changed these settings while you were editing them. Nothing was saved: the current values are shown, so check them and make your change again.'

const kpiOf = (kpiId: string) => kpiById(kpiId) ?? (() => { throw notFound('KPI') })()
const line = (kpi: Kpi, row: KpiSettingRow | undefined): KpiSettingLine => ({ kpi, effective: withSettings(kpi, row), row, overridden: isOverridden(row) })
const audited = (row: KpiSettingRow | undefined) =>
  row ? { target: row.target, englandValue: row.englandValue, englandYear: row.englandYear, neighboursValue: row.neighboursValue, neighboursYear: row.neighboursYear, note: row.note, version: row.version } : null

export function kpiSettingsService(db: AppDb, clock: Clock) {
  const repo = kpiSettingsRepository(db)
  return {
    /** Every KPI in catalogue order, with its effective target and benchmarks and whether the team changed them. */
    async list(): Promise<KpiSettingLine[]> {
      const byId = new Map((await repo.all()).map((r) => [r.kpiId, r]))
      return kpiCatalogue.map((k) => line(k, byId.get(k.id)))
    },

    async get(kpiId: string): Promise<KpiSettingLine> {
      const kpi = kpiOf(kpiId)
      return line(kpi, await repo.get(kpi.id))
    },

    /**
     * Saves the settings the form showed at `input.version` (0: none yet). A stale version saves
     * nothing and is a 409. Blank fields go back to the catalogue default; the row is kept so its
     * version keeps counting.
     */
    async save(actor: Actor, kpiId: string, input: KpiSettingsInput): Promise<KpiSettingRow> {
      const kpi = kpiOf(kpiId)
      return withTransaction(db, async (tx) => {
        const r = kpiSettingsRepository(tx)
        const before = await r.get(kpi.id)
        const { version, ...fields } = input
        const values = { ...fields, updatedBy: actor.id, updatedAt: clock.now() }
        const after = version === 0 ? await r.insert(kpi.id, values) : await r.update(kpi.id, version, values)
        if (!after) throw conflict(stale)
        await recordWrite(tx, actor, { action: 'kpi.settings', entityType: 'kpi', entityId: kpi.id, before: audited(before), after: audited(after) })
        return after
      }).finally(() => forgetSettings(db))
    },
  }
}

export function kpiPinsService(db: AppDb, clock: Clock) {
  return {
    /** The user's pinned KPI ids. */
    pinnedIds: async (actor: Actor): Promise<Set<string>> => new Set(await kpiPinsRepository(db).ids(actor.id)),

    /** The user's pinned KPIs, in catalogue order. */
    async pinned(actor: Actor): Promise<Kpi[]> {
      const ids = new Set(await kpiPinsRepository(db).ids(actor.id))
      return kpiCatalogue.filter((k) => ids.has(k.id))
    },

    /** Pins a KPI; pinning one already pinned changes nothing and writes no audit row. */
    async pin(actor: Actor, kpiId: string): Promise<void> {
      const kpi = kpiOf(kpiId)
      await withTransaction(db, async (tx) => {
        const added = await kpiPinsRepository(tx).add(actor.id, kpi.id, clock.now())
        if (added) await recordWrite(tx, actor, { action: 'kpi.pin', entityType: 'kpi', entityId: kpi.id, before: null, after: { userId: actor.id, kpiId: kpi.id } })
      })
    },

    async unpin(actor: Actor, kpiId: string): Promise<void> {
      const kpi = kpiOf(kpiId)
      await withTransaction(db, async (tx) => {
        const removed = await kpiPinsRepository(tx).remove(actor.id, kpi.id)
        if (removed) await recordWrite(tx, actor, { action: 'kpi.unpin', entityType: 'kpi', entityId: kpi.id, before: { userId: actor.id, kpiId: kpi.id }, after: null })
      })
    },
  }
}

export type KpiSettingsService = ReturnType<typeof kpiSettingsService>
export type KpiPinsService = ReturnType<typeof kpiPinsService>
