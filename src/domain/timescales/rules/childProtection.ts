/**
 * Child protection clocks (research/domain.md §1.1, rows 7 and 9–12). Conferences and the first
 * core group are set by Working Together 2023 and cannot be relaxed; visits and later core groups
 * are local practice standards with a configurable default (ARCHITECTURE.md §7).
 */
import { defineTimescale } from '../define.js'

const WT2023 = 'Working Together to Safeguard Children 2023, chapter 2'
const CP_PLAN_ENDED = { event: 'cp_plan.ended', field: 'endDate' } as const
const ICPC_HELD = { event: 'icpc.held', field: 'heldOn' } as const

/**
 * Working Together 2023, ch.2: the ICPC is held within 15 working days of the strategy
 * discussion, or of the last one if there were several (so the start is the latest strategy
 * discussion before the conference).
 */
export const STRATEGY_TO_ICPC_15WD = defineTimescale({
  id: 'STRATEGY_TO_ICPC_15WD',
  title: 'Initial child protection conference within 15 working days of the strategy discussion',
  appliesTo: 'section_47',
  startsAt: { event: 'strategy_discussion.held', field: 'heldOn' },
  stopsAt: ICPC_HELD,
  due: { amount: 15, unit: 'working_days' },
  source: `${WT2023} (within 15 working days of the strategy discussion, or the last one if there were several)`,
  localOverride: false,
})

/**
 * The DfE measure of the same conference (children in need statistics, from the CIN census):
 * ICPCs held within 15 working days of the start of the section 47 enquiry. Both anchors are
 * kept (ARCHITECTURE.md §7), so the child page and the DfE return can each use their own.
 */
export const S47_TO_ICPC_15WD = defineTimescale({
  id: 'S47_TO_ICPC_15WD',
  title: 'Initial child protection conference within 15 working days of the s47 start (DfE measure)',
  appliesTo: 'section_47',
  startsAt: { event: 's47.started', field: 'startDate' },
  stopsAt: ICPC_HELD,
  due: { amount: 15, unit: 'working_days' },
  source:
    'DfE Characteristics of children in need (CIN census): ICPCs within 15 working days of the start of the section 47 enquiry; ' +
    WT2023,
  localOverride: false,
})

/** Working Together 2023, ch.2: the first core group meets within 10 working days of the ICPC. */
export const FIRST_CORE_GROUP_10WD = defineTimescale({
  id: 'FIRST_CORE_GROUP_10WD',
  title: 'First core group within 10 working days of the initial conference',
  appliesTo: 'cp_plan',
  startsAt: ICPC_HELD,
  stopsAt: { event: 'core_group.held', field: 'heldOn' },
  due: { amount: 10, unit: 'working_days' },
  source: WT2023,
  localOverride: false,
})

/**
 * Later core groups: Working Together sets only the first; councils set the rest, typically
 * every 4–6 weeks. The clock runs from the first core group, each one restarting it.
 */
export const CORE_GROUP_6W = defineTimescale({
  id: 'CORE_GROUP_6W',
  title: 'Core group meets at the local interval',
  appliesTo: 'cp_plan',
  startsAt: { event: 'core_group.held', field: 'heldOn' },
  stopsAt: { event: 'core_group.held', field: 'heldOn' },
  due: { amount: 6, unit: 'weeks' },
  repeat: { every: 6, unit: 'weeks', until: CP_PLAN_ENDED },
  source: `Local practice standard: local child protection procedures (${WT2023} sets only the first core group)`,
  localOverride: true,
})

/** Working Together 2023, ch.2: the first review conference within 3 months of the ICPC. */
export const FIRST_RCPC_3M = defineTimescale({
  id: 'FIRST_RCPC_3M',
  title: 'First review child protection conference within 3 months of the initial conference',
  appliesTo: 'cp_plan',
  startsAt: ICPC_HELD,
  stopsAt: { event: 'rcpc.held', field: 'heldOn' },
  due: { amount: 3, unit: 'months' },
  source: WT2023,
  localOverride: false,
})

/** Working Together 2023, ch.2: later review conferences no more than 6 months apart. */
export const RCPC_6M = defineTimescale({
  id: 'RCPC_6M',
  title: 'Review child protection conferences no more than 6 months apart',
  appliesTo: 'cp_plan',
  startsAt: { event: 'rcpc.held', field: 'heldOn' },
  stopsAt: { event: 'rcpc.held', field: 'heldOn' },
  due: { amount: 6, unit: 'months' },
  repeat: { every: 6, unit: 'months', until: CP_PLAN_ENDED },
  source: WT2023,
  localOverride: false,
})

/**
 * Statutory visits to a child on a protection plan. There is no national minimum; councils
 * commonly visit every 10 working days (fortnightly) and record whether the child was seen alone.
 */
export const CP_VISIT_10WD = defineTimescale({
  id: 'CP_VISIT_10WD',
  title: 'Child on a protection plan visited',
  appliesTo: 'cp_plan',
  startsAt: { event: 'cp_plan.started', field: 'startDate' },
  stopsAt: { event: 'visit.completed', field: 'visitedOn' },
  due: { amount: 10, unit: 'working_days' },
  repeat: { every: 10, unit: 'working_days', until: CP_PLAN_ENDED },
  source:
    'Local practice standard (no national minimum): local child protection procedures; Ofsted ILACS Annex A List 7 records the last statutory visit and whether the child was seen alone',
  localOverride: true,
})

/** Children Act 1989 s46(6): no child may be kept in police protection for more than 72 hours. */
export const POLICE_PROTECTION_72H = defineTimescale({
  id: 'POLICE_PROTECTION_72H',
  title: 'Police protection ends within 72 hours',
  appliesTo: 'police_protection',
  startsAt: { event: 'police_protection.started', field: 'startedAt' },
  stopsAt: { event: 'police_protection.ended', field: 'endedAt' },
  due: { amount: 72, unit: 'hours' },
  source: 'Children Act 1989 s46(6)',
  localOverride: false,
})

/**
 * Children Act 1989 s45(1): an emergency protection order has effect for the period the court
 * specifies, not exceeding 8 days; s45(5)–(6) allow one extension of up to 7 days, which the court
 * records as a new end date. The clock is the statutory maximum.
 */
export const EPO_8D = defineTimescale({
  id: 'EPO_8D',
  title: 'Emergency protection order ends within 8 days',
  appliesTo: 'emergency_protection_order',
  startsAt: { event: 'epo.made', field: 'madeOn' },
  stopsAt: { event: 'epo.ended', field: 'endedOn' },
  due: { amount: 8, unit: 'days' },
  source: 'Children Act 1989 s45(1) (extendable once by up to 7 days, s45(5))',
  localOverride: false,
})

export const childProtectionRules = [
  STRATEGY_TO_ICPC_15WD,
  S47_TO_ICPC_15WD,
  FIRST_CORE_GROUP_10WD,
  CORE_GROUP_6W,
  FIRST_RCPC_3M,
  RCPC_6M,
  CP_VISIT_10WD,
  POLICE_PROTECTION_72H,
  EPO_8D,
] as const
