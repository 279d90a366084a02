/** SSDA903 rules on Reviews (dates and participation codes). */
import type { Rule } from './define.js'

export const reviewsRules: readonly Rule[] = []
