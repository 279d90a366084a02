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

/** Key decision points that need a manager's recorded oversight (issue 6; Leicester 2015: oversight not recorded). */
export const oversightPoints = [
  { code: 'CONTACT_DECISION', description: 'Contact decision' },
  { code: 'ASSESSMENT_AUTHORISATION', description: 'Assessment authorisation' },
  { code: 'S47_OUTCOME', description: 'Section 47 outcome' },
  { code: 'ICPC_NOT_CONVENED', description: 'Initial conference not convened' },
  { code: 'STEP_DOWN', description: 'Step-down from child protection' },
  { code: 'CLOSURE', description: 'Closure' },
  { code: 'PLACEMENT_MOVE', description: 'Placement move' },
  { code: 'UNREGISTERED_PLACEMENT', description: 'Unregistered placement' },
] as const

/** Ofsted's four-point scale, used for the overall grade of a case audit. */
export const auditGrades = [
  { code: 'OUTSTANDING', description: 'Outstanding' },
  { code: 'GOOD', description: 'Good' },
  { code: 'REQUIRES_IMPROVEMENT', description: 'Requires improvement' },
  { code: 'INADEQUATE', description: 'Inadequate' },
] as const

/** How an audit was chosen: a monthly random sample or a thematic audit. */
export const auditProgrammeKinds = [
  { code: 'RANDOM', description: 'Monthly random sample' },
  { code: 'THEMATIC', description: 'Thematic audit' },
] as const

/** Where a case audit stands: done by a manager, then moderated. */
export const caseAuditStatuses = [
  { code: 'ASSIGNED', description: 'Assigned' },
  { code: 'COMPLETED', description: 'Completed' },
  { code: 'MODERATED', description: 'Moderated' },
] as const

/** RAG of an improvement-plan action. */
export const improvementRags = [
  { code: 'RED', description: 'Red' },
  { code: 'AMBER', description: 'Amber' },
  { code: 'GREEN', description: 'Green' },
] as const
