/** Met and failing cases for rules/childrenInCare.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const childrenInCareCases: Record<string, RuleCases> = {}
