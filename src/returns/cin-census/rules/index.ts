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
