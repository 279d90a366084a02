/**
 * Children in need plan clocks (research/domain.md §1.1, rows 13–14). Both are local practice
 * standards with a configurable default (ARCHITECTURE.md §7).
 */
import { defineTimescale } from '../define.js'

const CIN_PLAN_STARTED = { event: 'cin_plan.started', field: 'startDate' } as const
const CIN_PLAN_ENDED = { event: 'cin_plan.ended', field: 'endDate' } as const

/** Visits to a child on a CIN plan: set locally (often every 4–6 weeks); default 20 working days. */
export const CIN_VISIT_20WD = defineTimescale({
  id: 'CIN_VISIT_20WD',
  title: 'Child on a child in need plan visited',
  appliesTo: 'cin_plan',
  startsAt: CIN_PLAN_STARTED,
  stopsAt: { event: 'visit.completed', field: 'visitedOn' },
  due: { amount: 20, unit: 'working_days' },
  repeat: { every: 20, unit: 'working_days', until: CIN_PLAN_ENDED },
  source: 'Local practice standard (no national minimum): local children in need procedures',
  localOverride: true,
})

/** CIN plan reviews: set locally, commonly every 3 months. */
export const CIN_PLAN_REVIEW_3M = defineTimescale({
  id: 'CIN_PLAN_REVIEW_3M',
  title: 'Child in need plan reviewed',
  appliesTo: 'cin_plan',
  startsAt: CIN_PLAN_STARTED,
  stopsAt: { event: 'cin_plan.reviewed', field: 'reviewedOn' },
  due: { amount: 3, unit: 'months' },
  repeat: { every: 3, unit: 'months', until: CIN_PLAN_ENDED },
  source: 'Local practice standard (no national minimum): local children in need procedures',
  localOverride: true,
})

export const childInNeedRules = [CIN_VISIT_20WD, CIN_PLAN_REVIEW_3M] as const
