/** SSDA903 rules on Header (child identifiers, sex, DOB, ethnicity, UPN, mother). */
import type { Rule } from './define.js'

export const headerRules: readonly Rule[] = []
