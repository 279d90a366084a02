/** SSDA903 rules on AD1 and PlacedAdoption. */
import type { Rule } from './define.js'

export const adoptionRules: readonly Rule[] = []
