/**
 * Statutory timescales as data (ARCHITECTURE.md §7, SHAPES.md §1). The rule shape and its checks
 * are in define.ts; the rules, grouped by stage of the child's journey, are in rules/*.ts. This
 * file lists them all, once, for the engine, the admin page and docs/timescales.md.
 */
import type { TimescaleRule } from './define.js'
import { frontDoorRules } from './rules/frontDoor.js'
import { childProtectionRules } from './rules/childProtection.js'
import { childInNeedRules } from './rules/childInNeed.js'
import { courtRules } from './rules/court.js'
import { childrenInCareRules } from './rules/childrenInCare.js'
import { missingRules } from './rules/missing.js'
import { careReviewRules } from './rules/careReviews.js'
import { careLeaverRules } from './rules/careLeavers.js'
import { privateFosteringRules } from './rules/privateFostering.js'

export { applyLocalStandards, defineTimescale, durationUnits, withLocalStandard } from './define.js'
export type {
  Duration,
  DurationUnit,
  EventRef,
  Repeat,
  TimescaleDefinition,
  TimescaleRule,
} from './define.js'
export { ASSESSMENT_45WD, CONTACT_DECISION_1WD } from './rules/frontDoor.js'
export {
  CORE_GROUP_6W,
  CP_VISIT_10WD,
  EPO_8D,
  FIRST_CORE_GROUP_10WD,
  FIRST_RCPC_3M,
  POLICE_PROTECTION_72H,
  RCPC_6M,
  S47_TO_ICPC_15WD,
  STRATEGY_TO_ICPC_15WD,
} from './rules/childProtection.js'
export { CIN_PLAN_REVIEW_3M, CIN_VISIT_20WD } from './rules/childInNeed.js'
export { CARE_PROCEEDINGS_26W, PRE_PROCEEDINGS_16W } from './rules/court.js'
export { RHI_OFFERED_72H } from './rules/missing.js'
export { PA_CONTACT_8W } from './rules/careLeavers.js'

export const timescaleRules: readonly TimescaleRule[] = Object.freeze([
  ...frontDoorRules,
  ...childProtectionRules,
  ...childInNeedRules,
  ...courtRules,
  ...childrenInCareRules,
  ...missingRules,
  ...careReviewRules,
  ...careLeaverRules,
  ...privateFosteringRules,
])

if (new Set(timescaleRules.map((r) => r.id)).size !== timescaleRules.length) {
  throw new Error('Timescale rule ids must be unique')
}

export function ruleById(id: string): TimescaleRule | undefined {
  return timescaleRules.find((r) => r.id === id)
}
