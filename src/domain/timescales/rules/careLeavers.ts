/** Care leaver clocks: needs assessment, pathway plan reviews and PA contact (Care Leavers (England) Regulations 2010). */
import { defineTimescale } from '../define.js'
import type { TimescaleRule } from '../define.js'

const PATHWAY_PLAN_STARTED = { event: 'pathway_plan.started', field: 'startDate' } as const
const PATHWAY_PLAN_ENDED = { event: 'pathway_plan.ended', field: 'endDate' } as const

/**
 * The assessment of an eligible child's needs, from which the pathway plan is prepared: no more
 * than three months after the 16th birthday, or after becoming eligible if that is later.
 */
export const CL_NEEDS_ASSESSMENT_3M = defineTimescale({
  id: 'CL_NEEDS_ASSESSMENT_3M',
  title: 'Care leaver needs assessment completed',
  appliesTo: 'care_leaver',
  startsAt: { event: 'care_leaver.sixteenth_birthday_or_eligible', field: 'eligibleFrom' },
  stopsAt: { event: 'care_leaver.needs_assessed', field: 'needsAssessmentOn' },
  due: { amount: 3, unit: 'months' },
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010 reg 42(1)–(2) (Children Act 1989 Sch 2 para 19B(4))',
  localOverride: false,
})

/** The pathway plan is reviewed at intervals of not more than six months. */
export const PATHWAY_PLAN_REVIEW_6M = defineTimescale({
  id: 'PATHWAY_PLAN_REVIEW_6M',
  title: 'Pathway plan reviewed',
  appliesTo: 'pathway_plan',
  startsAt: PATHWAY_PLAN_STARTED,
  stopsAt: { event: 'pathway_plan.reviewed', field: 'reviewedOn' },
  due: { amount: 6, unit: 'months' },
  repeat: { every: 6, unit: 'months', until: PATHWAY_PLAN_ENDED },
  source: 'Care Leavers (England) Regulations 2010 reg 7(2)(c) (relevant and former relevant children); CPPCR 2010 reg 47 (eligible children: reviewed with the care plan)',
  localOverride: false,
})

/**
 * The personal adviser's contact with a relevant or former relevant young person. Reg 8(2)(c)
 * requires a visit at intervals of not more than two months where the authority provides the
 * accommodation. Cairn holds every relevant and former relevant young person to 8 weeks, which is
 * never longer than two months, so the clock cannot be relaxed past the statutory interval
 * (statutory guidance volume 3: the PA keeps in touch).
 */
export const PA_CONTACT_8W = defineTimescale({
  id: 'PA_CONTACT_8W',
  title: 'Personal adviser in contact with the young person',
  appliesTo: 'care_leaver',
  startsAt: { event: 'pa_allocation.started', field: 'startDate' },
  stopsAt: { event: 'pa_contact.recorded', field: 'contactedOn' },
  due: { amount: 8, unit: 'weeks' },
  repeat: { every: 8, unit: 'weeks', until: { event: 'pa_allocation.ended', field: 'endDate' } },
  source: 'Care Leavers (England) Regulations 2010 reg 8(2)(c) (visits not more than two months apart where the authority provides accommodation); Children Act 1989 s23B(3), s23C(2) (keep in touch): 8 weeks, within the two months',
  localOverride: false,
})

export const careLeaverRules: readonly TimescaleRule[] = [CL_NEEDS_ASSESSMENT_3M, PATHWAY_PLAN_REVIEW_6M, PA_CONTACT_8W]
