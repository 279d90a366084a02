/**
 * Workforce and practice KPIs from allocations and plans (issue 7): caseloads counted from the
 * allocation rows (never typed in), children with many workers, unallocated children, and plans
 * missing the child's voice or a SMART action. Supervision, agency, vacancy and audit KPIs wait
 * for those records.
 */
import { absentBenchmarks, defineKpi, englandOnly } from './define.js'
import { CSWW_2023, LOCAL, WT23 } from './sources.js'

export const workforceKpis = [
  defineKpi({
    id: 'WF_UNALLOCATED',
    title: 'Children in need with no allocated worker',
    definition: 'Children with an open child-in-need episode on the last day of the period and no live allocation to a named worker.',
    area: 'workforce', cohort: 'cin_episodes_open', numerator: 'not allocated',
    unit: 'count', polarity: 'lower_is_better', source: `${LOCAL}: Ofsted ILACS Leicester 2015 (291 children unallocated)`, target: 0,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'WF_AVG_CASELOAD',
    title: 'Average caseload per allocated worker',
    definition: 'Children allocated on the last day of the period divided by the number of workers holding at least one allocation.',
    area: 'workforce', cohort: 'allocations_live', numerator: 'true', measure: { expr: 'worker_id', aggregate: 'per_worker' },
    unit: 'number', polarity: 'lower_is_better', source: `${CSWW_2023} (cases per case-holding FTE)`, target: 16,
    benchmarks: englandOnly('2023', 16, `${CSWW_2023} (cases per case-holding FTE)`),
  }),
  defineKpi({
    id: 'WF_MAX_CASELOAD',
    title: 'Largest caseload',
    definition: 'The most children allocated to one worker on the last day of the period.',
    area: 'workforce', cohort: 'allocations_live', numerator: 'true', measure: { expr: 'worker_load', aggregate: 'max' },
    unit: 'number', polarity: 'lower_is_better', source: LOCAL, target: 20,
    benchmarks: absentBenchmarks('2023'),
  }),
  defineKpi({
    id: 'WF_OVER_THRESHOLD',
    title: 'Children held by a worker over the team’s caseload threshold',
    definition: 'Of children allocated on the last day of the period, the share held by a worker whose caseload is above their team’s threshold.',
    area: 'workforce', cohort: 'allocations_live', numerator: 'over_threshold',
    unit: 'percent', polarity: 'lower_is_better', source: `${LOCAL}: Ofsted SIF Leicestershire 2016 (high caseloads)`, target: 5,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'WF_3PLUS_WORKERS',
    title: 'Children with 3 or more workers in 12 months',
    definition: 'Of children allocated on the last day of the period, the share who had 3 or more different allocated workers in the 12 months to that day.',
    area: 'workforce', cohort: 'allocations_live', numerator: 'workers_12m >= 3',
    unit: 'percent', polarity: 'lower_is_better', source: `${LOCAL}: Ofsted ILACS Leicester 2015 and 2024 (changes of social worker)`, target: 10,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'WF_PLAN_VOICE',
    title: 'CIN plans recording the child’s wishes and feelings',
    definition: 'Of child in need plans open on the last day of the period, the share with the child’s wishes and feelings recorded.',
    area: 'workforce', cohort: 'cin_plans_open', numerator: 'has_voice',
    unit: 'percent', polarity: 'higher_is_better', source: `${WT23}; Ofsted ILACS Leicester 2024 (child’s voice missing)`, target: 95,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'WF_PLAN_SMART',
    title: 'CIN plans with a SMART action',
    definition: 'Of child in need plans open on the last day of the period, the share with at least one live action that has an owner, a measurable outcome and a due date.',
    area: 'workforce', cohort: 'cin_plans_open', numerator: 'has_smart_action',
    unit: 'percent', polarity: 'higher_is_better', source: `${WT23}; Ofsted SIF Leicestershire 2016 (plans not SMART)`, target: 95,
    benchmarks: absentBenchmarks(),
  }),
] as const
