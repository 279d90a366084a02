/**
 * Pre-proceedings (the Public Law Outline) and care proceedings. The CIN census 2026-27 adds the
 * PreProceedingsandFGDM module (items N00826–N00835); its PPOutcome uses DfE codeset CS131, whose
 * meanings are not published with the validator, so the descriptions below are Cairn's reading of
 * the PLO guidance (research/standards.md §1.3).
 */
export const preProceedingsOutcomes = [
  { code: 'A', description: 'Care proceedings issued' },
  { code: 'B', description: 'Stepped down: concerns reduced, no proceedings' },
  { code: 'C', description: 'Other outcome (for example the child moved away)' },
] as const

/** Meetings held under the PLO: the first effective meeting and the reviews after it (N00830, N00831). */
export const preProceedingsMeetingKinds = [
  { code: 'INITIAL', description: 'Initial pre-proceedings meeting' },
  { code: 'REVIEW', description: 'Review meeting' },
] as const

/** Family Procedure Rules 2010 PD12A: the hearings of the Public Law Outline. */
export const hearingKinds = [
  { code: 'CMH', description: 'Case management hearing' },
  { code: 'FCMH', description: 'Further case management hearing' },
  { code: 'IRH', description: 'Issues resolution hearing' },
  { code: 'FINAL', description: 'Final hearing' },
  { code: 'OTHER', description: 'Other hearing' },
] as const

/** The order that ends care proceedings (Children Act 1989 ss31, 8, 14A; Adoption and Children Act 2002 s21). */
export const finalOrders = [
  { code: 'CARE', description: 'Care order (s31)' },
  { code: 'SUPERVISION', description: 'Supervision order (s31)' },
  { code: 'SGO', description: 'Special guardianship order (s14A)' },
  { code: 'CAO', description: 'Child arrangements order (s8)' },
  { code: 'PLACEMENT', description: 'Placement order (ACA 2002 s21)' },
  { code: 'NO_ORDER', description: 'No order' },
  { code: 'WITHDRAWN', description: 'Application withdrawn' },
] as const

/** Emergency powers: Children Act 1989 s44 (emergency protection order) and s46 (police protection). */
export const protectiveOrderKinds = [
  { code: 'EPO', description: 'Emergency protection order (s44)' },
  { code: 'POLICE_PROTECTION', description: 'Police protection (s46)' },
] as const
