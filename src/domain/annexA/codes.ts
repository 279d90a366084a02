/**
 * Annex A code labels, written from the liia-tools Annex A data map (standards/liia-tools/data-map.yml)
 * and the SSD Annex A script's current labels (research/standards.md §3). Each map takes Cairn's own
 * code (the CIN census or SSDA903 code it stores) to the label the Ofsted workbook shows. A code with
 * no label is shown as stored, so nothing is silently dropped.
 */
export type CodeLabels = Readonly<Record<string, string>>

export const genderLabels: CodeLabels = { M: 'a) Male', F: 'b) Female', U: 'c) Not stated/recorded' }

const ethnicityOrder = [
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
]
/** a) WBRI … s) REFU, t) NOBT (the SSD script's current lettering; the older data map letters both s). */
export const ethnicityLabels: CodeLabels = Object.fromEntries(
  ethnicityOrder.map((c, i) => [c, `${String.fromCharCode(97 + i)}) ${c}`]),
)

/** Contact and referral source (CIN census ReferralSource), with 5D as the SSD script letters it. */
export const sourceLabels: CodeLabels = {
  '1A': 'a) 1A: Individual',
  '1B': 'b) 1B: Individual',
  '1C': 'c) 1C: Individual',
  '1D': 'd) 1D: Individual',
  '2A': 'e) 2A: Schools',
  '2B': 'f) 2B: Education services',
  '3A': 'g) 3A: Health services',
  '3B': 'h) 3B: Health services',
  '3C': 'i) 3C: Health services',
  '3D': 'j) 3D: Health services',
  '3E': 'k) 3E: Health services',
  '3F': 'l) 3F: Health services',
  '4': 'm) 4: Housing',
  '5A': 'n) 5A: LA services',
  '5B': 'o) 5B: LA services',
  '5C': 'p) 5C: LA services',
  '5D': 'p1) 5D: LA services',
  '6': 'q) 6: Police',
  '7': 'r) 7: Other legal agency',
  '8': 's) 8: Other',
  '9': 't) 9: Anonymous',
  '10': 'u) 10: Unknown',
}

export const yes = 'a) Yes'
export const no = 'b) No'

export const needLabels: CodeLabels = {
  N1: 'N1 - Abuse or neglect',
  N2: "N2 - Child's disability",
  N3: 'N3 - Parental disability or illness',
  N4: 'N4 - Family in acute stress',
  N5: 'N5 - Family dysfunction',
  N6: 'N6 - Socially unacceptable behaviour',
  N7: 'N7 - Low income',
  N8: 'N8 - Absent parenting',
  N9: 'N9 - Cases other than children in need',
  N0: 'N0 - Not stated',
}

export const closureLabels: CodeLabels = {
  RC1: 'RC1 - Adopted',
  RC2: 'RC2 - Died',
  RC3: 'RC3 - Child arrangements order',
  RC4: 'RC4 - Special guardianship order',
  RC5: 'RC5 - Transferred to services of another local authority',
  RC6: 'RC6 - Transferred to adult social care services',
  RC7: 'RC7 - Services ceased for any other reason, including child no longer in need',
  RC8: 'RC8 - Case closed after assessment, no further action',
  RC9: 'RC9 - Case closed after assessment, referred to early help',
}

/** List 6 case status, highest first: the first that applies on the window's last day is shown. */
export const caseStatus = {
  looked_after: 'a) Looked after child',
  cp_plan: 'b) Child Protection plan',
  cin_plan: 'c) Child in need plan',
  open_assessment: 'd) Open assessment',
  closed: 'e) Closed episode',
} as const

export const abuseLabels: CodeLabels = {
  NEG: 'a) Neglect',
  PHY: 'b) Physical abuse',
  SAB: 'c) Sexual abuse',
  EMO: 'd) Emotional abuse',
  MUL: 'e) Multiple/not recommended',
}

export const legalStatusLabels: CodeLabels = {
  C1: 'C1: ICO',
  C2: 'C2: FCO',
  D1: 'D1: Freeing order',
  E1: 'E1: Placement order',
  V2: 'V2: Single period under S20',
  V3: 'V3: Short term breaks, episodes recorded',
  V4: 'V4: Short term breaks, agreements recorded',
  L1: 'L1: Police protection LA accommodation',
  L2: 'L2: EPO',
  L3: 'L3: Child assessment order LA accommodation',
  J1: 'J1: Remanded to LA or youth detention',
  J2: 'J2: LA accommodation under PACE',
  J3: 'J3: Youth rehabilitation order',
}

/** Cairn's permanence plan kinds on the Annex A list (SGO and CAO share a label; family and friends is "Other"). */
export const permanenceLabels: CodeLabels = {
  RETURN_HOME: 'a) Return to family',
  ADOPTION: 'b) Adoption',
  SGO: 'c) SGO/CAO',
  CAO: 'c) SGO/CAO',
  INDEPENDENCE: 'd) Supported living in the community',
  RESIDENTIAL: 'e) Long-term residential placement',
  LONG_TERM_FOSTERING: 'f) Long-term fostering',
  FAMILY_AND_FRIENDS: 'g) Other',
}

export const ceasedLabels: CodeLabels = {
  E11: 'a) E11: Adopted - application unopposed',
  E12: 'b) E12: Adopted - consent dispensed',
  E2: 'c) E2: Died',
  E3: 'd) E3: Care taken by another LA',
  E4A: 'e) E4A: Returned home to live with parents or relatives - part of planning',
  E4B: 'f) E4B: Returned home to live with parents or relatives - not part of planning',
  E13: 'g) E13: Parents, relatives or other with no parental responsibility',
  E41: 'h) E41: Residence order granted',
  E45: 'i) E45: Special Guardianship Orders - former carer relative/friend',
  E46: 'j) E46: Special Guardianship Orders - former carer other',
  E47: 'k) E47: Special Guardianship Orders - relative/friend',
  E48: 'l) E48: Special Guardianship Orders - other',
  E5: 'm) E5: Moved into independent living - supported',
  E6: 'n) E6: Moved into independent living - no support',
  E7: 'o) E7: Transferred to residential care funded by adult social services',
  E9: 'p) E9: Sentenced to custody',
  E14: 'q) E14: Accommodation on remand ended',
  E15: 'r) E15: Age assessment determined child was 18 or over',
  E16: 's) E16: Child moved abroad',
  E8: 't) E8: Care ceased for any other reason',
  E17: 'v) E17: Aged 18+ and remained with current carers',
}

export const placementTypeLabels: CodeLabels = {
  U1: 'a) U1: Foster placement - relatives - long term',
  U2: 'b) U2: Foster placement - relative - FFA',
  U3: 'c) U3: Foster placement - relative - not FFA',
  U4: 'd) U4: Foster placement - long term',
  U5: 'e) U5: Foster placement - FFA',
  U6: 'f) U6: Foster placement - not FFA',
  A3: 'g) A3: Placed for adoption - consent - current foster',
  A4: 'h) A4: Placed for adoption - consent - not foster',
  A5: 'i) A5: Placed for adoption - order - foster',
  A6: 'j) A6: Placed for adoption - order - not foster',
  P1: 'k) P1: Placed with parents',
  P2: 'l) P2: Independent living',
  P3: 'm) P3: Residential employment',
  H5: 'n) H5: Residential accommodation',
  K1: "o) K1: Secure Children's Homes",
  K2: "p) K2: Children's Homes",
  R1: 'q) R1: Residential Care Home',
  R2: 'r) R2: NHS/Health Trust',
  R3: 's) R3: Family Centre or Mother and Baby Unit',
  R5: 't) R5: Young Offender Institution',
  S1: 'u) S1: Residential school',
  Z1: 'v) Z1: Other placements',
  T0: 'w) T0: Temporary placement',
  T1: 'x) T1: Temporary placement - hospital',
  T2: 'y) T2: Temporary placement - holiday',
  T3: 'z) T3: Temporary placement - carer holiday',
  T4: 'zz) T4: Temporary placement - seven days or less',
}

export const providerLabels: CodeLabels = {
  PR0: 'a) PR0: Parents/Parental responsibility',
  PR1: 'b) PR1: Own provision',
  PR2: 'c) PR2: Other LA provision',
  PR3: 'd) PR3: Other public provision',
  PR4: 'e) PR4: Private provision',
  PR5: 'f) PR5: Voluntary/third sector',
}

export const eligibilityLabels: CodeLabels = {
  RELEVANT: 'a) Relevant child',
  FORMER_RELEVANT: 'b) Former relevant child',
  QUALIFYING: 'c) Qualifying care leaver',
  ELIGIBLE: 'd) Eligible child',
}

export const inTouchLabels: CodeLabels = {
  YES: 'a) Yes',
  NO: 'b) No',
  DIED: 'c) Died',
  REFU: 'd) Refu',
  NREQ: 'e) NREQ',
  RHOM: 'f) Rhom',
}

export const accommodationLabels: CodeLabels = {
  B: 'B: Parents/relatives',
  C: 'C: Community home/residential care',
  D: 'D: Semi-independent, transitional accommodation and self-contained accommodation',
  E: 'E: Supported lodgings',
  G: 'G: Abroad',
  H: 'H: Deported',
  K: 'K: Ordinary lodgings, without formal support',
  R: 'R: Residence not known',
  S: 'S: No fixed abode/homeless',
  T: 'T: Foyers and similar supported accommodation',
  U: 'U: Independent living',
  V: 'V: Emergency accommodation',
  W: 'W: Bed and breakfast',
  X: 'X: In custody',
  Y: 'Y: Other accommodation',
  Z: 'Z: With former foster carers',
}

export const suitabilityLabels: CodeLabels = { '1': 'a) Suitable', '2': 'b) Unsuitable' }

/** Annex A keeps F3/P3 for training or employment where the 903 splits it into F4/P4 and F5/P5. */
export const activityLabels: CodeLabels = {
  F1: 'F1: Full time in higher education',
  P1: 'P1: Part time in higher education',
  F2: 'F2: Full time in education other than higher',
  P2: 'P2: Part time in education other than higher',
  F4: 'F3: Full time in training or employment',
  F5: 'F3: Full time in training or employment',
  P4: 'P3: Part time in training or employment',
  P5: 'P3: Part time in training or employment',
  G4: 'G4: Not in education, employment or training - illness or disability',
  G5: 'G5: Not in education, employment or training - other',
  G6: 'G6: Not in education, employment or training - pregnancy or parenting',
}

export const reversalLabels: CodeLabels = {
  RD1: 'RD1 - The child’s needs changed subsequent to the decision',
  RD2: 'RD2 - The Court did not make a placement order',
  RD3: 'RD3 - Prospective adopters could not be found',
  RD4: 'RD4 - Any other reason',
}

/** The label for a code, or the code itself when the map has none; blank for none. */
export const labelOf = (labels: CodeLabels, code: string | null | undefined): string =>
  code == null || code === '' ? '' : (labels[code] ?? code)
