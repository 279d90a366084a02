/**
 * A tiny factory of valid 2025-26 census records for rule unit tests: `child()` passes every rule;
 * a test overrides the one thing it wants to break. Only tests import this file.
 */
import { withCheckLetter } from '../../domain/children/upn.js'
import { cinRules } from './rules/index.js'
import { validateCensus } from './validate.js'
import type {
  Assessment,
  Census,
  CensusChild,
  CensusHeader,
  CinEpisode,
  CinPlan,
  CpPlan,
  Section47,
} from './types.js'

export const header: CensusHeader = {
  collection: 'CIN',
  year: '2026',
  referenceDate: '2026-03-31',
  sourceLevel: 'L',
  lea: '201',
  softwareCode: 'Cairn',
  release: '1',
  serialNo: '001',
  dateTime: '2026-04-10T09:00:00',
}

export const assessment = (o: Partial<Assessment> = {}): Assessment => ({
  position: 1,
  startDate: '2025-06-03',
  internalReviewDate: null,
  authorisationDate: '2025-07-01',
  factors: ['3B'],
  ...o,
})

export const cinPlan = (o: Partial<CinPlan> = {}): CinPlan => ({
  position: 1,
  startDate: '2025-07-02',
  endDate: null,
  ...o,
})

export const s47 = (o: Partial<Section47> = {}): Section47 => ({
  position: 1,
  startDate: '2025-06-10',
  icpcTarget: '2025-07-01',
  icpcDate: '2025-07-01',
  icpcNotRequired: 'false',
  ...o,
})

export const cpPlan = (o: Partial<CpPlan> = {}): CpPlan => ({
  position: 1,
  startDate: '2025-07-01',
  endDate: null,
  initialCategory: 'NEG',
  latestCategory: 'NEG',
  numberOfPreviousCpp: '0',
  reviews: [{ position: 1, date: '2025-09-25' }],
  ...o,
})

export const episode = (o: Partial<CinEpisode> = {}): CinEpisode => ({
  position: 1,
  referralDate: '2025-06-02',
  referralSource: '1A',
  primaryNeedCode: 'N1',
  closureDate: null,
  reasonForClosure: null,
  dateOfInitialCpc: null,
  referralNfa: 'false',
  assessments: [assessment()],
  cinPlans: [cinPlan()],
  section47s: [],
  cpPlans: [],
  preProceedings: [],
  ...o,
})

export const validUpn = withCheckLetter('201000000001')

export const child = (o: Partial<CensusChild> = {}): CensusChild => ({
  position: 1,
  laChildId: 'C1',
  upn: validUpn,
  formerUpn: null,
  upnUnknown: null,
  birthDate: '2015-05-01',
  expectedBirthDate: null,
  genderCurrent: null,
  sex: 'F',
  deathDate: null,
  ethnicity: 'WBRI',
  disabilities: ['NONE'],
  episodes: [episode()],
  badDates: [],
  ...o,
})

/** A child on a CP plan after an S47 and ICPC (no CIN plan running alongside). */
export const cpChild = (o: Partial<CinEpisode> = {}): CensusChild =>
  child({ episodes: [episode({ cinPlans: [], section47s: [s47()], cpPlans: [cpPlan()], ...o })] })

/** A return of these children, renumbered so that default IDs and UPNs stay unique. */
export const census = (...children: CensusChild[]): Census => ({
  header,
  children: children.map((c, i) => ({
    ...c,
    position: i + 1,
    laChildId: c.laChildId === 'C1' ? `C${i + 1}` : c.laChildId,
    upn: c.upn === validUpn ? withCheckLetter(`2010000${String(i + 1).padStart(5, '0')}`) : c.upn,
  })),
})

type Input = CensusChild | Census
const asCensus = (x: Input): Census => ('children' in x ? x : census(x))

/** The codes of the findings one rule raises on a child or return. */
export function findingsOf(code: string, input: Input): string[] {
  const rule = cinRules.find((r) => r.code === code)
  if (!rule) throw new Error(`No rule ${code}`)
  return validateCensus(asCensus(input), { collectionYear: '2025-26', rules: [rule] }).map((f) => f.code)
}
