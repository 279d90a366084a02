/**
 * CIN episode rules that look across an episode's modules: activity after closure or after a
 * no-further-action (NFA) decision, open and overlapping episodes (CIN census guide, module 2).
 */
import { before, defineRule, ep, hitIf, isNo, isYes, type Hit } from './define.js'

const rc8or9 = (r: string | null) => r === 'RC8' || r === 'RC9'

/** 2990: an episode closed RC8/RC9 (closed after assessment) must have no ICPC, S47, CIN plan or CP plan. */
export const rule2990 = defineRule({
  code: '2990',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ReasonForClosure'],
  message:
    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
  check: (c) =>
    c.episodes
      .filter(
        (e) =>
          rc8or9(e.reasonForClosure) &&
          (e.dateOfInitialCpc !== null ||
            e.cpPlans.length > 0 ||
            e.section47s.length > 0 ||
            e.cinPlans.length > 0),
      )
      .map((e) => ({ field: 'ReasonForClosure', at: ep(e) })),
})

export const rule2991Q = defineRule({
  code: '2991Q',
  type: 'QUERY',
  module: 'CINdetails',
  fields: ['CINdetailsID'],
  message:
    'Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode',
  check: (c) =>
    c.episodes
      .filter((e) => e.section47s.length > 0 && e.assessments.length === 0)
      .map((e) => ({ field: 'Section47', at: ep(e) })),
})

/**
 * 8565: nothing in an episode may be dated after its closure: the CIN-level ICPC, assessment start
 * and authorisation, S47 start and ICPC, CP plan end, CIN plan start and end.
 */
export const rule8565 = defineRule({
  code: '8565',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: [
    'CINclosureDate',
    'DateOfInitialCPC',
    'AssessmentActualStartDate',
    'AssessmentAuthorisationDate',
    'S47ActualStartDate',
    'CPPendDate',
    'CINPlanStartDate',
    'CINPlanEndDate',
  ],
  message: 'Activity shown after a case has been closed',
  check: (c) =>
    c.episodes
      .filter((e) => {
        if (e.closureDate === null) return false
        const dates = [
          e.dateOfInitialCpc,
          ...e.assessments.flatMap((a) => [a.startDate, a.authorisationDate]),
          ...e.section47s.flatMap((s) => [s.startDate, s.icpcDate]),
          ...e.cpPlans.map((p) => p.endDate),
          ...e.cinPlans.flatMap((p) => [p.startDate, p.endDate]),
        ]
        return dates.some((d) => before(e.closureDate, d))
      })
      .map((e) => ({ field: 'CINclosureDate', at: ep(e) })),
})

const openFurtherAction = (e: { closureDate: string | null; referralNfa: string | null }) =>
  e.closureDate === null && isNo(e.referralNfa)

/** 8815: only one open episode (no closure date) that is not an NFA referral. */
export const rule8815 = defineRule({
  code: '8815',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ReferralNFA', 'CINclosureDate'],
  message:
    'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
  check: (c) => hitIf(c.episodes.filter(openFurtherAction).length > 1, 'CINclosureDate'),
})

/** 8816: an open, further-action episode must be the latest referral. */
export const rule8816 = defineRule({
  code: '8816',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINreferralDate', 'ReferralNFA'],
  message:
    'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
  check: (c) => {
    const dated = c.episodes.filter((e) => e.referralDate !== null)
    const latest = dated.reduce<(typeof dated)[number] | undefined>(
      (best, e) => (best === undefined || (e.referralDate ?? '') > (best.referralDate ?? '') ? e : best),
      undefined,
    )
    return dated
      .filter((e) => openFurtherAction(e) && e !== latest)
      .map((e) => ({ field: 'CINreferralDate', at: ep(e) }))
  },
})

/** 8820: a referral that starts on or after another episode's and before it closed (or while it is still open). */
export const rule8820 = defineRule({
  code: '8820',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINreferralDate', 'CINclosureDate'],
  message: 'The dates on the CIN episodes for this child overlap',
  check: (c, ctx) => {
    const hits: Hit[] = []
    const dated = c.episodes.filter((e) => e.referralDate !== null)
    for (const a of dated)
      for (const b of dated) {
        if (a === b || (a.referralDate ?? '') < (b.referralDate ?? '')) continue
        const overlaps =
          b.closureDate !== null
            ? before(a.referralDate, b.closureDate)
            : before(a.referralDate, ctx.referenceDate) && isNo(b.referralNfa)
        if (overlaps) hits.push({ field: 'CINreferralDate', at: ep(a) })
      }
    return hits
  },
})

export const rule8825Q = defineRule({
  code: '8825Q',
  type: 'QUERY',
  module: 'CINdetails',
  fields: ['ReasonForClosure'],
  message:
    'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.',
  check: (c) =>
    c.episodes
      .filter((e) => rc8or9(e.reasonForClosure) && e.assessments.length === 0)
      .map((e) => ({ field: 'ReasonForClosure', at: ep(e) })),
})

/** 8831: an NFA referral must have no ICPC, no S47 and no assessment. */
export const rule8831 = defineRule({
  code: '8831',
  type: 'ERROR',
  module: 'CINdetails',
  fields: [
    'AssessmentActualStartDate',
    'AssessmentAuthorisationDate',
    'S47ActualStartDate',
    'DateOfInitialCPC',
  ],
  message: 'Activity is recorded against a case marked as a referral with no further action',
  check: (c) =>
    c.episodes
      .filter(
        (e) =>
          isYes(e.referralNfa) &&
          (e.dateOfInitialCpc !== null ||
            e.section47s.some((s) => s.startDate !== null) ||
            e.assessments.some((a) => a.startDate !== null || a.authorisationDate !== null)),
      )
      .map((e) => ({ field: 'ReferralNFA', at: ep(e) })),
})

export const rule8867 = defineRule({
  code: '8867',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINclosureDate', 'AssessmentAuthorisationDate'],
  message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
  check: (c) =>
    c.episodes
      .filter((e) => e.closureDate !== null && e.assessments.some((a) => a.authorisationDate === null))
      .map((e) => ({ field: 'AssessmentAuthorisationDate', at: ep(e) })),
})

/** 8868: a closed episode's S47 needs either an ICPC date or "ICPC not required", not both and not neither. */
export const rule8868 = defineRule({
  code: '8868',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ICPCnotRequired', 'CINclosureDate', 'DateOfInitialCPC'],
  message:
    'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
  check: (c) =>
    c.episodes
      .filter(
        (e) =>
          e.closureDate !== null &&
          e.section47s.some((s) => (s.icpcDate === null) !== isYes(s.icpcNotRequired)),
      )
      .map((e) => ({ field: 'DateOfInitialCPC', at: ep(e) })),
})

export const episodeRules = [
  rule2990,
  rule2991Q,
  rule8565,
  rule8815,
  rule8816,
  rule8820,
  rule8825Q,
  rule8831,
  rule8867,
  rule8868,
]
