/** SSDA903 rules on SWEpisodes. */
import type { Rule } from './define.js'

export const socialWorkersRules: readonly Rule[] = []
