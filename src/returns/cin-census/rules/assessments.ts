/** Assessments rules (CIN census guide, module 3: assessments and the factors identified). */
import type { Assessment, CensusChild, CinEpisode } from '../types.js'
import {
  after,
  before,
  defineRule,
  ep,
  inPeriod,
  outsidePeriod,
  type Hit,
  type RuleContext,
} from './define.js'

export const at = (e: CinEpisode, a: Assessment) => `${ep(e)}/Assessments[${a.position}]`

/** One hit per assessment for which `bad` holds. */
export const perAssessment =
  (field: string, bad: (a: Assessment, e: CinEpisode, c: CensusChild, ctx: RuleContext) => boolean) =>
  (c: CensusChild, ctx: RuleContext): Hit[] =>
    c.episodes.flatMap((e) =>
      e.assessments.filter((a) => bad(a, e, c, ctx)).map((a) => ({ field, at: at(e, a) })),
    )

export const rule1103 = defineRule({
  code: '1103',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentActualStartDate', 'CINreferralDate'],
  message: 'The assessment start date cannot be before the referral date',
  check: perAssessment('AssessmentActualStartDate', (a, e) => before(a.startDate, e.referralDate)),
})

export const rule8608 = defineRule({
  code: '8608',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  message: 'Assessment Start Date cannot be later than its End Date',
  check: perAssessment('AssessmentActualStartDate', (a) => after(a.startDate, a.authorisationDate)),
})

export const rule8614 = defineRule({
  code: '8614',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
  message: 'Parental or child factors at assessment should only be present for a completed assessment.',
  check: perAssessment('AssessmentFactors', (a) => a.authorisationDate === null && a.factors.length > 0),
})

/**
 * 8670Q: an assessment with no authorisation date that started more than 45 working days before
 * the reference date (the validator counts the reference date as day 1, so 44 working days back).
 */
export const rule8670Q = defineRule({
  code: '8670Q',
  type: 'QUERY',
  module: 'Assessments',
  fields: ['AssessmentActualStartDate'],
  message:
    'Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
  check: perAssessment(
    'AssessmentActualStartDate',
    (a, _e, _c, ctx) =>
      a.authorisationDate === null && before(a.startDate, ctx.workingDaysBefore(ctx.referenceDate, 44)),
  ),
})

export const rule8696 = defineRule({
  code: '8696',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentAuthorisationDate', 'ReferenceDate'],
  message: 'Assessment end date must fall within the census year',
  check: perAssessment('AssessmentAuthorisationDate', (a, _e, _c, ctx) =>
    outsidePeriod(a.authorisationDate, ctx),
  ),
})

export const rule8736 = defineRule({
  code: '8736',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'],
  message: 'For an Assessment that has not been completed, the start date must fall within the census year',
  check: perAssessment(
    'AssessmentActualStartDate',
    (a, _e, _c, ctx) => a.authorisationDate === null && !inPeriod(a.startDate, ctx),
  ),
})

/** 8863Q: an assessment starts on or after another in the episode began and before that one was authorised. */
export const rule8863Q = defineRule({
  code: '8863Q',
  type: 'QUERY',
  module: 'Assessments',
  fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  message: 'An Assessment is shown as starting when there is another Assessment ongoing.',
  check: perAssessment('AssessmentActualStartDate', (a, e, _c, ctx) =>
    e.assessments.some((b) => {
      if (a.startDate === null || b.startDate === null) return false
      if (a.startDate === b.startDate && a.authorisationDate === b.authorisationDate) return false
      if (a.startDate < b.startDate) return false
      return b.authorisationDate !== null
        ? a.startDate <= b.authorisationDate
        : a.startDate <= ctx.referenceDate
    }),
  ),
})

/** 8873Q: the only assessment on an episode found no factors (21), so the closure reason should be RC8 or RC9. */
export const rule8873Q = defineRule({
  code: '8873Q',
  type: 'QUERY',
  module: 'Assessments',
  fields: ['ReasonForClosure', 'AssessmentFactors'],
  message:
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
  check: perAssessment(
    'AssessmentFactors',
    (a, e) =>
      e.assessments.length === 1 &&
      a.factors.some((f) => f.includes('21')) &&
      !['RC8', 'RC9'].includes(e.reasonForClosure ?? ''),
  ),
})

export const rule8896 = defineRule({
  code: '8896',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentAuthorisationDate'],
  message: 'Within one CINDetails group there are 2 or more open Assessments groups',
  check: (c) =>
    c.episodes
      .filter((e) => e.assessments.filter((a) => a.authorisationDate === null).length > 1)
      .map((e) => ({ field: 'AssessmentAuthorisationDate', at: ep(e) })),
})

export const assessmentRules = [
  rule1103,
  rule8608,
  rule8614,
  rule8670Q,
  rule8696,
  rule8736,
  rule8863Q,
  rule8873Q,
  rule8896,
]
