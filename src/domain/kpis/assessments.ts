/**
 * Assessment KPIs (issue 7): timeliness on both anchors, average duration on both anchors, and
 * whether the child was seen. Working Together 2023 runs the 45 working days from referral; the
 * DfE duration tables (CIN census C2) run them from the assessment start. Both are reported, so the
 * same clock never gives two unexplained answers (research/domain.md §0.3).
 */
import { ASSESSMENT_45WD } from '../timescales/index.js'
import { absentBenchmarks, defineKpi, englandOnly } from './define.js'
import { ANNEX_A, CIN_2025, CIN_CENSUS, WT23 } from './sources.js'

const days = ASSESSMENT_45WD.due.amount

export const assessmentKpis = [
  defineKpi({
    id: 'ASSESS_45WD',
    title: `Assessments completed within ${days} working days of referral`,
    definition: `Of assessments authorised in the period, the share authorised within ${days} working days of the referral date.`,
    area: 'assessment', cohort: 'assessments_authorised', numerator: 'within_45_referral',
    unit: 'percent', polarity: 'higher_is_better', source: `${WT23} (timescale ASSESSMENT_45WD)`, target: 85,
    // The DfE publishes the start-anchored measure only (ASSESS_45WD_START).
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ASSESS_45WD_START',
    title: `Assessments completed within ${days} working days of their start (DfE measure)`,
    definition: `Of assessments authorised in the period, the share authorised within ${days} working days of the assessment start date.`,
    area: 'assessment', cohort: 'assessments_authorised', numerator: 'within_45_start',
    unit: 'percent', polarity: 'higher_is_better', source: `${CIN_CENSUS}, table C2`, target: 85,
    benchmarks: englandOnly('2024-25', 86, `${CIN_2025}, dataset C2 (computed from the duration bands, research/domain.md §4.1)`),
  }),
  defineKpi({
    id: 'ASSESS_AVG_WD_REFERRAL',
    title: 'Average assessment duration from referral (working days)',
    definition: 'Of assessments authorised in the period, the average number of working days from the referral date to authorisation.',
    area: 'assessment', cohort: 'assessments_authorised', numerator: 'true', measure: { expr: 'wd_from_referral', aggregate: 'avg' },
    unit: 'days', polarity: 'lower_is_better', source: WT23, target: 35,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ASSESS_AVG_WD_START',
    title: 'Average assessment duration from start (working days)',
    definition: 'Of assessments authorised in the period, the average number of working days from the assessment start to authorisation. (The DfE publishes a median, 33 working days in 2024-25, not an average, so no benchmark is shown.)',
    area: 'assessment', cohort: 'assessments_authorised', numerator: 'true', measure: { expr: 'wd_from_start', aggregate: 'avg' },
    unit: 'days', polarity: 'lower_is_better', source: `${CIN_CENSUS}, table C2`, target: 33,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ASSESS_CHILD_SEEN',
    title: 'Assessments where the child was seen',
    definition: 'Of assessments authorised in the period, the share with a date on which the child was seen.',
    area: 'assessment', cohort: 'assessments_authorised', numerator: 'child_seen',
    unit: 'percent', polarity: 'higher_is_better', source: `${ANNEX_A} List 4 (child seen)`, target: 98,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ASSESS_SEEN_ALONE',
    title: 'Assessments where the child was seen alone',
    definition: 'Of assessments authorised in the period, the share with a date on which the child was seen alone.',
    area: 'assessment', cohort: 'assessments_authorised', numerator: 'seen_alone',
    unit: 'percent', polarity: 'higher_is_better', source: `${WT23}; ${ANNEX_A} List 4`, target: 80,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'ASSESS_OVERDUE_OPEN',
    title: `Open assessments past ${days} working days`,
    definition: `Assessments not authorised on the last day of the period whose ${days} working days from referral had already run out.`,
    area: 'assessment', cohort: 'assessments_open', numerator: 'overdue',
    unit: 'count', polarity: 'lower_is_better', source: `${WT23} (timescale ASSESSMENT_45WD)`, target: 0,
    benchmarks: absentBenchmarks(),
  }),
] as const
