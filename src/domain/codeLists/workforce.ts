/**
 * Workforce, supervision and training lists: Cairn's own, following the DfE children's social work
 * workforce census (research/standards.md) where it names the same thing.
 */

/** How a worker is employed: the workforce census separates agency from employed staff. */
export const employmentKinds = [
  { code: 'PERMANENT', description: 'Employed, permanent' },
  { code: 'FIXED_TERM', description: 'Employed, fixed term' },
  { code: 'AGENCY', description: 'Agency' },
] as const

/** The kinds of case that count towards a caseload, each with a configurable weight. */
export const caseTypes = [
  { code: 'CIN', description: 'Child in need' },
  { code: 'CP', description: 'Child protection' },
  { code: 'CLA', description: 'Child looked after' },
  { code: 'CARE_LEAVER', description: 'Care leaver' },
  { code: 'ASSESSMENT', description: 'Assessment' },
] as const

/** Where a supervision action stands. */
export const supervisionActionStatuses = [
  { code: 'OPEN', description: 'Open' },
  { code: 'DONE', description: 'Done' },
  { code: 'DROPPED', description: 'Dropped' },
] as const

/** Development programmes the 2016 Leicestershire inspection found missing. */
export const trainingProgrammes = [
  { code: 'ASYE', description: 'Assessed and supported year in employment' },
  { code: 'PRACTICE_EDUCATOR', description: 'Practice educator' },
  { code: 'MANAGEMENT', description: 'First-line management development' },
  { code: 'CORE', description: 'Core practice training' },
] as const
