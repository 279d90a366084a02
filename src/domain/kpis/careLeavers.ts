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

/**
 * The share of care leavers with an OC3 outcome in the collection year for whom `numerator` holds,
 * read from one OC3 field and shown in Annex A List 9.
 */
const outcomeShare = (kpi: { id: string; title: string; share: string; numerator: string; oc3Field: string }) =>
  defineKpi({
    id: kpi.id,
    title: kpi.title,
    definition: `Of care leavers with an outcome (OC3) recorded for the collection year containing the period’s last day, the share ${kpi.share}.`,
    area: 'care_leavers', cohort: 'care_leaver_outcomes_year', numerator: kpi.numerator,
    unit: 'percent', polarity: 'higher_is_better', source: `${OC3}, ${kpi.oc3Field}; ${ANNEX_A} List 9`, target: null,
    benchmarks: absentBenchmarks(),
  })

export const careLeaverKpis = [
  outcomeShare({
    id: 'CL_IN_TOUCH',
    title: 'Care leavers the council is in touch with',
    share: 'the council was in touch with (IN_TOUCH = YES)',
    numerator: 'in_touch', oc3Field: 'IN_TOUCH',
  }),
  outcomeShare({
    id: 'CL_SUITABLE_ACCOMMODATION',
    title: 'Care leavers in suitable accommodation',
    share: 'whose accommodation was recorded as suitable (an ACCOM code ending in 1)',
    numerator: 'suitable_accommodation', oc3Field: 'ACCOM',
  }),
  outcomeShare({
    id: 'CL_EET',
    title: 'Care leavers in education, employment or training',
    share: 'in education, employment or training, full or part time (ACTIV F1, P1, F2, P2, F4, P4, F5 or P5)',
    numerator: 'eet', oc3Field: 'ACTIV',
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
