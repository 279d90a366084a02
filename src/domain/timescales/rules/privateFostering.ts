/** Private fostering visits (Children (Private Arrangements for Fostering) Regulations 2005 regs 4, 7 and 8). */
import { defineTimescale, type TimescaleRule } from '../define.js'

const NOTIFIED = { event: 'private_fostering.notified', field: 'notifiedOn' } as const
const ENDED = { event: 'private_fostering.ended', field: 'endedOn' } as const
const VISITED = { event: 'private_fostering.visited', field: 'visitedOn' } as const

/**
 * The first visit: within 7 working days of the notification, whether of a proposal (reg 4(1)) or of
 * an arrangement already begun (reg 7(1)). The officer speaks to the child alone unless that is
 * inappropriate.
 */
export const PF_FIRST_VISIT_7WD = defineTimescale({
  id: 'PF_FIRST_VISIT_7WD',
  title: 'Privately fostered child first visited within 7 working days of notification',
  appliesTo: 'private_fostering_arrangement',
  startsAt: NOTIFIED,
  stopsAt: VISITED,
  due: { amount: 7, unit: 'working_days' },
  source: 'Children (Private Arrangements for Fostering) Regulations 2005 regs 4(1) and 7(1)',
  localOverride: false,
})

/**
 * Later visits in the first year of the arrangement, at intervals of not more than 6 weeks (reg
 * 8(1)(a)); the arrangement is deemed to begin when the council became aware of it (reg 8(6)).
 * Counted from the first visit; each visit restarts the clock.
 */
export const PF_VISIT_6W = defineTimescale({
  id: 'PF_VISIT_6W',
  title: 'Privately fostered child visited every 6 weeks in the first year',
  appliesTo: 'private_fostering_arrangement',
  startsAt: VISITED,
  stopsAt: VISITED,
  due: { amount: 6, unit: 'weeks' },
  repeat: { every: 6, unit: 'weeks', until: ENDED },
  source: 'Children (Private Arrangements for Fostering) Regulations 2005 reg 8(1)(a) and (6)',
  localOverride: false,
})

/** Visits in the second and later years, at intervals of not more than 12 weeks (reg 8(1)(b)). */
export const PF_VISIT_12W = defineTimescale({
  id: 'PF_VISIT_12W',
  title: 'Privately fostered child visited every 12 weeks after the first year',
  appliesTo: 'private_fostering_arrangement',
  startsAt: VISITED,
  stopsAt: VISITED,
  due: { amount: 12, unit: 'weeks' },
  repeat: { every: 12, unit: 'weeks', until: ENDED },
  source: 'Children (Private Arrangements for Fostering) Regulations 2005 reg 8(1)(b)',
  localOverride: false,
})

export const privateFosteringRules: readonly TimescaleRule[] = [PF_FIRST_VISIT_7WD, PF_VISIT_6W, PF_VISIT_12W]
