/** Missing children: the return home interview clock (DfE 2014 guidance). */
import { defineTimescale, type TimescaleRule } from '../define.js'

/**
 * Children who run away or go missing from home or care (DfE, January 2014), para 46: a return
 * interview is offered within 72 hours of the child's return. The clock runs in elapsed clock hours,
 * weekends and bank holidays included, from the return to the offer.
 */
export const RHI_OFFERED_72H = defineTimescale({
  id: 'RHI_OFFERED_72H',
  title: 'Return home interview offered within 72 hours of the return',
  appliesTo: 'missing_episode',
  startsAt: { event: 'missing_episode.returned', field: 'endedAt' },
  stopsAt: { event: 'return_interview.offered', field: 'offeredAt' },
  due: { amount: 72, unit: 'hours' },
  source: 'Children who run away or go missing from home or care, statutory guidance (DfE 2014) para 46',
  localOverride: false,
})

export const missingRules: readonly TimescaleRule[] = [RHI_OFFERED_72H]
