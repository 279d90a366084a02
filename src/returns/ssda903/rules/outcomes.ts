/** SSDA903 rules on OC2 and OC3 (outcomes for children in care 12 months; care leavers at 17 to 21). */
import type { Rule } from './define.js'

export const outcomesRules: readonly Rule[] = []
