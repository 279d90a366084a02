/** Every SSDA903 rule Cairn implements, once (validate.ts runs those for the year). */
import type { Rule } from './define.js'
import { headerRules } from './header.js'
import { episodesRules } from './episodes.js'
import { reviewsRules } from './reviews.js'
import { outcomesRules } from './outcomes.js'
import { adoptionRules } from './adoption.js'
import { missingRules } from './missing.js'
import { uascRules } from './uasc.js'
import { permanenceRules } from './permanence.js'
import { socialWorkersRules } from './socialWorkers.js'
import { libertyRules } from './liberty.js'
import { lastYearRules } from './lastYear.js'

export const ssda903Rules: readonly Rule[] = Object.freeze([
  ...headerRules,
  ...episodesRules,
  ...reviewsRules,
  ...outcomesRules,
  ...adoptionRules,
  ...missingRules,
  ...uascRules,
  ...permanenceRules,
  ...socialWorkersRules,
  ...libertyRules,
  ...lastYearRules,
])
