/**
 * The CIN census as typed plain objects (research/standards.md §1.3). Every value is kept as the
 * text the file gave (trimmed), or null when the element is absent or empty, so the validation
 * rules can report bad codes rather than losing them. Dates are 'YYYY-MM-DD' strings; a date the
 * file gave in any other form is null here and listed in `CensusChild.badDates`.
 * `position` is the 1-based index of the element among its siblings, for reporting.
 */
export type CensusHeader = {
  readonly collection: string | null
  readonly year: string | null
  readonly referenceDate: string | null
  readonly sourceLevel: string | null
  readonly lea: string | null
  readonly softwareCode: string | null
  readonly release: string | null
  readonly serialNo: string | null
  readonly dateTime: string | null
}

export type Assessment = {
  readonly position: number
  readonly startDate: string | null
  readonly internalReviewDate: string | null
  readonly authorisationDate: string | null
  /** The AssessmentFactors codes, in file order; empty when none were given. */
  readonly factors: readonly string[]
}

export type CinPlan = {
  readonly position: number
  readonly startDate: string | null
  readonly endDate: string | null
}

export type Section47 = {
  readonly position: number
  readonly startDate: string | null
  readonly icpcTarget: string | null
  readonly icpcDate: string | null
  /** Yes/no as given: true, false, 1 or 0 are valid (rule 8568's reading of the XSD boolean). */
  readonly icpcNotRequired: string | null
}

export type CpReview = { readonly position: number; readonly date: string | null }

export type CpPlan = {
  readonly position: number
  readonly startDate: string | null
  readonly endDate: string | null
  readonly initialCategory: string | null
  readonly latestCategory: string | null
  readonly numberOfPreviousCpp: string | null
  readonly reviews: readonly CpReview[]
}

/** The 2026-27 "module 5" (PreProceedingsandFGDM); validated from 2026-27 (rules/preProceedings.ts). */
export type PreProceedings = {
  readonly position: number
  readonly ppStartDate: string | null
  readonly lbpSentDate: string | null
  readonly fgdmMeetingOffer: string | null
  readonly fgdmMeetingFac: string | null
  readonly initialPpMeetingDate: string | null
  readonly reviewMeetingsCount: string | null
  readonly stepDecisionDate: string | null
  readonly ppOutcome: string | null
  readonly courtAppDate: string | null
  readonly letterInitCpDate: string | null
}

export type CinEpisode = {
  readonly position: number
  readonly referralDate: string | null
  readonly referralSource: string | null
  readonly primaryNeedCode: string | null
  readonly closureDate: string | null
  readonly reasonForClosure: string | null
  readonly dateOfInitialCpc: string | null
  readonly referralNfa: string | null
  readonly assessments: readonly Assessment[]
  readonly cinPlans: readonly CinPlan[]
  readonly section47s: readonly Section47[]
  readonly cpPlans: readonly CpPlan[]
  readonly preProceedings: readonly PreProceedings[]
}

export type CensusChild = {
  readonly position: number
  readonly laChildId: string | null
  readonly upn: string | null
  readonly formerUpn: string | null
  readonly upnUnknown: string | null
  readonly birthDate: string | null
  readonly expectedBirthDate: string | null
  /** GenderCurrent (0/1/2/9), the format up to 2023-24. */
  readonly genderCurrent: string | null
  /** Sex (M/F/U), the format from 2024-25. */
  readonly sex: string | null
  readonly deathDate: string | null
  readonly ethnicity: string | null
  readonly disabilities: readonly string[]
  readonly episodes: readonly CinEpisode[]
  /** Date elements whose text was not a calendar date: element path and the text given. */
  readonly badDates: readonly { readonly path: string; readonly value: string }[]
}

export type Census = { readonly header: CensusHeader; readonly children: readonly CensusChild[] }
