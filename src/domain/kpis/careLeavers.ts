/**
 * Care leaver and private fostering KPIs (issue 7). Care leaver outcomes come from the SSDA903 OC3
 * record around each birthday from 17 to 21, for the collection year (1 April to 31 March) that
 * contains the period's last day; the codes are those of src/domain/codeLists/ssda903.ts.
 */
import { absentBenchmarks, defineKpi } from './define.js'
import { CLA_STATS, rule } from './childrenInCare.js'
import { ANNEX_A } from './sources.js'

const OC3 = `${CLA_STATS}, care leavers (OC3)`
const pfVisitWeeks = rule('PF_VISIT_6W').due.amount
const pfLaterWeeks = rule('PF_VISIT_12W').due.amount

export const careLeaverKpis = [
  defineKpi({
    id: 'CL_IN_TOUCH',
    title: 'Care leavers the council is in touch with',
    definition: 'Of care leavers with an outcome (OC3) recorded for the collection year containing the period’s last day, the share the council was in touch with (IN_TOUCH = YES).',
    area: 'care_leavers', cohort: 'care_leaver_outcomes_year', numerator: 'in_touch',
    unit: 'percent', polarity: 'higher_is_better', source: `${OC3}, IN_TOUCH; ${ANNEX_A} List 9`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CL_SUITABLE_ACCOMMODATION',
    title: 'Care leavers in suitable accommodation',
    definition: 'Of care leavers with an outcome (OC3) recorded for the collection year containing the period’s last day, the share whose accommodation was recorded as suitable (an ACCOM code ending in 1).',
    area: 'care_leavers', cohort: 'care_leaver_outcomes_year', numerator: 'suitable_accommodation',
    unit: 'percent', polarity: 'higher_is_better', source: `${OC3}, ACCOM; ${ANNEX_A} List 9`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'CL_EET',
    title: 'Care leavers in education, employment or training',
    definition: 'Of care leavers with an outcome (OC3) recorded for the collection year containing the period’s last day, the share in education, employment or training, full or part time (ACTIV F1, P1, F2, P2, F4, P4, F5 or P5).',
    area: 'care_leavers', cohort: 'care_leaver_outcomes_year', numerator: 'eet',
    unit: 'percent', polarity: 'higher_is_better', source: `${OC3}, ACTIV; ${ANNEX_A} List 9`, target: null,
    benchmarks: absentBenchmarks(),
  }),
  defineKpi({
    id: 'PF_VISITS_ON_TIME',
    title: 'Privately fostered children whose visit is in date',
    definition: `Of private fostering arrangements open on the last day of the period, the share whose visit is not overdue: the first within 7 working days of the notification, then every ${pfVisitWeeks} weeks in the first year of the arrangement and every ${pfLaterWeeks} weeks after.`,
    area: 'private_fostering', cohort: 'pf_arrangements_open', numerator: 'not visit_overdue',
    unit: 'percent', polarity: 'higher_is_better', source: 'Children (Private Arrangements for Fostering) Regulations 2005 regs 4, 7 and 8 (timescales PF_FIRST_VISIT_7WD, PF_VISIT_6W, PF_VISIT_12W)', target: 90,
    benchmarks: absentBenchmarks(),
  }),
] as const
