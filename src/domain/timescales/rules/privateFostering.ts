/** Private fostering visits (Children (Private Arrangements for Fostering) Regulations 2005 reg 8). */
import type { TimescaleRule } from '../define.js'

export const privateFosteringRules: readonly TimescaleRule[] = []
