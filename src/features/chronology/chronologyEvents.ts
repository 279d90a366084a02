import {
  abuseCategories, assessmentOutcomes, earlyHelpOutcomes, caseNoteKinds, closureReasons, conferenceKinds, contactDecisions, describe, finalOrders, hearingKinds, planKinds, preProceedingsMeetingKinds,
  preProceedingsOutcomes, protectiveOrderKinds, reasonsEpisodeCeased, referralSources, reviewParticipation, s47Outcomes, stepDownDecisions, strategyDecisions, visitKinds, type CodeEntry,
} from '../../domain/codeLists/index.js'

/**
 * The kinds of event a chronology can be filtered by. A chronology is a list of the significant
 * events in a child's life in date order (Working Together 2023 ch.2; Family Procedure Rules PD12A:
 * the social work chronology filed with a care application).
 */
export const chronologyGroups = [
  { code: 'contact', description: 'Contacts' },
  { code: 'referral', description: 'Referrals' },
  { code: 'earlyHelp', description: 'Early help assessments (start and completion)' },
  { code: 'allocation', description: 'Allocations to a named worker' },
  { code: 'assessment', description: 'Assessments (start and authorisation)' },
  { code: 'strategy', description: 'Strategy discussions' },
  { code: 's47', description: 'Section 47 enquiries' },
  { code: 'conference', description: 'Child protection conferences' },
  { code: 'cpPlan', description: 'Child protection plans (start and end)' },
  { code: 'coreGroup', description: 'Core group meetings' },
  { code: 'plan', description: 'Child in need and other plans (start and end)' },
  { code: 'planReview', description: 'Plan reviews' },
  { code: 'visit', description: 'Visits' },
  { code: 'stepDown', description: 'Step-downs' },
  { code: 'closure', description: 'Closures' },
  { code: 'protectiveOrder', description: 'Emergency protection orders and police protection' },
  { code: 'court', description: 'Pre-proceedings, care proceedings and hearings' },
  { code: 'caseNote', description: 'Case notes' },
  { code: 'supervision', description: 'Case supervision decisions' },
  { code: 'care', description: 'Care: coming into care, placement and legal status changes, leaving care' },
  { code: 'claReview', description: 'Looked-after child reviews' },
  { code: 'missing', description: 'Missing episodes and return home interviews' },
  { code: 'careLeaver', description: 'Personal adviser contact' },
] as const satisfies readonly CodeEntry[]

export type ChronologyGroup = (typeof chronologyGroups)[number]['code']

type Describe = (code: string | null) => string
const of = (list: readonly CodeEntry[], prefix: string): Describe => (code) => (code ? `${prefix}: ${describe(list, code)}` : prefix)
const plain = (title: string): Describe => () => title

/** Each event's title (from its code, if it has one) and the page it links to (from its record id). */
export const chronologyEvents: Record<string, { title: Describe; href?: (ref: string) => string }> = {
  CONTACT: { title: of(contactDecisions, 'Contact received'), href: (r) => `/front-door/contacts/${r}` },
  REFERRAL: { title: of(referralSources, 'Referral'), href: (r) => `/referrals/${r}` },
  ALLOCATED: { title: plain('Allocated to a named worker') },
  ALLOCATION_ENDED: { title: plain('Allocation ended') },
  ASSESSMENT_STARTED: { title: plain('Assessment started'), href: (r) => `/assessments/${r}` },
  ASSESSMENT_AUTHORISED: { title: of(assessmentOutcomes, 'Assessment authorised'), href: (r) => `/assessments/${r}` },
  STRATEGY: { title: of(strategyDecisions, 'Strategy discussion'), href: (r) => `/strategy-discussions/${r}` },
  S47_STARTED: { title: (c) => (c ? `Section 47 enquiry started (outcome: ${describe(s47Outcomes, c)})` : 'Section 47 enquiry started'), href: (r) => `/s47-enquiries/${r}` },
  CONFERENCE: { title: (c) => describe(conferenceKinds, c), href: (r) => `/conferences/${r}` },
  CP_PLAN_STARTED: { title: of(abuseCategories, 'Child protection plan started'), href: (r) => `/cp-plans/${r}` },
  CP_PLAN_ENDED: { title: plain('Child protection plan ended'), href: (r) => `/cp-plans/${r}` },
  CORE_GROUP: { title: plain('Core group meeting'), href: (r) => `/cp-plans/${r}` },
  PLAN_STARTED: { title: (c) => `${describe(planKinds, c)} started`, href: (r) => `/plans/${r}` },
  PLAN_ENDED: { title: (c) => `${describe(planKinds, c)} ended`, href: (r) => `/plans/${r}` },
  PLAN_REVIEW: { title: plain('Plan review'), href: (r) => `/plans/${r}` },
  VISIT: { title: (c) => describe(visitKinds, c) },
  STEP_DOWN_REQUESTED: { title: plain('Step-down to a child in need plan requested'), href: (r) => `/step-downs/${r}` },
  STEP_DOWN_DECIDED: { title: of(stepDownDecisions, 'Step-down decided'), href: (r) => `/step-downs/${r}` },
  CLOSURE: { title: (c) => `Case closed: ${c}: ${describe(closureReasons, c)}` },
  PROTECTION_STARTED: { title: (c) => `${describe(protectiveOrderKinds, c)} started`, href: (r) => `/protective-orders/${r}` },
  PROTECTION_ENDED: { title: (c) => `${describe(protectiveOrderKinds, c)} ended`, href: (r) => `/protective-orders/${r}` },
  PRE_PROCEEDINGS_STARTED: { title: plain('Pre-proceedings started (Public Law Outline)'), href: (r) => `/pre-proceedings/${r}` },
  PRE_PROCEEDINGS_ENDED: { title: of(preProceedingsOutcomes, 'Pre-proceedings ended'), href: (r) => `/pre-proceedings/${r}` },
  PRE_PROCEEDINGS_MEETING: { title: (c) => describe(preProceedingsMeetingKinds, c), href: (r) => `/pre-proceedings/${r}` },
  CARE_PROCEEDINGS_ISSUED: { title: plain('Care proceedings issued'), href: (r) => `/care-proceedings/${r}` },
  FINAL_ORDER: { title: of(finalOrders, 'Final order'), href: (r) => `/care-proceedings/${r}` },
  HEARING: { title: (c) => describe(hearingKinds, c), href: (r) => `/care-proceedings/${r}` },
  CASE_NOTE: { title: of(caseNoteKinds, 'Case note'), href: (r) => `/case-notes/${r}` },
  SUPERVISION: { title: plain('Case supervision: management decisions') },
  CARE_CHANGE: { title: (c) => ({ START: 'Came into care', PLACEMENT: 'Placement changed', LEGAL_STATUS: 'Legal status changed', BOTH: 'Placement and legal status changed' })[c ?? ''] ?? 'Care changed' },
  CARE_ENDED: { title: of(reasonsEpisodeCeased, 'Left care') },
  CLA_REVIEW: { title: of(reviewParticipation, 'Looked-after child review') },
  EARLY_HELP_STARTED: { title: plain('Early help assessment started') },
  EARLY_HELP_COMPLETED: { title: of(earlyHelpOutcomes, 'Early help assessment completed') },
  MISSING: { title: (c) => (c === 'A' ? 'Away from placement without authorisation' : 'Missing') },
  RETURN_INTERVIEW: { title: (c) => `Return home interview offered${c ? ` (${c.toLowerCase()})` : ''}` },
  PA_CONTACT: { title: (c) => `Personal adviser ${c === 'CUSTODY_VISIT' ? 'visit in custody' : c === 'VISIT' ? 'visit' : 'contact'}` },
}
