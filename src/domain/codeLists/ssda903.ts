/**
 * SSDA903 code lists (research/standards.md §2.4, from the DfE validator's rules). Where a list
 * changes between collection years, `validFrom`/`validTo` give the first and last year ending (31
 * March) in which a code may be used; the 903 rules and the care forms both read them.
 */
import type { CodeEntry } from './codeList.js'

export type YearBoundCode = CodeEntry & { readonly validFrom?: number; readonly validTo?: number }

/** The codes valid in the collection year ending on 31 March `yearEnding`. */
export function codesForYear(list: readonly YearBoundCode[], yearEnding: number): string[] {
  return list.filter((c) => (c.validFrom ?? 0) <= yearEnding && yearEnding <= (c.validTo ?? 9999)).map((c) => c.code)
}

/** RNE: why a new episode started. Cairn derives it from what changed (src/returns/ssda903/episodes.ts). */
export const reasonsNewEpisode = [
  { code: 'S', description: 'Started to be looked after' },
  { code: 'L', description: 'Change of legal status only' },
  { code: 'P', description: 'Change of placement and carer(s) only' },
  { code: 'T', description: 'Change of placement only, same carer(s)' },
  { code: 'B', description: 'Change of legal status and of placement and carer(s)' },
  { code: 'U', description: 'Change of legal status and placement, same carer(s)' },
] as const

/** LS: legal status (Children Act 1989 orders and accommodation). D1 is only valid before December 2005. */
export const legalStatuses = [
  { code: 'C1', description: 'Interim care order' },
  { code: 'C2', description: 'Full care order' },
  { code: 'E1', description: 'Placement order granted' },
  { code: 'V2', description: 'Single period of accommodation under section 20' },
  { code: 'V3', description: 'Accommodated under an agreed series of short-term breaks, individual episodes recorded' },
  { code: 'V4', description: 'Accommodated under an agreed series of short-term breaks, agreement recorded' },
  { code: 'L1', description: 'Under police protection and in local authority accommodation' },
  { code: 'L2', description: 'Emergency protection order' },
  { code: 'L3', description: 'Under child assessment order and in local authority accommodation' },
  { code: 'J1', description: 'Remanded to local authority accommodation or youth detention accommodation' },
  { code: 'J2', description: 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984' },
  { code: 'J3', description: 'Sentenced to a youth rehabilitation order with residence or intensive fostering requirement' },
] as const satisfies readonly YearBoundCode[]

/** CIN: the category of need, the same N1–N8 as the CIN census. */
export const categoriesOfNeed = [
  { code: 'N1', description: 'Abuse or neglect' },
  { code: 'N2', description: 'Child’s disability or illness' },
  { code: 'N3', description: 'Parental disability or illness' },
  { code: 'N4', description: 'Family in acute stress' },
  { code: 'N5', description: 'Family dysfunction' },
  { code: 'N6', description: 'Socially unacceptable behaviour' },
  { code: 'N7', description: 'Low income' },
  { code: 'N8', description: 'Absent parenting' },
] as const

/** PLACE: placement type. Z1 was split into Z11–Z14 and H5, P2 retired for 2025-26; K3 came in 2024-25. */
export const placementTypes: readonly YearBoundCode[] = [
  { code: 'A3', description: 'Placed for adoption with consent, with current foster carer(s)' },
  { code: 'A4', description: 'Placed for adoption with consent, not with current foster carer(s)' },
  { code: 'A5', description: 'Placed for adoption under a placement order, with current foster carer(s)' },
  { code: 'A6', description: 'Placed for adoption under a placement order, not with current foster carer(s)' },
  { code: 'H5', description: 'Semi-independent living accommodation not subject to children’s homes regulations', validTo: 2025 },
  { code: 'K1', description: 'Secure children’s home' },
  { code: 'K2', description: 'Children’s home subject to Children’s Homes Regulations' },
  { code: 'K3', description: 'Supported accommodation', validFrom: 2025 },
  { code: 'P1', description: 'Placed with own parent(s) or other person(s) with parental responsibility' },
  { code: 'P2', description: 'Independent living, for example in a flat, lodgings, bedsit or hostel', validTo: 2025 },
  { code: 'P3', description: 'Residential employment' },
  { code: 'R1', description: 'Residential care home' },
  { code: 'R2', description: 'NHS or health trust, or other establishment providing medical or nursing care' },
  { code: 'R3', description: 'Family centre or mother and baby unit' },
  { code: 'R5', description: 'Young offender institution or prison' },
  { code: 'S1', description: 'All residential schools, except where dual-registered as a school and children’s home' },
  { code: 'T0', description: 'Temporary placement: all types of temporary move (see T1–T4)' },
  { code: 'T1', description: 'Temporary periods in hospital' },
  { code: 'T2', description: 'Temporary absences of the child on holiday' },
  { code: 'T3', description: 'Temporary accommodation whilst normal foster carer(s) is/are on holiday' },
  { code: 'T4', description: 'Temporary accommodation of seven days or less, for any reason not covered by T1–T3' },
  { code: 'U1', description: 'Foster placement with relative(s) or friend(s): long-term fostering' },
  { code: 'U2', description: 'Foster placement with relative(s) or friend(s) who is also an approved adopter: fostering for adoption or concurrent planning' },
  { code: 'U3', description: 'Foster placement with relative(s) or friend(s): not long-term or fostering for adoption' },
  { code: 'U4', description: 'Foster placement with other foster carer(s): long-term fostering' },
  { code: 'U5', description: 'Foster placement with other foster carer(s) who is also an approved adopter: fostering for adoption or concurrent planning' },
  { code: 'U6', description: 'Foster placement with other foster carer(s): not long-term or fostering for adoption' },
  { code: 'Z1', description: 'Other placements', validTo: 2025 },
  { code: 'Z11', description: 'Other placement (Z1 split, 2025-26): first kind', validFrom: 2026 },
  { code: 'Z12', description: 'Other placement (Z1 split, 2025-26): second kind; allowed under a deprivation of liberty order', validFrom: 2026 },
  { code: 'Z13', description: 'Other placement (Z1 split, 2025-26): third kind; allowed under a deprivation of liberty order', validFrom: 2026 },
  { code: 'Z14', description: 'Other placement (Z1 split, 2025-26): fourth kind', validFrom: 2026 },
]

/** Placement types that are temporary moves (903 rules 380, 226). */
export const temporaryPlacements = ['T0', 'T1', 'T2', 'T3', 'T4'] as const
/** Placement types with connected persons (family and friends foster care; CPPCR 2010 reg 24). */
export const connectedPersonPlacements = ['U1', 'U2', 'U3'] as const
/** Placed with parents (CPPCR 2010 Part 4). */
export const placedWithParents = ['P1'] as const

/** PLACE_PROVIDER. It is blank for T0–T3 and Z11–Z14 (rules 178, 213). */
export const placementProviders = [
  { code: 'PR0', description: 'Parent(s) or other person(s) with parental responsibility' },
  { code: 'PR1', description: 'Own provision (by the local authority), including a regional adoption agency hosted by this authority' },
  { code: 'PR2', description: 'Other local authority provision' },
  { code: 'PR3', description: 'Other public provision (for example a primary care trust)' },
  { code: 'PR4', description: 'Private provision' },
  { code: 'PR5', description: 'Voluntary or third sector provision' },
] as const

/** REC: why an episode ceased. X1 is a continuation into a new episode the same day. */
export const reasonsEpisodeCeased = [
  { code: 'X1', description: 'Episode ceases, and new episode begins on same day, for any reason' },
  { code: 'E11', description: 'Adopted: application for an adoption order unopposed' },
  { code: 'E12', description: 'Adopted: consent dispensed with by the court' },
  { code: 'E2', description: 'Died' },
  { code: 'E3', description: 'Care taken over by another local authority in the UK' },
  { code: 'E4A', description: 'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process' },
  { code: 'E4B', description: 'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process' },
  { code: 'E13', description: 'Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility' },
  { code: 'E41', description: 'Residence order or child arrangements order granted' },
  { code: 'E45', description: 'Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)' },
  { code: 'E46', description: 'Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)' },
  { code: 'E47', description: 'Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)' },
  { code: 'E48', description: 'Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)' },
  { code: 'E5', description: 'Moved into independent living arrangement and no longer looked after: supportive accommodation providing formalised advice or support' },
  { code: 'E6', description: 'Moved into independent living arrangement and no longer looked after: accommodation providing no formalised advice or support' },
  { code: 'E7', description: 'Transferred to residential care funded by adult social care services' },
  { code: 'E9', description: 'Sentenced to custody' },
  { code: 'E14', description: 'Accommodation on remand ended' },
  { code: 'E15', description: 'Age assessment determined child is aged 18 or over and no longer looked after' },
  { code: 'E16', description: 'Child moved abroad' },
  { code: 'E17', description: 'Aged 18 (or over) and remained with current carers (inc. under staying put arrangements)' },
  { code: 'E8', description: 'Period of being looked after ceased for any other reason' },
] as const

/** REASON_PLACE_CHANGE: why a placement ended. Not needed for temporary placements (rule 226). */
export const reasonsPlaceChange = [
  { code: 'CARPL', description: 'Change to or implementation of the care plan' },
  { code: 'CLOSE', description: 'Resignation or closure of the provision' },
  { code: 'ALLEG', description: 'Allegation (section 47 enquiry)' },
  { code: 'STAND', description: 'Concerns about the standard of care' },
  { code: 'APPRR', description: 'Approval removed' },
  { code: 'CREQB', description: 'Carer requests placement end due to the child’s behaviour' },
  { code: 'CREQO', description: 'Carer requests placement end, other than due to the child’s behaviour' },
  { code: 'CHILD', description: 'Child requests placement end' },
  { code: 'LAREQ', description: 'Responsible or area authority requests placement end' },
  { code: 'PLACE', description: 'Change in the status of the placement only' },
  { code: 'CUSTOD', description: 'Custody arrangement' },
  { code: 'OTHER', description: 'Other' },
] as const

/** REVIEW_CODE: how the child took part in their review. */
export const reviewParticipation = [
  { code: 'PN0', description: 'Child aged under 4 at the time of the review' },
  { code: 'PN1', description: 'Child physically attends and speaks for themselves' },
  { code: 'PN2', description: 'Child physically attends and an advocate speaks on their behalf' },
  { code: 'PN3', description: 'Child attends and conveys their view symbolically (non-verbally)' },
  { code: 'PN4', description: 'Child physically attends but does not speak for themselves, does not convey their view symbolically and does not ask an advocate to speak for them' },
  { code: 'PN5', description: 'Child does not attend physically but briefs an advocate to speak for them' },
  { code: 'PN6', description: 'Child does not attend but conveys their feelings to the review by a facilitative medium' },
  { code: 'PN7', description: 'Child does not attend nor are their views conveyed to the review' },
] as const

export const missingKinds = [
  { code: 'M', description: 'Missing: whereabouts unknown' },
  { code: 'A', description: 'Away from placement without authorisation: whereabouts known' },
] as const

export const sdqReasons = [
  { code: 'SDQ1', description: 'No form returned as child was aged under 4 or over 17 at date of latest assessment' },
  { code: 'SDQ2', description: 'Carer(s) refused to complete and return questionnaire' },
  { code: 'SDQ3', description: 'Not possible to complete the questionnaire due to severity of the child’s disability' },
  { code: 'SDQ4', description: 'Other' },
  { code: 'SDQ5', description: 'Child or young person refuses to allow an SDQ to be completed' },
] as const

/** OC3 IN_TOUCH. */
export const inTouchCodes = [
  { code: 'YES', description: 'Yes' },
  { code: 'NO', description: 'No' },
  { code: 'DIED', description: 'Young person has died' },
  { code: 'REFU', description: 'Young person refuses contact' },
  { code: 'NREQ', description: 'Young person no longer requires services' },
  { code: 'RHOM', description: 'Young person has returned home to parents for at least 6 months' },
] as const

/** OC3 ACTIV: full (F) or part (P) time in higher education (1), other education (2), employment (4) or training (5); NEET (G4–G6). */
export const activityCodes = [
  { code: 'F1', description: 'Full-time in higher education' },
  { code: 'P1', description: 'Part-time in higher education' },
  { code: 'F2', description: 'Full-time in education other than higher education' },
  { code: 'P2', description: 'Part-time in education other than higher education' },
  { code: 'F4', description: 'Full-time in employment' },
  { code: 'P4', description: 'Part-time in employment' },
  { code: 'F5', description: 'Full-time in training or an apprenticeship' },
  { code: 'P5', description: 'Part-time in training or an apprenticeship' },
  { code: 'G4', description: 'Not in education, employment or training: illness or disability' },
  { code: 'G5', description: 'Not in education, employment or training: other reasons' },
  { code: 'G6', description: 'Not in education, employment or training: pregnancy or parenting' },
  { code: '0', description: 'Information not known' },
] as const

const accommodationKinds = [
  ['B', 'With parents or relatives'],
  ['C', 'Community home or other form of residential care'],
  ['D', 'Semi-independent, transitional accommodation'],
  ['E', 'Supported lodgings'],
  ['G', 'Gone abroad'],
  ['H', 'Deported'],
  ['K', 'Ordinary lodgings, without formal support'],
  ['R', 'Residence not known'],
  ['S', 'No fixed abode or homeless'],
  ['T', 'Foyers and similar supported accommodation'],
  ['U', 'Independent living'],
  ['V', 'Emergency accommodation'],
  ['W', 'Bed and breakfast'],
  ['X', 'In custody'],
  ['Y', 'Other accommodation'],
  ['Z', 'With former foster carers'],
] as const

/** OC3 ACCOM: the kind of accommodation, then 1 if it is suitable or 2 if not; 0 when not known. */
export const accommodationCodes: readonly CodeEntry[] = [
  ...accommodationKinds.flatMap(([k, d]) => [
    { code: `${k}1`, description: `${d}: suitable` },
    { code: `${k}2`, description: `${d}: not suitable` },
  ]),
  { code: '0', description: 'Information not known' },
]

export const adopterSexes = [
  { code: 'M1', description: 'Single male' },
  { code: 'F1', description: 'Single female' },
  { code: 'MM', description: 'Male couple' },
  { code: 'FF', description: 'Female couple' },
  { code: 'MF', description: 'Male and female couple' },
] as const

export const adopterLegalStatuses = [
  { code: 'L0', description: 'Single' },
  { code: 'L11', description: 'Married, different sex' },
  { code: 'L12', description: 'Married, same sex' },
  { code: 'L2', description: 'Civil partnership' },
  { code: 'L3', description: 'Unmarried couple, different sex' },
  { code: 'L4', description: 'Unmarried couple, same sex' },
] as const

export const reasonsPlacedCeased = [
  { code: 'RD1', description: 'The child’s needs changed subsequent to the decision' },
  { code: 'RD2', description: 'The court did not make a placement order' },
  { code: 'RD3', description: 'Prospective adopters could not be found' },
  { code: 'RD4', description: 'Any other reason' },
] as const

export const previousPermanenceOrders = [
  { code: 'P1', description: 'Adoption' },
  { code: 'P2', description: 'Special guardianship order' },
  { code: 'P3', description: 'Residence order or child arrangements order' },
  { code: 'P4', description: 'Previous permanence order, type not known' },
  { code: 'Z1', description: 'No previous permanence order' },
] as const

/** SW_REASON: why the child’s social worker changed (SWEpisodes, from 2023-24). */
export const socialWorkerChangeReasons = [
  { code: 'MANAGE', description: 'Management decision' },
  { code: 'FCONTA', description: 'Family requested change or complaint' },
  { code: 'LEFTRL', description: 'Social worker left the role' },
  { code: 'ORGRST', description: 'Organisational restructure' },
  { code: 'TSPROC', description: 'Transfer between teams as part of the process' },
  { code: 'ABSENC', description: 'Social worker absence' },
  { code: 'CHCHAN', description: 'Change in the child’s circumstances' },
  { code: 'PCCHAN', description: 'Change in the child’s placement' },
  { code: 'SWDIED', description: 'Social worker died' },
  { code: 'OTHERS', description: 'Other' },
] as const

/** Cairn's own lists for the care record. */
export const permanencePlanKinds = [
  { code: 'RETURN_HOME', description: 'Return to birth family' },
  { code: 'FAMILY_AND_FRIENDS', description: 'Living with family and friends (connected persons)' },
  { code: 'SGO', description: 'Special guardianship order' },
  { code: 'CAO', description: 'Child arrangements order' },
  { code: 'ADOPTION', description: 'Adoption' },
  { code: 'LONG_TERM_FOSTERING', description: 'Long-term fostering' },
  { code: 'RESIDENTIAL', description: 'Long-term residential care' },
  { code: 'INDEPENDENCE', description: 'Supported independence' },
] as const
