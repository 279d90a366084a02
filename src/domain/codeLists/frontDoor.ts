/**
 * Front-door decisions on a contact. Working Together 2023 ch.2 asks for a decision on the
 * type of response within one working day of receipt.
 */
export const contactDecisions = [
  { code: 'NFA', description: 'No further action' },
  { code: 'INFO_ADVICE', description: 'Information and advice' },
  { code: 'EARLY_HELP', description: 'Early help' },
  { code: 'REFERRAL', description: 'Referral to children’s social care' },
  { code: 'STRATEGY', description: 'Strategy discussion needed' },
] as const

/** Decisions that open a CIN episode with a referral (DfE CIN census: a referral starts an episode). */
export const decisionsThatRefer = ['REFERRAL', 'STRATEGY'] as const

export const keyPersonKinds = [
  { code: 'FAMILY', description: 'Family or household member' },
  { code: 'PROFESSIONAL', description: 'Professional' },
  { code: 'OTHER', description: 'Other significant person' },
] as const
