/** Met and failing cases for rules/missing.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const missingCases: Record<string, RuleCases> = {}
