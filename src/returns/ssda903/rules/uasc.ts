/** SSDA903 rules on UASC. */
import type { Rule } from './define.js'

export const uascRules: readonly Rule[] = []
