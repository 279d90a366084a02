/** Front door and assessment clocks (research/domain.md §1.1, rows 1 and 3). */
import { defineTimescale } from '../define.js'

const WT2023 = 'Working Together to Safeguard Children 2023, chapter 2'

/**
 * Working Together to Safeguard Children 2023, ch.2: within one working day of a referral being
 * received, a social worker decides on the type of response. The clock runs from receipt, not
 * from when the record was created (research/domain.md §0.1).
 */
export const CONTACT_DECISION_1WD = defineTimescale({
  id: 'CONTACT_DECISION_1WD',
  title: 'Decision on a contact or referral within 1 working day',
  appliesTo: 'contact',
  startsAt: { event: 'contact.received', field: 'receivedAt' },
  stopsAt: { event: 'contact.decided', field: 'decidedAt' },
  due: { amount: 1, unit: 'working_days' },
  // Amber on the day the decision is due, red the day after.
  warnBefore: { amount: 0, unit: 'working_days' },
  source: WT2023,
  localOverride: false,
})

/**
 * Working Together 2023, ch.2: the assessment should conclude no more than 45 working days from
 * the point of referral. The DfE duration tables count from assessment start instead; that
 * measure will be its own rule, so both anchors stay reportable (research/domain.md §0.3).
 */
export const ASSESSMENT_45WD = defineTimescale({
  id: 'ASSESSMENT_45WD',
  title: 'Child and family assessment completed',
  appliesTo: 'assessment',
  startsAt: { event: 'referral.received', field: 'referralDate' },
  stopsAt: { event: 'assessment.authorised', field: 'authorisedOn' },
  due: { amount: 45, unit: 'working_days' },
  warnBefore: { amount: 5, unit: 'working_days' },
  source: WT2023,
  localOverride: false,
})

export const frontDoorRules = [CONTACT_DECISION_1WD, ASSESSMENT_45WD] as const
