import type { ServiceBase } from '../serviceBase.js'
import { kpiPinsService, kpiSettingsService } from './kpiSettingsService.js'

/** KPI targets and benchmarks edited by the performance team, and KPIs pinned to a personal dashboard (issue 7). */
export function kpiSettingsServices(base: ServiceBase) {
  return { kpiSettings: kpiSettingsService(base.db, base.clock), kpiPins: kpiPinsService(base.db, base.clock) }
}
