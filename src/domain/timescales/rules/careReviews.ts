/** Children in care: care and placement plans, reviews (CPPCR 2010 reg 33), PEPs and health assessments. */
import type { TimescaleRule } from '../define.js'

export const careReviewRules: readonly TimescaleRule[] = []
