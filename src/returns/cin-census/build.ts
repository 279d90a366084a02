/**
 * Builds the CIN census XML from typed plain objects (the shape `parse.ts` returns), so that
 * `parseCensus(buildCensusXml(x))` gives back x. Elements follow the order of the schema
 * (research/standards.md §1.3; DfE "Children in need census: guide", the XML structure section):
 * an absent (null) value is left out, never written empty, and repeating modules are written in
 * array order. Dates are already 'YYYY-MM-DD' (xs:date, as the guide requires).
 *
 * The child's sex is written as `Sex` (M/F/U, data item N00783) from 2024-25, and as
 * `GenderCurrent` (1 male, 2 female, 0 not known; N00065) for 2023-24 and earlier, as the guide
 * for each year specifies.
 */
import { XMLBuilder } from 'fast-xml-parser'
import type { Assessment, Census, CensusChild, CinEpisode, CinPlan, CpPlan, PreProceedings, Section47 } from './types.js'

export type BuildOptions = {
  /** '2023-24', '2024-25', '2025-26' or '2026-27': decides GenderCurrent versus Sex. */
  readonly collectionYear: string
  /** The DfE three-digit LA code (Header/Source/LEA). */
  readonly laCode: string
  /** The census reference date, 31 March of the year the collection ends (guide: Header). */
  readonly referenceDate: string
}

type XmlNode = Record<string, unknown>

/** The year in which the collection ends: '2025-26' → '2026' (guide: Header/CollectionDetails/Year). */
export const censusYearOf = (collectionYear: string): string => `${collectionYear.slice(0, 2)}${collectionYear.slice(5, 7)}`

/** From 2024-25 the guide replaces GenderCurrent with Sex. */
export const usesSex = (collectionYear: string): boolean => collectionYear >= '2024-25'

const sexToGender: Record<string, string> = { M: '1', F: '2', U: '0' }
const genderToSex: Record<string, string> = { '1': 'M', '2': 'F', '0': 'U', '9': 'U' }

/** Keeps only the present values, in the given (schema) order. */
function el(pairs: [string, unknown][]): XmlNode {
  const node: XmlNode = {}
  for (const [key, value] of pairs) {
    if (value === null || value === undefined) continue
    if (Array.isArray(value) && value.length === 0) continue
    node[key] = value
  }
  return node
}

const assessment = (a: Assessment): XmlNode =>
  el([
    ['AssessmentActualStartDate', a.startDate],
    ['AssessmentInternalReviewDate', a.internalReviewDate],
    ['AssessmentAuthorisationDate', a.authorisationDate],
    ['FactorsIdentifiedAtAssessment', a.factors.length ? { AssessmentFactors: [...a.factors] } : null],
  ])

const cinPlan = (p: CinPlan): XmlNode =>
  el([
    ['CINPlanStartDate', p.startDate],
    ['CINPlanEndDate', p.endDate],
  ])

const section47 = (s: Section47): XmlNode =>
  el([
    ['S47ActualStartDate', s.startDate],
    ['InitialCPCtarget', s.icpcTarget],
    ['DateOfInitialCPC', s.icpcDate],
    ['ICPCnotRequired', s.icpcNotRequired],
  ])

/** The XSD allows several CPPreviewDate inside one Reviews element (research/standards.md §1.3 quirk). */
function cpPlan(p: CpPlan): XmlNode {
  const reviewDates = p.reviews.map((r) => r.date).filter((d): d is string => d !== null)
  return el([
    ['CPPstartDate', p.startDate],
    ['CPPendDate', p.endDate],
    ['InitialCategoryOfAbuse', p.initialCategory],
    ['LatestCategoryOfAbuse', p.latestCategory],
    ['NumberOfPreviousCPP', p.numberOfPreviousCpp],
    ['Reviews', reviewDates.length ? { CPPreviewDate: reviewDates } : null],
  ])
}

/** The 2026-27 module 5 (guide 2026-27: PreProceedingsandFGDM), after ChildProtectionPlans. */
const preProceedings = (p: PreProceedings): XmlNode =>
  el([
    ['PPStartDate', p.ppStartDate],
    ['LBPSentDate', p.lbpSentDate],
    ['FGDMMeetingOffer', p.fgdmMeetingOffer],
    ['FGDMMeetingFac', p.fgdmMeetingFac],
    ['InitialPPMeetingDate', p.initialPpMeetingDate],
    ['ReviewMeetingsCount', p.reviewMeetingsCount],
    ['StepDecisionDate', p.stepDecisionDate],
    ['PPOutcome', p.ppOutcome],
    ['CourtAppDate', p.courtAppDate],
    ['LetterInitCPDate', p.letterInitCpDate],
  ])

/** CINdetails: ReferralNFA sits after Section47 and before ChildProtectionPlans (XSD sequence). */
const episode = (e: CinEpisode): XmlNode =>
  el([
    ['CINreferralDate', e.referralDate],
    ['ReferralSource', e.referralSource],
    ['PrimaryNeedCode', e.primaryNeedCode],
    ['CINclosureDate', e.closureDate],
    ['ReasonForClosure', e.reasonForClosure],
    ['DateOfInitialCPC', e.dateOfInitialCpc],
    ['Assessments', e.assessments.map(assessment)],
    ['CINPlanDates', e.cinPlans.map(cinPlan)],
    ['Section47', e.section47s.map(section47)],
    ['ReferralNFA', e.referralNfa],
    ['ChildProtectionPlans', e.cpPlans.map(cpPlan)],
    ['PreProceedingsandFGDM', e.preProceedings.map(preProceedings)],
  ])

function child(c: CensusChild, sexFormat: boolean): XmlNode {
  const sex = sexFormat ? (c.sex ?? genderToSex[c.genderCurrent ?? ''] ?? null) : null
  const gender = sexFormat ? null : (c.genderCurrent ?? sexToGender[c.sex ?? ''] ?? null)
  return el([
    [
      'ChildIdentifiers',
      el([
        ['LAchildID', c.laChildId],
        ['UPN', c.upn],
        ['FormerUPN', c.formerUpn],
        ['UPNunknown', c.upnUnknown],
        ['PersonBirthDate', c.birthDate],
        ['ExpectedPersonBirthDate', c.expectedBirthDate],
        ['GenderCurrent', gender],
        ['Sex', sex],
        ['PersonDeathDate', c.deathDate],
      ]),
    ],
    [
      'ChildCharacteristics',
      el([
        ['Ethnicity', c.ethnicity],
        ['Disabilities', c.disabilities.length ? { Disability: [...c.disabilities] } : null],
      ]),
    ],
    ['CINdetails', c.episodes.map(episode)],
  ])
}

/**
 * The whole return. The header's Year comes from the data (else the collection year), while the
 * LA code and reference date are the options given for this return.
 */
export function buildCensusXml(data: Census, options: BuildOptions): string {
  const h = data.header
  const message = {
    Header: {
      CollectionDetails: el([
        ['Collection', h.collection ?? 'CIN'],
        ['Year', h.year ?? censusYearOf(options.collectionYear)],
        ['ReferenceDate', options.referenceDate],
      ]),
      Source: el([
        ['SourceLevel', h.sourceLevel ?? 'L'],
        ['LEA', options.laCode],
        ['SoftwareCode', h.softwareCode],
        ['Release', h.release],
        ['SerialNo', h.serialNo],
        ['DateTime', h.dateTime],
      ]),
    },
    Children: { Child: data.children.map((c) => child(c, usesSex(options.collectionYear))) },
  }
  const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false, processEntities: true })
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ Message: message }) as string}`
}
