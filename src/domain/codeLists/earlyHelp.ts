/**
 * How an early help assessment ended: Cairn's own list. Working Together 2023 ch.1 (early help)
 * expects an assessment to lead to a plan of support, to no further support, or to a referral to
 * children's social care when needs escalate; a family may also decline, since early help is
 * voluntary.
 */
export const earlyHelpOutcomes = [
  { code: 'SUPPORT_PLAN', description: 'Plan of support agreed' },
  { code: 'NO_FURTHER_SUPPORT', description: 'No further support needed' },
  { code: 'STEP_UP', description: 'Referred to children’s social care (stepped up)' },
  { code: 'DECLINED', description: 'Family declined early help' },
] as const
