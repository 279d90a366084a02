/**
 * Adoption KPIs (issue 5 part 8): the DfE Adoption scorecard measures A1, A2 and A10, with the
 * scorecard's performance thresholds as targets. The scorecard averages over three years ending 31
 * March; here they are averaged over the reporting period chosen (choose a rolling 12 months or a
 * year to date; a three-year window is not one of the engine's periods).
 */
import { absentBenchmarks, defineKpi } from './define.js'

const SCORECARD = 'DfE Adoption scorecard (Adoption and Special Guardianship Leadership Board); methodology and guidance, year ending March 2018'

export const adoptionKpis = [
  defineKpi({
    id: 'ADOPT_A1',
    title: 'A1: average days from entering care to moving in with the adoptive family',
    definition: 'For children adopted in the period (adoption order, not reversed) who were placed with their adopters, the average number of calendar days between entering care (the start of the period of care they were in) and moving in with the adoptive family. Scorecard threshold 426 days (14 months).',
    area: 'adoption', cohort: 'adoptions_made', numerator: 'entry_to_placed_days is not null', measure: { expr: 'entry_to_placed_days', aggregate: 'avg' },
    unit: 'days', polarity: 'lower_is_better', source: `${SCORECARD}, indicator A1`, target: 426,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ADOPT_A2',
    title: 'A2: average days from the placement order to the match',
    definition: 'For children adopted in the period who had a placement order and were placed before the adoption order, the average number of calendar days between the court’s authority to place (the placement order) and the decision on a match; a match made before the order counts as 0. Scorecard threshold 121 days (4 months).',
    area: 'adoption', cohort: 'adoptions_made', numerator: 'order_to_match_days is not null', measure: { expr: 'order_to_match_days', aggregate: 'avg' },
    unit: 'days', polarity: 'lower_is_better', source: `${SCORECARD}, indicator A2`, target: 121,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ADOPT_A10',
    title: 'A10: average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions',
    definition: 'As A1, except that where the child was adopted by their foster carers the date they moved in with those carers is used instead of the date of placement for adoption. Scorecard threshold 426 days.',
    area: 'adoption', cohort: 'adoptions_made', numerator: 'adjusted_entry_days is not null', measure: { expr: 'adjusted_entry_days', aggregate: 'avg' },
    unit: 'days', polarity: 'lower_is_better', source: `${SCORECARD}, indicator A10`, target: 426,
    benchmarks: absentBenchmarks(),
  }),
] as const
