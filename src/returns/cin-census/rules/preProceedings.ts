/**
 * PreProceedingsandFGDM rules (CIN census guide 2026-27, module 5: pre-proceedings and family
 * group decision-making; items N00826–N00835). Written from the DfE rule text as carried by the
 * reference validator's pre-proceedings branch (research/standards.md §1.3); where its code reads
 * the text differently, we follow the text (docs/cin-validator-differences.md).
 */
import type { CensusChild, CinEpisode, PreProceedings } from '../types.js'
import { before, defineRule, ep, isYes, outsidePeriod, type Hit, type RuleContext } from './define.js'

const MODULE = 'PreProceedings'
const at = (e: CinEpisode, p: PreProceedings) => `${ep(e)}/PreProceedingsandFGDM[${p.position}]`
const allModules = (census: { children: readonly CensusChild[] }) =>
  census.children.flatMap((c) => c.episodes.flatMap((e) => e.preProceedings))

/** One hit per module (in its episode) for which `bad` holds. */
const perModule =
  (field: string, bad: (p: PreProceedings, ctx: RuleContext) => boolean) =>
  (c: CensusChild, ctx: RuleContext): Hit[] =>
    c.episodes.flatMap((e) =>
      e.preProceedings.filter((p) => bad(p, ctx)).map((p) => ({ field, at: at(e, p) })),
    )

/** 8995Q: the LA returned no module 5 at all (an LA-level query). */
export const rule8995Q = defineRule({
  code: '8995Q',
  type: 'QUERY',
  scope: 'return',
  module: MODULE,
  fields: [],
  message:
    'Please check and provide a reason why no module 5 (pre-proceedings and FGM) data has been provided for any child.',
  check: (census) =>
    allModules(census).length === 0 ? [{ field: 'PreProceedingsandFGDM', at: 'return' }] : [],
})

/** 9000Q: no pre-proceedings start date (N00826) anywhere in the return. */
export const rule9000Q = defineRule({
  code: '9000Q',
  type: 'QUERY',
  scope: 'return',
  module: MODULE,
  fields: ['PPStartDate'],
  message:
    'Please check: If you do not yet collect this data, please leave this field blank and provide a reason.',
  check: (census) =>
    allModules(census).every((p) => p.ppStartDate === null) ? [{ field: 'PPStartDate', at: 'return' }] : [],
})

export const rule9005 = defineRule({
  code: '9005',
  type: 'ERROR',
  module: MODULE,
  fields: ['PPStartDate'],
  message:
    'The date of the legal planning meeting or other decision making forum where the LA made the decision to commence pre-proceedings cannot fall outside the reporting year.',
  check: perModule('PPStartDate', (p, ctx) => outsidePeriod(p.ppStartDate, ctx)),
})

export const rule9006 = defineRule({
  code: '9006',
  type: 'ERROR',
  module: MODULE,
  fields: ['LBPSentDate'],
  message:
    'The date the letter before proceedings was sent must be within the reporting year and after the date pre-proceedings began.',
  check: perModule(
    'LBPSentDate',
    (p, ctx) => outsidePeriod(p.lbpSentDate, ctx) || before(p.lbpSentDate, p.ppStartDate),
  ),
})

/** 9007: a letter was sent (N00827), so whether it offered an FGDM meeting (N00828) must be given. */
export const rule9007 = defineRule({
  code: '9007',
  type: 'ERROR',
  module: MODULE,
  fields: ['LBPSentDate', 'FGDMMeetingOffer'],
  message:
    'You have confirmed that a letter before proceedings was sent. Please confirm whether or not a FGDM meeting was offered in the letter.',
  check: perModule('FGDMMeetingOffer', (p) => p.lbpSentDate !== null && p.fgdmMeetingOffer === null),
})

export const rule9008 = defineRule({
  code: '9008',
  type: 'ERROR',
  module: MODULE,
  fields: ['InitialPPMeetingDate'],
  message: 'The date of the first effective pre-proceedings meeting must be within the reporting year.',
  check: perModule('InitialPPMeetingDate', (p, ctx) => outsidePeriod(p.initialPpMeetingDate, ctx)),
})

export const rule9009 = defineRule({
  code: '9009',
  type: 'ERROR',
  module: MODULE,
  fields: ['StepDecisionDate'],
  message:
    'The date when the decision was made to step up or down must be on or after the date of the decision to begin pre-proceedings and must fall within the reporting year',
  check: perModule(
    'StepDecisionDate',
    (p, ctx) => outsidePeriod(p.stepDecisionDate, ctx) || before(p.stepDecisionDate, p.ppStartDate),
  ),
})

/** 9010Q: an FGDM meeting was offered (N00828 true), so whether one was facilitated (N00829) should be given. */
export const rule9010Q = defineRule({
  code: '9010Q',
  type: 'QUERY',
  module: MODULE,
  fields: ['FGDMMeetingFac'],
  message:
    'Please check: You have reported that a FGDM meeting was offered in the letter before proceedings. Please confirm whether or not a FGDM meeting was facilitated in the pre-proceedings period following this offer.',
  check: perModule('FGDMMeetingFac', (p) => isYes(p.fgdmMeetingOffer) && p.fgdmMeetingFac === null),
})

/** 9011: PPOutcome (N00833), when given, is in codeset CS131. */
export const rule9011 = defineRule({
  code: '9011',
  type: 'ERROR',
  module: MODULE,
  fields: ['PPOutcome'],
  message: 'The outcome of the pre-proceedings must be reported using a valid value',
  check: perModule('PPOutcome', (p) => p.ppOutcome !== null && !['A', 'B', 'C'].includes(p.ppOutcome)),
})

/** 9012: the court application (N00834) is in the year and not before the decision to step up (N00832). */
export const rule9012 = defineRule({
  code: '9012',
  type: 'ERROR',
  module: MODULE,
  fields: ['CourtAppDate'],
  message:
    'The date that the local authority submitted the court application to commence care proceedings must fall within the reporting year and be on or after the date of the decision to initiate care proceedings.',
  check: perModule(
    'CourtAppDate',
    (p, ctx) => outsidePeriod(p.courtAppDate, ctx) || before(p.courtAppDate, p.stepDecisionDate),
  ),
})

/** 9013: the letter initiating proceedings (N00835) is in the year and not before the court application. */
export const rule9013 = defineRule({
  code: '9013',
  type: 'ERROR',
  module: MODULE,
  fields: ['LetterInitCPDate'],
  message:
    'The date on which the letter to initiate care proceedings was sent to parents/guardians must fall within the reporting year and be on or after the date when the local authority submitted the court application to commence care proceedings.',
  check: perModule(
    'LetterInitCPDate',
    (p, ctx) => outsidePeriod(p.letterInitCpDate, ctx) || before(p.letterInitCpDate, p.courtAppDate),
  ),
})

/** 9015Q: an initial meeting (N00830) was held, so the number of review meetings (N00831) should be given. */
export const rule9015Q = defineRule({
  code: '9015Q',
  type: 'QUERY',
  module: MODULE,
  fields: ['ReviewMeetingsCount'],
  message:
    'Please check: if review meetings were held  following the initial pre-proceedings meeting, the total number held should be reported.',
  check: perModule(
    'ReviewMeetingsCount',
    (p) => p.initialPpMeetingDate !== null && p.reviewMeetingsCount === null,
  ),
})

/** The twelve 2026-27 pre-proceedings rules (reference branch pre-proceedings-rules, cin2026_27). */
export const preProceedingsRules = [
  rule8995Q,
  rule9000Q,
  rule9005,
  rule9006,
  rule9007,
  rule9008,
  rule9009,
  rule9010Q,
  rule9011,
  rule9012,
  rule9013,
  rule9015Q,
] as const
