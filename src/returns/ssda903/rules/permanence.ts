/** SSDA903 rules on PrevPerm. */
import type { Rule } from './define.js'

export const permanenceRules: readonly Rule[] = []
