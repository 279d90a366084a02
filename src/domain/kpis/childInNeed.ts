/**
 * Children in need KPIs (issue 7): rate, plan visits and reviews on time, children not seen within
 * the standard, and disabled children's reviews. Visit and review standards are local (no national
 * minimum); the numbers come from the timescale rules.
 */
import { CIN_PLAN_REVIEW_3M, CIN_VISIT_20WD } from '../timescales/index.js'
import { absentBenchmarks, defineKpi, englandOnly } from './define.js'
import { ANNEX_A, CIN_2025, CIN_CENSUS, LOCAL } from './sources.js'

const visitDays = CIN_VISIT_20WD.due.amount
const reviewMonths = CIN_PLAN_REVIEW_3M.due.amount

export const childInNeedKpis = [
  defineKpi({
    id: 'CIN_RATE_10K',
    title: 'Children in need per 10,000 children',
    definition: 'Children with a child-in-need episode open on the last day of the period per 10,000 children aged under 18.',
    area: 'child_in_need', cohort: 'cin_episodes_open', numerator: 'true',
    unit: 'rate_per_10k', polarity: 'neutral', source: `${CIN_CENSUS}, table A1`, target: null,
    benchmarks: englandOnly('2024-25', 330, `${CIN_2025} (at 31 March 2025)`),
  }),
  defineKpi({
    id: 'CIN_VISITS_IN_TIME',
    title: `Children on a CIN plan seen within ${visitDays} working days`,
    definition: `Of child in need plans open on the last day of the period, the share whose child had been seen on a visit within the last ${visitDays} working days (or whose plan is younger than that).`,
    area: 'child_in_need', cohort: 'cin_plans_open', numerator: 'not visit_overdue',
    unit: 'percent', polarity: 'higher_is_better', source: `${LOCAL} standard (timescale CIN_VISIT_20WD); ${ANNEX_A} List 6`, target: 90,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CIN_NOT_SEEN',
    title: 'Children on a CIN plan not seen within the standard',
    definition: `Child in need plans open on the last day of the period whose child had not been seen on a visit within ${visitDays} working days.`,
    area: 'child_in_need', cohort: 'cin_plans_open', numerator: 'visit_overdue',
    unit: 'count', polarity: 'lower_is_better', source: `${LOCAL} standard (timescale CIN_VISIT_20WD); Ofsted SIF Leicestershire 2016`, target: 0,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CIN_REVIEWS_ON_TIME',
    title: `CIN plans reviewed within ${reviewMonths} months`,
    definition: `Of child in need plans open on the last day of the period, the share whose review is not overdue (every ${reviewMonths} months from the plan start).`,
    area: 'child_in_need', cohort: 'cin_plans_open', numerator: 'not review_overdue',
    unit: 'percent', polarity: 'higher_is_better', source: `${LOCAL} standard (timescale CIN_PLAN_REVIEW_3M)`, target: 90,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CIN_DISABLED_REVIEWS',
    title: 'Disabled children’s CIN plans reviewed in time',
    definition: 'Of child in need plans open on the last day of the period for a child with a disability recorded, the share whose review is not overdue.',
    area: 'child_in_need', cohort: 'cin_plans_open', denominator: 'disabled', numerator: 'not review_overdue',
    unit: 'percent', polarity: 'higher_is_better', source: `${LOCAL} standard (timescale CIN_PLAN_REVIEW_3M); ${ANNEX_A} (disability on every list)`, target: 90,
    benchmarks: absentBenchmarks(),
  }),
] as const
