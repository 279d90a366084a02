/** SSDA903 rules on Missing. */
import type { Rule } from './define.js'

export const missingRules: readonly Rule[] = []
