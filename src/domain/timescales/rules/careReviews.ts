/**
 * Children in care: care and placement plans, reviews (CPPCR 2010 reg 33), PEPs and health
 * assessments. The Care Planning, Placement and Case Review (England) Regulations 2010 set the
 * plans, reviews and health assessments as minimums; the termly PEP review and the annual dental
 * check and SDQ are guidance or local practice, so a council may set its own interval.
 */
import type { TimescaleRule } from '../define.js'
import { defineTimescale } from '../define.js'

const CPPCR = 'Care Planning, Placement and Case Review (England) Regulations 2010'
const PERIOD_START = { event: 'care_period.started', field: 'startedOn' } as const
const PERIOD_ENDED = { event: 'care_period.ended', field: 'endedOn' } as const
const REVIEW_HELD = { event: 'cla_review.held', field: 'heldOn' } as const
const PEP_REVIEWED = { event: 'pep.reviewed', field: 'reviewedOn' } as const
const IHA_DONE = { event: 'health.initial_assessment', field: 'doneOn' } as const
const RHA_DONE = { event: 'health.review_assessment', field: 'doneOn' } as const

/** Reg 4(2): the care plan is prepared before the first placement or, if not practicable, within 10 working days of its start. */
export const CARE_PLAN_10WD = defineTimescale({
  id: 'CARE_PLAN_10WD',
  title: 'Care plan in place within 10 working days of the first placement',
  appliesTo: 'care_period',
  startsAt: { event: 'care_placement.first_started', field: 'startsOn' },
  stopsAt: { event: 'care_plan.started', field: 'startDate' },
  due: { amount: 10, unit: 'working_days' },
  source: `${CPPCR} reg 4(2) (before the first placement or, if not reasonably practicable, within 10 working days of its start)`,
  localOverride: false,
})

/** Reg 9(2): the placement plan is prepared before the placement or, if not practicable, within 5 working days of its start. */
export const PLACEMENT_PLAN_5WD = defineTimescale({
  id: 'PLACEMENT_PLAN_5WD',
  title: 'Placement plan in place within 5 working days of the placement',
  appliesTo: 'care_placement',
  startsAt: { event: 'care_placement.started', field: 'startsOn' },
  stopsAt: { event: 'placement_plan.started', field: 'startDate' },
  due: { amount: 5, unit: 'working_days' },
  source: `${CPPCR} reg 9(2) (before the placement or, if not reasonably practicable, within 5 working days of its start)`,
  localOverride: false,
})

/** Reg 33(1)(a): the first review within 20 working days of the date the child became looked after. */
export const CLA_REVIEW_FIRST_20WD = defineTimescale({
  id: 'CLA_REVIEW_FIRST_20WD',
  title: 'First looked-after child review within 20 working days',
  appliesTo: 'care_period',
  startsAt: PERIOD_START,
  stopsAt: REVIEW_HELD,
  due: { amount: 20, unit: 'working_days' },
  source: `${CPPCR} reg 33(1)(a)`,
  localOverride: false,
})

/** Reg 33(1)(b): the second review within 3 months of the first. */
export const CLA_REVIEW_SECOND_3M = defineTimescale({
  id: 'CLA_REVIEW_SECOND_3M',
  title: 'Second looked-after child review within 3 months of the first',
  appliesTo: 'care_period',
  startsAt: REVIEW_HELD,
  stopsAt: REVIEW_HELD,
  due: { amount: 3, unit: 'months' },
  source: `${CPPCR} reg 33(1)(b)`,
  localOverride: false,
})

/** Reg 33(1)(c): later reviews no more than 6 months after the one before. */
export const CLA_REVIEW_6M = defineTimescale({
  id: 'CLA_REVIEW_6M',
  title: 'Looked-after child reviews no more than 6 months apart after the second',
  appliesTo: 'care_period',
  startsAt: REVIEW_HELD,
  stopsAt: REVIEW_HELD,
  due: { amount: 6, unit: 'months' },
  repeat: { every: 6, unit: 'months', until: PERIOD_ENDED },
  source: `${CPPCR} reg 33(1)(c)`,
  localOverride: false,
})

/** The PEP is part of the care plan and in place within 10 working days of becoming looked after. */
export const PEP_INITIAL_10WD = defineTimescale({
  id: 'PEP_INITIAL_10WD',
  title: 'Personal education plan within 10 working days of becoming looked after',
  appliesTo: 'care_period',
  startsAt: PERIOD_START,
  stopsAt: PEP_REVIEWED,
  due: { amount: 10, unit: 'working_days' },
  source:
    'DfE statutory guidance "Promoting the education of looked-after and previously looked-after children" (2018): the PEP is initiated as part of the care plan and in place within 10 working days of entry to care',
  localOverride: false,
})

/** The guidance asks for a PEP review each term; councils set the interval (4 months by default). */
export const PEP_REVIEW_TERMLY = defineTimescale({
  id: 'PEP_REVIEW_TERMLY',
  title: 'Personal education plan reviewed each term',
  appliesTo: 'care_period',
  startsAt: PEP_REVIEWED,
  stopsAt: PEP_REVIEWED,
  due: { amount: 4, unit: 'months' },
  repeat: { every: 4, unit: 'months', until: PERIOD_ENDED },
  source:
    'Local practice standard: DfE statutory guidance "Promoting the education of looked-after and previously looked-after children" (2018) asks for a termly PEP review; the interval is the council’s',
  localOverride: true,
})

/** Reg 7: the initial health assessment; statutory guidance sets 20 working days from entry to care. */
export const IHA_20WD = defineTimescale({
  id: 'IHA_20WD',
  title: 'Initial health assessment within 20 working days of entering care',
  appliesTo: 'care_period',
  startsAt: PERIOD_START,
  stopsAt: IHA_DONE,
  due: { amount: 20, unit: 'working_days' },
  source: `DfE/DHSC statutory guidance "Promoting the health and wellbeing of looked-after children" (2015); ${CPPCR} reg 7`,
  localOverride: false,
})

/** Reg 7 and Sch 1 para 3: review health assessments every 6 months for a child under 5. */
export const RHA_UNDER5_6M = defineTimescale({
  id: 'RHA_UNDER5_6M',
  title: 'Review health assessment every 6 months (child under 5)',
  appliesTo: 'care_period',
  startsAt: IHA_DONE,
  stopsAt: RHA_DONE,
  due: { amount: 6, unit: 'months' },
  repeat: { every: 6, unit: 'months', until: PERIOD_ENDED },
  source: `${CPPCR} reg 7 and Schedule 1 para 3 (at least once every six months before the child's fifth birthday)`,
  localOverride: false,
})

/** Reg 7 and Sch 1 para 3: review health assessments every 12 months from the fifth birthday. */
export const RHA_12M = defineTimescale({
  id: 'RHA_12M',
  title: 'Review health assessment every 12 months (child aged 5 or over)',
  appliesTo: 'care_period',
  startsAt: IHA_DONE,
  stopsAt: RHA_DONE,
  due: { amount: 12, unit: 'months' },
  repeat: { every: 12, unit: 'months', until: PERIOD_ENDED },
  source: `${CPPCR} reg 7 and Schedule 1 para 3 (at least once every twelve months after the child's fifth birthday)`,
  localOverride: false,
})

/** An annual dental check: the OC2 TEETH_CHECK measure, not a regulation; a local standard. */
export const DENTAL_12M = defineTimescale({
  id: 'DENTAL_12M',
  title: 'Dental check every 12 months',
  appliesTo: 'care_period',
  startsAt: PERIOD_START,
  stopsAt: { event: 'health.dental', field: 'doneOn' },
  due: { amount: 12, unit: 'months' },
  repeat: { every: 12, unit: 'months', until: PERIOD_ENDED },
  source:
    'Local practice standard (annual): SSDA903 OC2 TEETH_CHECK counts a dental check in the year; "Promoting the health and wellbeing of looked-after children" (2015)',
  localOverride: true,
})

/** An annual SDQ for a child aged 4 to 17: the OC2 SDQ_SCORE measure; a local standard. */
export const SDQ_12M = defineTimescale({
  id: 'SDQ_12M',
  title: 'Strengths and difficulties questionnaire every 12 months (aged 4 to 17)',
  appliesTo: 'care_period',
  startsAt: PERIOD_START,
  stopsAt: { event: 'health.sdq', field: 'doneOn' },
  due: { amount: 12, unit: 'months' },
  repeat: { every: 12, unit: 'months', until: PERIOD_ENDED },
  source:
    'Local practice standard (annual): SSDA903 OC2 SDQ_SCORE; "Promoting the health and wellbeing of looked-after children" (2015) asks for an annual SDQ',
  localOverride: true,
})

export const careReviewRules: readonly TimescaleRule[] = [
  CARE_PLAN_10WD,
  PLACEMENT_PLAN_5WD,
  CLA_REVIEW_FIRST_20WD,
  CLA_REVIEW_SECOND_3M,
  CLA_REVIEW_6M,
  PEP_INITIAL_10WD,
  PEP_REVIEW_TERMLY,
  IHA_20WD,
  RHA_UNDER5_6M,
  RHA_12M,
  DENTAL_12M,
  SDQ_12M,
]
