/**
 * Threshold KPIs (issue 7). Leicestershire's 2016 inspection found thresholds applied
 * inconsistently (research/domain.md §0.8). Broken down by screener or team, these show the spread
 * of front-door decisions; the re-referral rate after NFA shows decisions that did not hold.
 */
import { absentBenchmarks, defineKpi } from './define.js'
import { ANNEX_A, CIN_CENSUS, LOCAL } from './sources.js'

const decisionShare = (id: string, code: string, what: string) =>
  defineKpi({
    id,
    title: `Contacts decided as ${what}`,
    definition: `Of contacts received in the period and decided by its last day, the share decided as ${what}. Break it down by worker or team to see how consistently thresholds are applied.`,
    area: 'thresholds', cohort: 'contacts_received', denominator: 'decided', numerator: `decision = '${code}'`,
    unit: 'percent', polarity: 'neutral', source: `${LOCAL}; ${ANNEX_A} List 1; Ofsted SIF Leicestershire 2016`, target: null,
    benchmarks: absentBenchmarks(),
  })

export const thresholdKpis = [
  decisionShare('TH_CONTACT_EARLY_HELP', 'EARLY_HELP', 'early help'),
  decisionShare('TH_CONTACT_INFO_ADVICE', 'INFO_ADVICE', 'information and advice'),
  decisionShare('TH_CONTACT_STRATEGY', 'STRATEGY', 'needing a strategy discussion'),
  defineKpi({
    id: 'TH_REFERRAL_AFTER_NFA',
    title: 'Referrals within 12 months of a no-further-action contact',
    definition: 'Of referrals in the period, the share for a child whose contact had been closed as no further action in the 12 months before the referral date.',
    area: 'thresholds', cohort: 'referrals_in_period', numerator: 'prior_nfa_12m',
    unit: 'percent', polarity: 'lower_is_better', source: `${LOCAL}; ${CIN_CENSUS} (re-referral definition)`, target: 10,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'TH_ASSESSMENT_NFA',
    title: 'Assessments ending in no further action',
    definition: 'Of assessments authorised in the period, the share whose outcome was no further action.',
    area: 'thresholds', cohort: 'assessments_authorised', numerator: "outcome = 'NFA'",
    unit: 'percent', polarity: 'neutral', source: `${CIN_CENSUS}, table C2; ${ANNEX_A} List 4`, target: null,
    benchmarks: absentBenchmarks(),
  }),
] as const
