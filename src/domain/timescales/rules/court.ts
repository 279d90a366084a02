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

export const courtRules = [CARE_PROCEEDINGS_26W] as const
