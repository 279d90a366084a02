/**
 * The KPI catalogue (SHAPES.md §2, issue 7): every KPI, once, grouped by area in the files beside
 * this one. The scorecard, the drill-downs and docs/kpis.md all read this list.
 */
import type { Kpi } from './define.js'
import { frontDoorKpis } from './frontDoor.js'
import { assessmentKpis } from './assessments.js'
import { childProtectionKpis } from './childProtection.js'
import { childInNeedKpis } from './childInNeed.js'
import { thresholdKpis } from './thresholds.js'
import { workforceKpis } from './workforce.js'
import { adoptionKpis } from './adoption.js'
import { childrenInCareKpis } from './childrenInCare.js'
import { careLeaverKpis } from './careLeavers.js'

export const kpiCatalogue: readonly Kpi[] = Object.freeze([
  ...frontDoorKpis,
  ...assessmentKpis,
  ...childProtectionKpis,
  ...childInNeedKpis,
  ...thresholdKpis,
  ...workforceKpis,
  ...childrenInCareKpis,
  ...careLeaverKpis,
  ...adoptionKpis,
])

if (new Set(kpiCatalogue.map((k) => k.id)).size !== kpiCatalogue.length) throw new Error('KPI ids must be unique')

export function kpiById(id: string): Kpi | undefined {
  return kpiCatalogue.find((k) => k.id === id)
}
