/** Every implemented CIN census rule for 2025-26 (the DfE cin2025_26 rule set). */
import { assessmentFactorRules } from './assessmentFactors.js'
import { assessmentRules } from './assessments.js'
import { characteristicsRules } from './characteristics.js'
import { childIdentifierRules } from './childIdentifiers.js'
import { cinDetailsRules } from './cinDetails.js'
import { cinPlanRules } from './cinPlans.js'
import { cpPlanRules } from './cpPlans.js'
import type { Rule } from './define.js'
import { episodeRules } from './episodes.js'
import { preProceedingsRules } from './preProceedings.js'
import { headerRules } from './header.js'
import { section47Rules } from './section47.js'
import { upnRules } from './upn.js'

export const cinRules: readonly Rule[] = [
  ...headerRules,
  ...upnRules,
  ...childIdentifierRules,
  ...characteristicsRules,
  ...cinDetailsRules,
  ...episodeRules,
  ...assessmentRules,
  ...assessmentFactorRules,
  ...cinPlanRules,
  ...section47Rules,
  ...cpPlanRules,
]

export const implementedRuleCodes: readonly string[] = cinRules.map((r) => r.code)

/**
 * The rules for a collection year: the cin2025_26 set (also used for 2024-25), plus, from 2026-27,
 * the pre-proceedings module's rules (CIN census guide 2026-27, module 5).
 */
export function rulesForYear(collectionYear: string): readonly Rule[] {
  return collectionYear >= '2026-27' ? [...cinRules, ...preProceedingsRules] : cinRules
}
