/** SSDA903 rules on Episodes (legal status, placement, provider, reasons, postcodes, URN, overlaps and gaps). */
import type { Rule } from './define.js'

export const episodesRules: readonly Rule[] = []
