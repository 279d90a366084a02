/**
 * Statutory visits to a child in care: Care Planning, Placement and Case Review (England)
 * Regulations 2010 (CPPCR) reg 28. Which rule applies to a child's current placement is chosen
 * by src/features/care/claVisitClock.ts. Only visits where the child was seen count.
 */
import type { TimescaleRule } from '../define.js'
import { defineTimescale } from '../define.js'

const PLACEMENT_STARTED = { event: 'placement.started', field: 'startsOn' } as const
const PLACEMENT_ENDED = { event: 'placement.ended', field: 'endsOn' } as const
const VISITED = { event: 'cla_visit.completed', field: 'visitedOn' } as const

/** Reg 28(2)(a): within one week of the start of any placement. */
export const CLA_VISIT_FIRST_1W = defineTimescale({
  id: 'CLA_VISIT_FIRST_1W',
  title: 'Child in care visited within a week of the placement starting',
  appliesTo: 'placement',
  startsAt: PLACEMENT_STARTED,
  stopsAt: VISITED,
  due: { amount: 1, unit: 'weeks' },
  source: 'CPPCR 2010 reg 28(2)(a): within one week of the start of any placement',
  localOverride: false,
})

/** Reg 28(2)(b) and (c)(ii): at most six weeks apart in the first year, and after it unless long-term. */
export const CLA_VISIT_6W = defineTimescale({
  id: 'CLA_VISIT_6W',
  title: 'Child in care visited at least every six weeks',
  appliesTo: 'placement',
  startsAt: { event: 'cla_visit.completed', field: 'visitedOn' },
  stopsAt: VISITED,
  due: { amount: 6, unit: 'weeks' },
  repeat: { every: 6, unit: 'weeks', until: PLACEMENT_ENDED },
  source: 'CPPCR 2010 reg 28(2)(b) and (c)(ii): intervals of not more than six weeks for the first year of any placement, and thereafter where the placement is not intended to last until 18',
  localOverride: false,
})

/** Reg 28(2)(c)(i): after the first year, a placement intended to last until 18: three months. */
export const CLA_VISIT_LONG_TERM_3M = defineTimescale({
  id: 'CLA_VISIT_LONG_TERM_3M',
  title: 'Child in a long-term placement visited at least every three months',
  appliesTo: 'placement',
  startsAt: { event: 'placement.first_year_ended', field: 'lastVisitOn' },
  stopsAt: VISITED,
  due: { amount: 3, unit: 'months' },
  repeat: { every: 3, unit: 'months', until: PLACEMENT_ENDED },
  source: 'CPPCR 2010 reg 28(2)(c)(i): after the first year, where the placement is intended to last until the child is 18, intervals of not more than three months',
  localOverride: false,
})

/** Long-term foster placement where the child, of sufficient age and understanding, agrees: six months. */
export const CLA_VISIT_LONG_TERM_AGREED_6M = defineTimescale({
  id: 'CLA_VISIT_LONG_TERM_AGREED_6M',
  title: 'Child in a long-term placement visited at least every six months (the child agreed)',
  appliesTo: 'placement',
  startsAt: { event: 'placement.first_year_ended', field: 'lastVisitOn' },
  stopsAt: VISITED,
  due: { amount: 6, unit: 'months' },
  repeat: { every: 6, unit: 'months', until: PLACEMENT_ENDED },
  source: 'CPPCR 2010 reg 28(2)(c)(i) as amended by the Care Planning and Fostering (Miscellaneous Amendments) (England) Regulations 2015: long-term foster placement, the child of sufficient age and understanding agreeing, intervals of not more than six months',
  localOverride: false,
})

/** Reg 28(4): connected person with temporary approval (reg 24), or living with a parent under an interim care order: weekly until the first review. */
export const CLA_VISIT_CONNECTED_PERSONS_1W = defineTimescale({
  id: 'CLA_VISIT_CONNECTED_PERSONS_1W',
  title: 'Child placed with a connected person or with a parent under an interim care order visited weekly until the first review',
  appliesTo: 'placement',
  startsAt: PLACEMENT_STARTED,
  stopsAt: VISITED,
  due: { amount: 1, unit: 'weeks' },
  repeat: { every: 1, unit: 'weeks', until: { event: 'cla_review.held', field: 'heldOn' } },
  source: 'CPPCR 2010 reg 28(4)(a): where regulation 24 applies, or an interim care order has been made and the child is living with a parent, at least once a week until the first review under Part 6',
  localOverride: false,
})

/** Reg 28(4)(b): after that first review, at most four weeks apart. */
export const CLA_VISIT_AFTER_FIRST_REVIEW_4W = defineTimescale({
  id: 'CLA_VISIT_AFTER_FIRST_REVIEW_4W',
  title: 'Child placed with a connected person or with a parent under an interim care order visited every four weeks after the first review',
  appliesTo: 'placement',
  startsAt: { event: 'cla_review.held', field: 'heldOn' },
  stopsAt: VISITED,
  due: { amount: 4, unit: 'weeks' },
  repeat: { every: 4, unit: 'weeks', until: PLACEMENT_ENDED },
  source: 'CPPCR 2010 reg 28(4)(b): thereafter at intervals of not more than four weeks',
  localOverride: false,
})

/** Reg 28(5): living with a parent under a full care order: within a week of the order, then six-weekly. */
export const CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W = defineTimescale({
  id: 'CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W',
  title: 'Child living with a parent under a care order visited within a week of the order',
  appliesTo: 'placement',
  startsAt: { event: 'care_order.made', field: 'startsOn' },
  stopsAt: VISITED,
  due: { amount: 1, unit: 'weeks' },
  source: 'CPPCR 2010 reg 28(5)(a): within one week of the making of the care order (then reg 28(5)(b): six-weekly)',
  localOverride: false,
})

/**
 * A local practice standard, not a regulation: weekly visits while a child is in an unregistered
 * placement (Ofsted's 2024 inspection criticised the council's oversight of such placements).
 */
export const CLA_VISIT_UNREGISTERED_1W = defineTimescale({
  id: 'CLA_VISIT_UNREGISTERED_1W',
  title: 'Child in an unregistered placement visited every week',
  appliesTo: 'placement',
  startsAt: PLACEMENT_STARTED,
  stopsAt: VISITED,
  due: { amount: 1, unit: 'weeks' },
  repeat: { every: 1, unit: 'weeks', until: PLACEMENT_ENDED },
  source: 'Local practice standard (above the CPPCR 2010 reg 28 minimum): weekly visits while a placement is unregistered, after Ofsted’s 2024 inspection',
  localOverride: true,
})

export const childrenInCareRules: readonly TimescaleRule[] = [
  CLA_VISIT_FIRST_1W,
  CLA_VISIT_6W,
  CLA_VISIT_LONG_TERM_3M,
  CLA_VISIT_LONG_TERM_AGREED_6M,
  CLA_VISIT_CONNECTED_PERSONS_1W,
  CLA_VISIT_AFTER_FIRST_REVIEW_4W,
  CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W,
  CLA_VISIT_UNREGISTERED_1W,
]
