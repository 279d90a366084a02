/**
 * The quality pass of the generator (issue 6 part 7): case audits (caseAuditRecords.ts) and the
 * improvement plan (improvementPlanRecords.ts), after the workforce pass, with its own random
 * streams so everything drawn before is unchanged.
 */
import { simulateCaseAudits } from './caseAuditRecords.js'
import { simulateImprovementPlan } from './improvementPlanRecords.js'
import type { QualityInput, QualityRecordRows } from './qualityRows.js'

export type { QualityRecordRows } from './qualityRows.js'

export function simulateQualityRecords(input: QualityInput): QualityRecordRows {
  return { ...simulateCaseAudits(input), ...simulateImprovementPlan(input) }
}
