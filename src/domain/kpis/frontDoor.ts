/**
 * Front-door KPIs (issue 7): contacts, decisions within 1 working day, the delay between receipt
 * and recording, referrals, re-referrals, conversion to assessment and NFA. Ofsted found Leicester's
 * contact dates were the date typed in, not the date received (research/domain.md §0.1), so the
 * timeliness measures run from receipt and the recording delay is measured in its own right.
 */
import { CONTACT_DECISION_1WD } from '../timescales/index.js'
import { absentBenchmarks, defineKpi, englandOnly } from './define.js'
import { ANNEX_A, CIN_2025, CIN_CENSUS, LOCAL, WT23 } from './sources.js'

const decisionDays = CONTACT_DECISION_1WD.due.amount

export const frontDoorKpis = [
  defineKpi({
    id: 'FD_CONTACTS',
    title: 'Contacts received',
    definition: 'The number of contacts received at the front door in the period, counted by the date of receipt.',
    area: 'front_door', cohort: 'contacts_received', numerator: 'true',
    unit: 'count', polarity: 'neutral', source: `${ANNEX_A} List 1`, target: null,
    benchmarks: absentBenchmarks(), // contacts are not published nationally (research/domain.md §4.4)
  }),
  defineKpi({
    id: 'FD_DECISION_1WD',
    title: `Contacts decided within ${decisionDays} working day`,
    definition: `Of contacts received in the period that have been decided or are past their deadline, the share decided within ${decisionDays} working day of receipt (weekends and bank holidays do not count; a contact received on a non-working day counts from the next working day).`,
    area: 'front_door', cohort: 'contacts_received', denominator: 'decided or overdue_at_end', numerator: 'in_time',
    unit: 'percent', polarity: 'higher_is_better', source: `${WT23} (timescale CONTACT_DECISION_1WD)`, target: 95,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'FD_AWAITING_OVERDUE',
    title: 'Contacts past their decision deadline and not decided',
    definition: `Contacts received in the period with no decision on the last day of the period and more than ${decisionDays} working day since receipt.`,
    area: 'front_door', cohort: 'contacts_received', numerator: 'overdue_at_end',
    unit: 'count', polarity: 'lower_is_better', source: `${WT23} (timescale CONTACT_DECISION_1WD)`, target: 0,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'FD_RECORDED_SAME_DAY',
    title: 'Contacts recorded on the day they were received',
    definition: 'Of contacts received in the period, the share recorded in Cairn on the same London date as they were received.',
    area: 'front_door', cohort: 'contacts_received', numerator: 'recorded_same_day',
    unit: 'percent', polarity: 'higher_is_better', source: `${LOCAL}: Ofsted ILACS Leicester 2024 (contact dates were the recording date)`, target: 95,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'FD_RECORDING_DELAY',
    title: 'Average delay from receipt to recording (days)',
    definition: 'Of contacts received in the period, the average time from receipt to the record being created, in calendar days (to two decimal places).',
    area: 'front_door', cohort: 'contacts_received', numerator: 'true', measure: { expr: 'recording_delay_days', aggregate: 'avg' },
    unit: 'days', polarity: 'lower_is_better', source: `${LOCAL}: Ofsted ILACS Leicester 2024`, target: 0.5,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'FD_CONTACT_TO_REFERRAL',
    title: 'Contacts leading to a referral',
    definition: 'Of contacts received in the period and decided by its last day, the share whose decision was a referral or a strategy discussion.',
    area: 'front_door', cohort: 'contacts_received', denominator: 'decided', numerator: "decision in ('REFERRAL', 'STRATEGY')",
    unit: 'percent', polarity: 'neutral', source: `${ANNEX_A} List 1`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'FD_CONTACT_NFA',
    title: 'Contacts closed with no further action',
    definition: 'Of contacts received in the period and decided by its last day, the share decided as no further action.',
    area: 'front_door', cohort: 'contacts_received', denominator: 'decided', numerator: "decision = 'NFA'",
    unit: 'percent', polarity: 'neutral', source: `${ANNEX_A} List 1`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'REF_COUNT',
    title: 'Referrals',
    definition: 'The number of referrals with a referral date in the period.',
    area: 'front_door', cohort: 'referrals_in_period', numerator: 'true',
    unit: 'count', polarity: 'neutral', source: `${CIN_CENSUS}, table C1`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'REF_RATE_10K',
    title: 'Referrals per 10,000 children (annualised)',
    definition: 'Referrals with a referral date in the period per 10,000 children aged under 18 in the council’s population, scaled to a year so that a month or a quarter compares with the annual England figure.',
    area: 'front_door', cohort: 'referrals_in_period', numerator: 'true',
    unit: 'rate_per_10k', polarity: 'neutral', source: `${CIN_CENSUS}, table C1`, target: null,
    benchmarks: englandOnly('2024-25', 519, `${CIN_2025}, dataset C1 (research/domain.md §4.4)`),
  }),
  defineKpi({
    id: 'REF_REREFERRAL',
    title: 'Re-referrals within 12 months',
    definition: 'Of referrals in the period, the share that came within 12 months of a previous referral for the same child (DfE definition).',
    area: 'front_door', cohort: 'referrals_in_period', numerator: 'is_re_referral',
    unit: 'percent', polarity: 'lower_is_better', source: `${CIN_CENSUS}, table C1`, target: 20,
    benchmarks: englandOnly('2024-25', 22.6, `${CIN_2025}, dataset C1`, [{ name: 'East Midlands', year: '2024-25', value: 24.7, source: `${CIN_2025}, dataset C1` }]),
  }),
  defineKpi({
    id: 'REF_TO_ASSESSMENT',
    title: 'Referrals leading to an assessment',
    definition: 'Of referrals in the period, the share for which a child and family assessment has been started.',
    area: 'front_door', cohort: 'referrals_in_period', numerator: 'has_assessment',
    unit: 'percent', polarity: 'neutral', source: `${CIN_CENSUS}; ${ANNEX_A} List 3`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'REF_NFA',
    title: 'Referrals closed with no further action',
    definition: 'Of referrals in the period, the share whose child-in-need episode was closed with no assessment started.',
    area: 'front_door', cohort: 'referrals_in_period', numerator: 'nfa_without_assessment',
    unit: 'percent', polarity: 'neutral', source: `${CIN_CENSUS}, table C1; ${ANNEX_A} List 3`, target: null,
    benchmarks: englandOnly('2024-25', 6.5, `${CIN_2025}, dataset C1`, [{ name: 'East Midlands', year: '2024-25', value: 8.9, source: `${CIN_2025}, dataset C1` }]),
  }),
] as const
