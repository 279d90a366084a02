/**
 * Child protection and closure code lists, written from the DfE CIN census schema 2024-25
 * (standards/liia-tools/CIN_schema_2024.xsd), plus Cairn’s own lists for what the census does not code.
 */

/** Category of abuse on a child protection plan (CIN items N00113, N00114) (XSD `categoryofabuse`). */
export const abuseCategories = [
  { code: 'NEG', description: 'Neglect' },
  { code: 'PHY', description: 'Physical abuse' },
  { code: 'SAB', description: 'Sexual abuse' },
  { code: 'EMO', description: 'Emotional abuse' },
  { code: 'MUL', description: 'Multiple/not recommended' },
] as const

/** Reason for closure of a CIN episode (CIN item N00103) (XSD `reasonforclosuretype`). */
export const closureReasons = [
  { code: 'RC1', description: 'Adopted' },
  { code: 'RC2', description: 'Died' },
  { code: 'RC3', description: 'Child arrangements order' },
  { code: 'RC4', description: 'Special guardianship order' },
  { code: 'RC5', description: 'Transferred to services of another local authority' },
  { code: 'RC6', description: 'Transferred to adult social care services' },
  { code: 'RC7', description: 'Services ceased for any other reason, including child no longer in need' },
  { code: 'RC8', description: 'Case closed after assessment, no further action' },
  { code: 'RC9', description: 'Case closed after assessment, referred to early help' },
] as const
/** A manager's decision on a request to close a CIN episode. */
export const closureDecisions = [
  { code: 'SIGNED_OFF', description: 'Signed off' },
  { code: 'SENT_BACK', description: 'Sent back' },
] as const

/** Agencies at a strategy discussion: Working Together 2023 ch.2 expects police, health and education. */
export const strategyAgencies = [
  { code: 'POLICE', description: 'Police' },
  { code: 'HEALTH', description: 'Health' },
  { code: 'EDUCATION', description: 'Education' },
  { code: 'OTHER', description: 'Other agency' },
] as const

export const strategyDecisions = [
  { code: 'S47', description: 'Section 47 enquiry' },
  { code: 'NO_S47', description: 'No section 47 enquiry' },
] as const

export const s47Outcomes = [
  { code: 'SUBSTANTIATED', description: 'Concerns substantiated' },
  { code: 'NOT_SUBSTANTIATED', description: 'Concerns not substantiated' },
] as const

export const conferenceKinds = [
  { code: 'ICPC', description: 'Initial child protection conference' },
  { code: 'RCPC', description: 'Review child protection conference' },
] as const

/** Outcome of a child and family assessment: the next step (Working Together 2023 ch.2). */
export const assessmentOutcomes = [
  { code: 'NFA', description: 'No further action' },
  { code: 'EARLY_HELP', description: 'Step down to early help' },
  { code: 'CIN_PLAN', description: 'Child in need plan' },
  { code: 'STRATEGY', description: 'Strategy discussion' },
  { code: 'LEGAL', description: 'Legal planning meeting' },
] as const
