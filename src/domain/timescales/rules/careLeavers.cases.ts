/** Met and failing cases for rules/careLeavers.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const careLeaverCases: Record<string, RuleCases> = {}
