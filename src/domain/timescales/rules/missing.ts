/** Missing children: the return home interview clock (DfE 2014 guidance). */
import type { TimescaleRule } from '../define.js'

export const missingRules: readonly TimescaleRule[] = []
