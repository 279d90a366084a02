/** SSDA903 rules on DoLo (from 2026-27). */
import type { Rule } from './define.js'

export const libertyRules: readonly Rule[] = []
