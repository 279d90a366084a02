/**
 * The performance team's targets and benchmarks laid over the catalogue's defaults (issue 7 part 1:
 * "its default target, and its England and statistical-neighbour benchmarks (as data with a year,
 * editable by the performance team)"). Every RAG and benchmark shown — scorecard, drill-down, CSV,
 * xlsx, dashboard — comes through here, so they cannot disagree.
 */
import type { Executor } from '../../db/executor.js'
import { kpiSettings } from '../../db/schema/index.js'
import type { Benchmark, Kpi } from '../../domain/kpis/index.js'

export type KpiSettingRow = typeof kpiSettings.$inferSelect

const LOCAL_SOURCE = 'Set by the performance team'

/** A KPI with the local target and benchmarks in place of the catalogue's; a blank field keeps the default. */
export function withSettings(kpi: Kpi, row: KpiSettingRow | undefined): Kpi {
  if (!row) return kpi
  const local = (b: Benchmark, value: number | null, year: string | null): Benchmark => (value === null ? b : { name: b.name, value, year: year ?? b.year, source: LOCAL_SOURCE })
  const benchmarks = kpi.benchmarks.map((b) =>
    b.name === 'England' ? local(b, row.englandValue, row.englandYear) : b.name === 'Statistical neighbours' ? local(b, row.neighboursValue, row.neighboursYear) : b,
  )
  return { ...kpi, target: row.target ?? kpi.target, benchmarks }
}

/** Whether a row changes anything: a row whose fields are all blank is the catalogue default again. */
export const isOverridden = (row: KpiSettingRow | undefined) =>
  Boolean(row && (row.target !== null || row.englandValue !== null || row.neighboursValue !== null))

/**
 * The settings read once and kept for a short while per database handle, so a scorecard or a
 * drill-down costs no extra query; a save in this process forgets them at once (forgetSettings),
 * and another process's save shows within SETTINGS_TTL_MS. Keyed by the handle deps.ts builds, so
 * each app (and each test database) has its own.
 */
const SETTINGS_TTL_MS = 30_000
const cache = new WeakMap<object, { at: number; byId: Promise<Map<string, KpiSettingRow>> }>()

function settingsById(db: Executor): Promise<Map<string, KpiSettingRow>> {
  const hit = cache.get(db)
  // A monotonic timer, not the injected clock: this is cache age, not a date anyone sees.
  if (hit && performance.now() - hit.at < SETTINGS_TTL_MS) return hit.byId
  const byId = db.select().from(kpiSettings).then((rows) => new Map(rows.map((r) => [r.kpiId, r])))
  cache.set(db, { at: performance.now(), byId })
  byId.catch(() => cache.delete(db))
  return byId
}

/** After a save: the next read goes to the database. */
export function forgetSettings(db: Executor): void {
  cache.delete(db)
}

/** The given KPIs with the performance team's settings applied. */
export async function effectiveKpis(db: Executor, kpis: readonly Kpi[]): Promise<Kpi[]> {
  const byId = await settingsById(db)
  if (byId.size === 0) return [...kpis]
  return kpis.map((k) => withSettings(k, byId.get(k.id)))
}
