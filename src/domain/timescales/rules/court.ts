/** Court clocks (research/domain.md §1.1, row 17). */
import { defineTimescale } from '../define.js'

/**
 * Children Act 1989 s32(1)(a)(ii), inserted by the Children and Families Act 2014 s14: care and
 * supervision proceedings are to be disposed of "in any event within twenty-six weeks beginning
 * with the day on which the application was issued". The issue day is day 1, so proceedings
 * issued on a Monday must finish by the Sunday 26 weeks on. s32(5) lets the court extend by up to
 * 8 weeks at a time, only where necessary to resolve the proceedings justly.
 */
export const CARE_PROCEEDINGS_26W = defineTimescale({
  id: 'CARE_PROCEEDINGS_26W',
  title: 'Care proceedings concluded within 26 weeks',
  appliesTo: 'care_proceedings',
  startsAt: { event: 'care_proceedings.issued', field: 'issuedOn' },
  stopsAt: { event: 'care_proceedings.concluded', field: 'finalOrderOn' },
  due: { amount: 26, unit: 'weeks' },
  countsStartDay: true,
  source:
    'Children Act 1989 s32(1)(a)(ii), as amended by the Children and Families Act 2014 s14 (extensions of up to 8 weeks, s32(5))',
  localOverride: false,
})

/**
 * Pre-proceedings under the Public Law Outline: the Public Law Working Group's best practice
 * guidance (2021) and the PLO pre-proceedings practice guidance relaunched in 2023 expect the
 * pre-proceedings process normally to conclude within 16 weeks, so that drift before proceedings
 * does not add to the child's wait. It is guidance, not statute, so a council may set its own
 * standard. The clock runs from the legal planning meeting's decision to start (CIN census N00826).
 */
export const PRE_PROCEEDINGS_16W = defineTimescale({
  id: 'PRE_PROCEEDINGS_16W',
  title: 'Pre-proceedings concluded within 16 weeks',
  appliesTo: 'pre_proceedings',
  startsAt: { event: 'pre_proceedings.started', field: 'startDate' },
  stopsAt: { event: 'pre_proceedings.ended', field: 'endDate' },
  due: { amount: 16, unit: 'weeks' },
  source:
    'Local practice standard: Public Law Working Group best practice guidance and the PLO pre-proceedings practice guidance (2023), pre-proceedings normally concluded within 16 weeks',
  localOverride: true,
})

export const courtRules = [CARE_PROCEEDINGS_26W, PRE_PROCEEDINGS_16W] as const
