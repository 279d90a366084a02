/**
 * Children in care KPIs (issue 7): the CLA rate, placement stability (short and long term),
 * distance and out-of-area placements, unregistered placements, reviews and visits on time, and
 * return home interviews after a missing episode. The stability measures follow the DfE
 * "Children looked after in England" statistics (SSDA903); review and visit clocks come from the
 * timescale rules, so the scorecard and the child's page use the same numbers.
 */
import { RHI_OFFERED_72H, ruleById, type TimescaleRule } from '../timescales/index.js'
import { absentBenchmarks, defineKpi, englandOnly } from './define.js'
import { ANNEX_A, LOCAL } from './sources.js'

export const CLA_STATS = 'DfE Children looked after in England including adoptions (SSDA903)'
const CLA_2024 = 'DfE Children looked after in England including adoptions 2024 (at 31 March 2024)'

export const rule = (id: string): TimescaleRule => {
  const r = ruleById(id)
  if (!r) throw new Error(`timescale ${id} is missing`)
  return r
}
const reviewMonths = rule('CLA_REVIEW_6M').due.amount
const firstReviewDays = rule('CLA_REVIEW_FIRST_20WD').due.amount
const visitWeeks = rule('CLA_VISIT_6W').due.amount
const rhiHours = RHI_OFFERED_72H.due.amount

export const childrenInCareKpis = [
  defineKpi({
    id: 'CLA_RATE_10K',
    title: 'Children looked after per 10,000 children',
    definition: 'Children looked after on the last day of the period (an open period of care) per 10,000 children aged under 18.',
    area: 'children_in_care', cohort: 'cla_open', numerator: 'true',
    unit: 'rate_per_10k', polarity: 'neutral', source: `${CLA_STATS}, national table (rate per 10,000 at 31 March)`, target: null,
    benchmarks: englandOnly('2023-24', 70, CLA_2024),
  }),
  defineKpi({
    id: 'CLA_PLACEMENTS_3PLUS',
    title: 'Children looked after with 3 or more placements in the last 12 months',
    definition: 'Of children looked after on the last day of the period, the share who had 3 or more placements in the 12 months up to that day: the placement they were in 12 months before, plus each new placement started since (a care episode that starts a period of care or changes placement).',
    area: 'children_in_care', cohort: 'cla_open', numerator: 'three_plus_placements',
    unit: 'percent', polarity: 'lower_is_better', source: `${CLA_STATS}, placement stability (short term): 3 or more placements during the year`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CLA_LONG_TERM_STABILITY',
    title: 'Children looked after 2.5 years or more in the same placement for 2 years',
    definition: 'Of children under 16 on the last day of the period who had been looked after for 2½ years or more, the share who had lived in the same placement (with the same carers) for 2 years or more.',
    area: 'children_in_care', cohort: 'cla_open', denominator: 'under_16 and looked_after_2_5y', numerator: 'same_placement_2y',
    unit: 'percent', polarity: 'higher_is_better', source: `${CLA_STATS}, placement stability (long term)`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CLA_PLACED_OVER_20_MILES',
    title: 'Children looked after placed more than 20 miles from home',
    definition: 'Of children looked after on the last day of the period, the share whose current placement is more than 20 miles from the home they were living in when they came into care (SSDA903 PL_DISTANCE). A placement with no distance recorded is not counted as over 20 miles.',
    area: 'children_in_care', cohort: 'cla_open', numerator: 'over_20_miles',
    unit: 'percent', polarity: 'lower_is_better', source: `${CLA_STATS}, distance between home and placement`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CLA_OUT_OF_AREA',
    title: 'Children looked after placed outside the council’s area',
    definition: 'Of children looked after on the last day of the period, the share whose current placement is outside the council’s boundary (SSDA903 placement location).',
    area: 'children_in_care', cohort: 'cla_open', numerator: 'out_of_area',
    unit: 'percent', polarity: 'lower_is_better', source: `${CLA_STATS}, placements outside the local authority boundary`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CLA_UNREGISTERED',
    title: 'Children looked after in an unregistered placement',
    definition: 'Children looked after on the last day of the period whose current placement is unregistered (a children’s home or supported accommodation that should be, but is not, registered with Ofsted).',
    area: 'children_in_care', cohort: 'cla_open', numerator: 'unregistered',
    unit: 'count', polarity: 'lower_is_better', source: `${LOCAL}; Ofsted ILACS 2024 (unregistered placements)`, target: 0,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CLA_REVIEWS_ON_TIME',
    title: 'Children looked after whose review is in date',
    definition: `Of children looked after on the last day of the period, the share whose looked-after review is not overdue: the first within ${firstReviewDays} working days of entering care, the second within 3 months of the first, then every ${reviewMonths} months.`,
    area: 'children_in_care', cohort: 'cla_open', numerator: 'not review_overdue',
    unit: 'percent', polarity: 'higher_is_better', source: `Care Planning, Placement and Case Review (England) Regulations 2010 reg 33 (timescales CLA_REVIEW_FIRST_20WD, CLA_REVIEW_SECOND_3M, CLA_REVIEW_6M); ${ANNEX_A} List 8`, target: 90,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CLA_VISITS_ON_TIME',
    title: 'Children looked after whose statutory visit is in date',
    definition: `Of children looked after on the last day of the period, the share seen on a visit within the interval that applies: within 1 week of the current placement starting, then every ${visitWeeks} weeks; every 3 months (or 6 if the child agreed) after the first year of a long-term placement; weekly in an unregistered placement (local standard).`,
    area: 'children_in_care', cohort: 'cla_open', numerator: 'not visit_overdue',
    unit: 'percent', polarity: 'higher_is_better', source: `Care Planning, Placement and Case Review (England) Regulations 2010 reg 28 (timescales CLA_VISIT_FIRST_1W, CLA_VISIT_6W, CLA_VISIT_LONG_TERM_3M, CLA_VISIT_LONG_TERM_AGREED_6M, CLA_VISIT_UNREGISTERED_1W); ${ANNEX_A} List 8`, target: 90,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'MISSING_RHI_72H',
    title: `Return home interviews offered within ${rhiHours} hours`,
    definition: `Of missing or away-without-authorisation episodes that ended in the period (the child came back), the share where a return home interview was offered within ${rhiHours} hours of the return.`,
    area: 'children_in_care', cohort: 'missing_returned', numerator: 'rhi_offered_72h',
    unit: 'percent', polarity: 'higher_is_better', source: `Children who run away or go missing from home or care, statutory guidance (DfE 2014) para 46 (timescale RHI_OFFERED_72H); ${ANNEX_A} List 8`, target: 90,
    benchmarks: absentBenchmarks(),
  }),
] as const
