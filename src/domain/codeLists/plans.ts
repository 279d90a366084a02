/** Cairn’s own lists for plans, SMART actions, visits and step-down (Working Together 2023 ch.2). */

/** The kinds of plan one model serves: CIN plans now; CP, care and pathway plans later. */
export const planKinds = [
  { code: 'CIN', description: 'Child in need plan' },
  { code: 'CP', description: 'Child protection plan' },
  { code: 'CARE', description: 'Care plan' },
  { code: 'PATHWAY', description: 'Pathway plan' },
  { code: 'PLACEMENT', description: 'Placement plan' },
] as const

/** Where a SMART action stands. */
export const planActionStatuses = [
  { code: 'NOT_STARTED', description: 'Not started' },
  { code: 'IN_PROGRESS', description: 'In progress' },
  { code: 'DONE', description: 'Done' },
  { code: 'DROPPED', description: 'Dropped' },
] as const

/** Which plan a statutory visit was made under. */
export const visitKinds = [
  { code: 'CP', description: 'Child protection visit' },
  { code: 'CIN', description: 'Child in need visit' },
  { code: 'CLA', description: 'Visit to a child in care' },
] as const

/** A manager's decision on a request to step down from a CP plan to a CIN plan. */
export const stepDownDecisions = [
  { code: 'AUTHORISED', description: 'Authorised' },
  { code: 'REJECTED', description: 'Rejected' },
] as const

export const yesNo = [
  { code: 'yes', description: 'Yes' },
  { code: 'no', description: 'No' },
] as const
