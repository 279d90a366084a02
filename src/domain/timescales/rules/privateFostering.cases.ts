/** Met and failing cases for rules/privateFostering.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const privateFosteringCases: Record<string, RuleCases> = {}
