/**
 * Parses a CIN census XML file (Message > Header > Children > Child ...; research/standards.md
 * §1.3) into typed plain objects. Hostile input is refused before any parsing: a DOCTYPE or ENTITY
 * declaration (entity expansion and external entities), and files over a size cap. Entities are
 * never processed, values are never type-coerced (a UPN keeps its leading zeros), and both the
 * GenderCurrent (to 2023-24) and Sex (from 2024-25) formats are read.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { AppError } from '../../errors.js'
import { isIsoDate } from '../../domain/timescales/dates.js'
import { guardXml } from '../xmlGuard.js'
import type {
  Assessment,
  Census,
  CensusChild,
  CensusHeader,
  CinEpisode,
  CinPlan,
  CpPlan,
  PreProceedings,
  Section47,
} from './types.js'

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

export class CensusParseError extends AppError {
  constructor(message: string) {
    super(422, 'census_parse_error', message)
    this.name = 'CensusParseError'
  }
}

/** Elements that may repeat: always read as arrays, even when the file has only one. */
const REPEATING = new Set([
  'Source',
  'Child',
  'CINdetails',
  'Assessments',
  'AssessmentFactors',
  'CINPlanDates',
  'Section47',
  'ChildProtectionPlans',
  'Reviews',
  'CPPreviewDate',
  'Disability',
  'PreProceedingsandFGDM',
])

type Node = Record<string, unknown>

const asNode = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {})
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])

/** The trimmed text of an element (first occurrence), or null when absent or empty. */
function textOf(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v
  if (typeof first === 'string') return first.trim() === '' ? null : first.trim()
  if (first && typeof first === 'object') return textOf((first as Node)['#text'])
  return null
}

class Reader {
  readonly badDates: { path: string; value: string }[] = []
  text(node: Node, key: string): string | null {
    return textOf(node[key])
  }
  date(node: Node, key: string, path: string): string | null {
    const raw = textOf(node[key])
    if (raw === null) return null
    if (isIsoDate(raw)) return raw
    this.badDates.push({ path: `${path}/${key}`, value: raw })
    return null
  }
}

function readHeader(message: Node): CensusHeader {
  const header = asNode(message.Header)
  const details = asNode(header.CollectionDetails)
  const source = asNode(list(header.Source)[0])
  const t = (n: Node, k: string) => textOf(n[k])
  return {
    collection: t(details, 'Collection'),
    year: t(details, 'Year'),
    referenceDate: t(details, 'ReferenceDate'),
    sourceLevel: t(source, 'SourceLevel'),
    lea: t(source, 'LEA'),
    softwareCode: t(source, 'SoftwareCode'),
    release: t(source, 'Release'),
    serialNo: t(source, 'SerialNo'),
    dateTime: t(source, 'DateTime'),
  }
}

function readEpisode(r: Reader, node: Node, position: number, path: string): CinEpisode {
  const at = `${path}/CINdetails[${position}]`
  const assessments: Assessment[] = list(node.Assessments).map((v, i) => {
    const a = asNode(v)
    const p = `${at}/Assessments[${i + 1}]`
    const factors = list(asNode(a.FactorsIdentifiedAtAssessment).AssessmentFactors)
      .map(textOf)
      .filter((f): f is string => f !== null)
    return {
      position: i + 1,
      startDate: r.date(a, 'AssessmentActualStartDate', p),
      internalReviewDate: r.date(a, 'AssessmentInternalReviewDate', p),
      authorisationDate: r.date(a, 'AssessmentAuthorisationDate', p),
      factors,
    }
  })
  const cinPlans: CinPlan[] = list(node.CINPlanDates).map((v, i) => {
    const c = asNode(v)
    const p = `${at}/CINPlanDates[${i + 1}]`
    return {
      position: i + 1,
      startDate: r.date(c, 'CINPlanStartDate', p),
      endDate: r.date(c, 'CINPlanEndDate', p),
    }
  })
  const section47s: Section47[] = list(node.Section47).map((v, i) => {
    const s = asNode(v)
    const p = `${at}/Section47[${i + 1}]`
    return {
      position: i + 1,
      startDate: r.date(s, 'S47ActualStartDate', p),
      icpcTarget: r.date(s, 'InitialCPCtarget', p),
      icpcDate: r.date(s, 'DateOfInitialCPC', p),
      icpcNotRequired: r.text(s, 'ICPCnotRequired'),
    }
  })
  const cpPlans: CpPlan[] = list(node.ChildProtectionPlans).map((v, i) => {
    const c = asNode(v)
    const p = `${at}/ChildProtectionPlans[${i + 1}]`
    // The XSD allows several CPPreviewDate inside one Reviews; older files repeat Reviews.
    const reviews = list(c.Reviews)
      .flatMap((rv) => list(asNode(rv).CPPreviewDate).map(textOf))
      .map((raw, j) => {
        if (raw !== null && !isIsoDate(raw))
          r.badDates.push({ path: `${p}/Reviews/CPPreviewDate[${j + 1}]`, value: raw })
        return { position: j + 1, date: raw !== null && isIsoDate(raw) ? raw : null }
      })
    return {
      position: i + 1,
      startDate: r.date(c, 'CPPstartDate', p),
      endDate: r.date(c, 'CPPendDate', p),
      initialCategory: r.text(c, 'InitialCategoryOfAbuse'),
      latestCategory: r.text(c, 'LatestCategoryOfAbuse'),
      numberOfPreviousCpp: r.text(c, 'NumberOfPreviousCPP'),
      reviews,
    }
  })
  const preProceedings: PreProceedings[] = list(node.PreProceedingsandFGDM).map((v, i) => {
    const n = asNode(v)
    const p = `${at}/PreProceedingsandFGDM[${i + 1}]`
    return {
      position: i + 1,
      ppStartDate: r.date(n, 'PPStartDate', p),
      lbpSentDate: r.date(n, 'LBPSentDate', p),
      fgdmMeetingOffer: r.text(n, 'FGDMMeetingOffer'),
      fgdmMeetingFac: r.text(n, 'FGDMMeetingFac'),
      initialPpMeetingDate: r.date(n, 'InitialPPMeetingDate', p),
      reviewMeetingsCount: r.text(n, 'ReviewMeetingsCount'),
      stepDecisionDate: r.date(n, 'StepDecisionDate', p),
      ppOutcome: r.text(n, 'PPOutcome'),
      courtAppDate: r.date(n, 'CourtAppDate', p),
      letterInitCpDate: r.date(n, 'LetterInitCPDate', p),
    }
  })
  return {
    position,
    referralDate: r.date(node, 'CINreferralDate', at),
    referralSource: r.text(node, 'ReferralSource'),
    primaryNeedCode: r.text(node, 'PrimaryNeedCode'),
    closureDate: r.date(node, 'CINclosureDate', at),
    reasonForClosure: r.text(node, 'ReasonForClosure'),
    dateOfInitialCpc: r.date(node, 'DateOfInitialCPC', at),
    referralNfa: r.text(node, 'ReferralNFA'),
    assessments,
    cinPlans,
    section47s,
    cpPlans,
    preProceedings,
  }
}

function readChild(node: Node, position: number): CensusChild {
  const r = new Reader()
  const path = `Child[${position}]`
  const ids = asNode(node.ChildIdentifiers)
  const chars = asNode(node.ChildCharacteristics)
  const idPath = `${path}/ChildIdentifiers`
  return {
    position,
    laChildId: r.text(ids, 'LAchildID'),
    upn: r.text(ids, 'UPN'),
    formerUpn: r.text(ids, 'FormerUPN'),
    upnUnknown: r.text(ids, 'UPNunknown'),
    birthDate: r.date(ids, 'PersonBirthDate', idPath),
    expectedBirthDate: r.date(ids, 'ExpectedPersonBirthDate', idPath),
    genderCurrent: r.text(ids, 'GenderCurrent'),
    sex: r.text(ids, 'Sex'),
    deathDate: r.date(ids, 'PersonDeathDate', idPath),
    ethnicity: r.text(chars, 'Ethnicity'),
    disabilities: list(asNode(chars.Disabilities).Disability)
      .map(textOf)
      .filter((d): d is string => d !== null),
    episodes: list(node.CINdetails).map((e, i) => readEpisode(r, asNode(e), i + 1, path)),
    badDates: r.badDates,
  }
}

export type ParseOptions = { readonly maxBytes?: number }

/** Parses a CIN census file. Throws CensusParseError with a message a person can act on. */
export function parseCensus(input: string | Uint8Array, options: ParseOptions = {}): Census {
  const guarded = guardXml(input, options.maxBytes ?? DEFAULT_MAX_BYTES, 'a CIN census file')
  if ('error' in guarded) throw new CensusParseError(guarded.error)
  const xml = guarded.xml
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw new CensusParseError(`The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`)
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    processEntities: false,
    trimValues: true,
    isArray: (name) => REPEATING.has(name),
  })
  const doc = asNode(parser.parse(xml))
  if (!('Message' in doc))
    throw new CensusParseError('The file is not a CIN census: its root element is not <Message>.')
  const message = asNode(doc.Message)
  if (!('Children' in message))
    throw new CensusParseError('The file has no <Children> element, so it holds no children.')
  const children = list(asNode(message.Children).Child).map((c, i) => readChild(asNode(c), i + 1))
  return { header: readHeader(message), children }
}
