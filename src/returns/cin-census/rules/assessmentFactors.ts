/** Assessment factor rules (CIN census guide, module 3: factors identified at assessment). */
import { defineRule } from './define.js'
import { perAssessment } from './assessments.js'

/** Assessment factor codes (CIN census code set; 18A and 19A were retired in 2020-21 but stay valid). */
export const assessmentFactorCodes = [
  '1A',
  '1B',
  '1C',
  '2A',
  '2B',
  '2C',
  '3A',
  '3B',
  '3C',
  '4A',
  '4B',
  '4C',
  '5A',
  '5B',
  '5C',
  '6A',
  '6B',
  '6C',
  '7A',
  '8B',
  '8C',
  '8D',
  '8E',
  '8F',
  '9A',
  '10A',
  '11A',
  '12A',
  '13A',
  '14A',
  '15A',
  '16A',
  '17A',
  '18A',
  '18B',
  '18C',
  '19A',
  '19B',
  '19C',
  '20',
  '21',
  '22A',
  '23A',
  '24A',
]

/** 8869: factor 21 ("no factors identified") cannot be used with any other factor. */
export const rule8869 = defineRule({
  code: '8869',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentFactors'],
  message:
    'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  check: perAssessment(
    'AssessmentFactors',
    (a) => a.factors.includes('21') && a.factors.some((f) => f !== '21'),
  ),
})

/** 8897Q: an assessment completed in the year needs factors, all from the code set. */
export const rule8897Q = defineRule({
  code: '8897Q',
  type: 'QUERY',
  module: 'Assessments',
  fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  check: perAssessment(
    'AssessmentFactors',
    (a, _e, _c, ctx) =>
      a.authorisationDate !== null &&
      a.authorisationDate >= ctx.collectionStart &&
      (a.factors.length === 0 || a.factors.some((f) => !assessmentFactorCodes.includes(f))),
  ),
})

export const rule8898 = defineRule({
  code: '8898',
  type: 'ERROR',
  module: 'Assessments',
  fields: ['AssessmentFactors'],
  message: ' The assessment has more than one parental or child factors with the same code',
  check: perAssessment('AssessmentFactors', (a) => new Set(a.factors).size < a.factors.length),
})

/** 8945Q / 8950Q (2024-25): the retired codes 18A and 19A should be 18B/18C and 19B/19C. */
export const rule8945Q = defineRule({
  code: '8945Q',
  type: 'QUERY',
  module: 'Assessments',
  fields: ['AssessmentFactors'],
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
  check: perAssessment('AssessmentFactors', (a) => a.factors.some((f) => f.toUpperCase() === '18A')),
})

export const rule8950Q = defineRule({
  code: '8950Q',
  type: 'QUERY',
  module: 'Assessments',
  fields: ['AssessmentFactors'],
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
  check: perAssessment('AssessmentFactors', (a) => a.factors.some((f) => f.toUpperCase() === '19A')),
})

export const assessmentFactorRules = [rule8869, rule8897Q, rule8898, rule8945Q, rule8950Q]
