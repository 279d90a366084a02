import type { ServiceBase } from '../serviceBase.js'

/** KPI targets and benchmarks edited by the performance team, and KPIs pinned to a personal dashboard (issue 7). */
export function kpiSettingsServices(base: ServiceBase) {
  void base
  return {}
}
