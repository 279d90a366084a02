import type { Weighted } from './random.js'

/**
 * Casework rates (casework.ts, plans.ts), from research/domain.md §4.1 and §4.4: about one assessment
 * per referral (648,830 assessments for 632,830 referrals in England 2024/25), ≈86% within 45 working
 * days nationally (we plant a weaker 81–85%), 81% of ICPCs within 15 working days of the strategy
 * discussion, CP plans about 41 per 10,000 children and children in need about 330 per 10,000
 * (so about 335 CP plans and 2,700 children in need open at once in a Leicester-sized council).
 */
export const caseworkRates = {
  /** Assessments planned to be authorised more than 45 working days after the referral; short
   *  episodes close first and cap some, so about 15–20% end up late (a planted weakness). */
  lateAssessment: 0.26,
  /** Older open assessments still waiting for a manager's sign-off (My work, team manager). */
  unsignedOlder: 0.04,
  /** Strategy discussions that decide on a section 47 enquiry. */
  s47: 0.95,
  /** s47 enquiries that substantiate concerns. */
  substantiated: 0.9,
  /** Substantiated enquiries where the ICPC is not convened (a planted weakness). */
  notConvened: 0.05,
  /** …of which a manager authorised the decision (the rest are unauthorised: a planted gap). */
  notConvenedAuthorised: 0.55,
  /** ICPCs that put the child on a CP plan (CIN census: most do). */
  cpPlan: 0.9,
  /** Working days from the strategy discussion to the ICPC: C4 2025 bands (9% 0–10, 73% 11–15,
   *  9% 16–20, 10% later), so about 80% are within the 15 working days. */
  icpcWorkingDays: [
    [[5, 10], 9],
    [[11, 15], 71],
    [[16, 20], 10],
    [[21, 30], 10],
  ] as Weighted<readonly [number, number]>,
  /** Episodes of 90 days or more after an assessment that get a CIN plan. */
  cinPlan: 0.85,
  /** CP plans ending while the case stays open that step down to a CIN plan. */
  stepDown: 0.75,
  /** Step-downs followed by a new CP plan within 6 months (a planted weakness: Leicester 2024). */
  reEscalation: 0.14,
  /** Plans without the child's wishes and feelings, or without identity (planted: about 20% in all). */
  missingWishes: 0.11,
  missingIdentity: 0.11,
  /** Children on plans whose visits drift beyond the local standard (planted lateness). */
  driftingVisits: 0.15,
  childSeen: 0.93,
  seenAlone: 0.65,
}
