/** Section47 rules (CIN census guide, module 5: section 47 enquiries and initial conferences). */
import { isWeekend } from '../../../domain/timescales/dates.js'
import type { CensusChild, CinEpisode, Section47 } from '../types.js'
import {
  after,
  before,
  defineRule,
  ep,
  hitIf,
  isNo,
  isYes,
  outsidePeriod,
  inPeriod,
  type Hit,
  type RuleContext,
} from './define.js'

const at = (e: CinEpisode, s: Section47) => `${ep(e)}/Section47[${s.position}]`

const perS47 =
  (field: string, bad: (s: Section47, e: CinEpisode, c: CensusChild, ctx: RuleContext) => boolean) =>
  (c: CensusChild, ctx: RuleContext): Hit[] =>
    c.episodes.flatMap((e) =>
      e.section47s.filter((s) => bad(s, e, c, ctx)).map((s) => ({ field, at: at(e, s) })),
    )

/** An S47 still waiting for its ICPC: no conference date and not marked "ICPC not required". */
const awaitingIcpc = (s: Section47) => s.icpcDate === null && !isYes(s.icpcNotRequired)

export const rule1104 = defineRule({
  code: '1104',
  type: 'ERROR',
  module: 'Section47',
  fields: ['CINreferralDate', 'DateOfInitialCPC'],
  message: 'The date of the initial child protection conference cannot be before the referral date',
  check: perS47('DateOfInitialCPC', (s, e) => before(s.icpcDate, e.referralDate)),
})

/** 2884: the same ICPC recorded at CINdetails level and at Section47 level. */
export const rule2884 = defineRule({
  code: '2884',
  type: 'ERROR',
  module: 'Section47',
  fields: ['DateOfInitialCPC'],
  message:
    'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
  check: (c) => {
    const s47Dates = new Set(c.episodes.flatMap((e) => e.section47s.map((s) => s.icpcDate)))
    return hitIf(
      c.episodes.some((e) => e.dateOfInitialCpc !== null && s47Dates.has(e.dateOfInitialCpc)),
      'DateOfInitialCPC',
    )
  },
})

export const rule2889 = defineRule({
  code: '2889',
  type: 'ERROR',
  module: 'Section47',
  fields: ['S47ActualStartDate', 'CINreferralDate'],
  message: 'The S47 start date cannot be before the referral date.',
  check: perS47('S47ActualStartDate', (s, e) => before(s.startDate, e.referralDate)),
})

export const rule8615 = defineRule({
  code: '8615',
  type: 'ERROR',
  module: 'Section47',
  fields: ['S47ActualStartDate', 'DateOfInitialCPC'],
  message:
    'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
  check: perS47(
    'S47ActualStartDate',
    (s) => after(s.startDate, s.icpcDate) || (s.icpcDate !== null && s.startDate === null),
  ),
})

/**
 * 8675Q: an S47 started more than 15 working days before the reference date (the validator counts
 * the reference date as day 1) with no ICPC and "ICPC not required" false.
 */
export const rule8675Q = defineRule({
  code: '8675Q',
  type: 'QUERY',
  module: 'Section47',
  fields: ['DateOfInitialCPC', 'S47ActualStartDate', 'ICPCnotRequired'],
  message:
    'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.',
  check: perS47(
    'DateOfInitialCPC',
    (s, _e, _c, ctx) =>
      s.icpcDate === null &&
      isNo(s.icpcNotRequired) &&
      before(s.startDate, ctx.workingDaysBefore(ctx.referenceDate, 14)),
  ),
})

export const rule8715 = defineRule({
  code: '8715',
  type: 'ERROR',
  module: 'Section47',
  fields: ['DateOfInitialCPC', 'ReferenceDate'],
  message: 'Date of Initial Child Protection Conference must fall within the census year',
  check: perS47('DateOfInitialCPC', (s, _e, _c, ctx) => outsidePeriod(s.icpcDate, ctx)),
})

/** 8740: an S47 with no ICPC yet (and one required) must have started in the census year. */
export const rule8740 = defineRule({
  code: '8740',
  type: 'ERROR',
  module: 'Section47',
  fields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
  message:
    'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
  check: perS47(
    'S47ActualStartDate',
    (s, _e, _c, ctx) =>
      s.icpcDate === null && isNo(s.icpcNotRequired) && s.startDate !== null && !inPeriod(s.startDate, ctx),
  ),
})

export const rule8839 = defineRule({
  code: '8839',
  type: 'ERROR',
  module: 'Section47',
  fields: ['DateOfInitialCPC'],
  message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
  check: (c) =>
    c.episodes
      .filter((e) => e.section47s.filter(awaitingIcpc).length > 1)
      .map((e) => ({ field: 'DateOfInitialCPC', at: ep(e) })),
})

export const rule8870Q = defineRule({
  code: '8870Q',
  type: 'QUERY',
  module: 'Section47',
  fields: ['InitialCPCtarget'],
  message:
    'Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend',
  check: perS47('InitialCPCtarget', (s) => s.icpcTarget !== null && isWeekend(s.icpcTarget)),
})

/** 8875: an ICPC cannot be held at a weekend (Working Together 2023 ch.4 sets working-day timescales). */
export const rule8875 = defineRule({
  code: '8875',
  type: 'ERROR',
  module: 'Section47',
  fields: ['DateOfInitialCPC'],
  message: 'The Date of Initial Child Protection Conference cannot be a weekend',
  check: perS47('DateOfInitialCPC', (s) => s.icpcDate !== null && isWeekend(s.icpcDate)),
})

/** 8890: an S47 starting on or after another began and on or before its ICPC (or while it is still open). */
export const rule8890 = defineRule({
  code: '8890',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['S47ActualStartDate'],
  message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
  check: perS47('S47ActualStartDate', (a, e, _c, ctx) =>
    e.section47s.some((b) => {
      if (a.startDate === null || b.startDate === null || a.startDate < b.startDate) return false
      if (a.startDate === b.startDate && a.icpcDate === b.icpcDate) return false
      if (b.icpcDate !== null) return a.startDate <= b.icpcDate
      return a.startDate <= ctx.referenceDate && !isYes(b.icpcNotRequired)
    }),
  ),
})

export const section47Rules = [
  rule1104,
  rule2884,
  rule2889,
  rule8615,
  rule8675Q,
  rule8715,
  rule8740,
  rule8839,
  rule8870Q,
  rule8875,
  rule8890,
]
