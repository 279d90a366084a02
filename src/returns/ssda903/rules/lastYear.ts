/** SSDA903 rules on Rules that compare this year's return with last year's (open episodes carried over, SW episodes, and so on). */
import type { Rule } from './define.js'

export const lastYearRules: readonly Rule[] = []
