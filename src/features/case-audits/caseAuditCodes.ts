import { auditGrades } from '../../domain/codeLists/index.js'

/**
 * The case-audit feature's own lists (issue 6 part 5). Leicester 2015 and 2016 found leaders did not
 * know the quality of practice; these lists are what a QA team audits against and rolls up.
 */

/** The answer scales a template question may use: the four grades, or yes/no. */
export const auditScales = {
  GRADE: auditGrades,
  YES_NO: [
    { code: 'YES', description: 'Yes' },
    { code: 'NO', description: 'No' },
  ],
} as const
export type AuditScale = keyof typeof auditScales
export const auditScaleChoices = [
  { code: 'GRADE', description: 'Outstanding, good, requires improvement, inadequate' },
  { code: 'YES_NO', description: 'Yes or no' },
] as const

/** Practice themes an audit can find, counted on the roll-up. */
export const auditThemes = [
  { code: 'VOICE_OF_CHILD', description: 'Voice of the child' },
  { code: 'MANAGEMENT_OVERSIGHT', description: 'Management oversight' },
  { code: 'SUPERVISION', description: 'Supervision' },
  { code: 'ASSESSMENT_QUALITY', description: 'Quality of assessment' },
  { code: 'PLANNING', description: 'Planning and drift' },
  { code: 'NEGLECT', description: 'Neglect' },
  { code: 'CSE', description: 'Child sexual exploitation' },
  { code: 'DOMESTIC_ABUSE', description: 'Domestic abuse' },
  { code: 'MULTI_AGENCY', description: 'Multi-agency working' },
  { code: 'RECORDING', description: 'Recording' },
] as const

/** Which children a programme samples from: open cases, or every child with a record. */
export const auditPopulations = [
  { code: 'OPEN', description: 'Open cases (an open child-in-need episode or a live allocation)' },
  { code: 'ALL', description: 'Every child with a record, open or closed' },
] as const

export const auditPlanTypes = [
  { code: 'CIN', description: 'Child in need plan' },
  { code: 'CP', description: 'Child protection plan' },
] as const

/** Age on the first day of the programme's month. */
export const auditAgeBands = [
  { code: 'UNDER_5', description: 'Under 5', from: 0, to: 4 },
  { code: 'AGE_5_9', description: '5 to 9', from: 5, to: 9 },
  { code: 'AGE_10_15', description: '10 to 15', from: 10, to: 15 },
  { code: 'AGE_16_PLUS', description: '16 and over', from: 16, to: 200 },
] as const

export const auditSampleKinds = [
  { code: 'NUMBER', description: 'A number of children' },
  { code: 'PERCENT', description: 'A percentage of the cohort' },
] as const
