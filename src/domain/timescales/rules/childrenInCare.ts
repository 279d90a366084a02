/** Children in care clocks: care and placement plans, reviews, visits (CPPCR 2010 reg 28), health and education. */
import type { TimescaleRule } from '../define.js'

export const childrenInCareRules: readonly TimescaleRule[] = []
