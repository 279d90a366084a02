/** Met and failing cases for rules/careReviews.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const careReviewCases: Record<string, RuleCases> = {}
