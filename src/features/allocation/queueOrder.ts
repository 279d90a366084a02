/**
 * The allocation queue's order: child protection work (an s47 enquiry without an outcome, or an open
 * CP plan) first, then the earliest assessment due date (Leicester 2015: work waited to be allocated).
 */
export function byPriority(a: { protection: boolean; assessmentDueOn: string }, b: { protection: boolean; assessmentDueOn: string }): number {
  return Number(b.protection) - Number(a.protection) || a.assessmentDueOn.localeCompare(b.assessmentDueOn)
}
