import { describe, expect, it } from 'vitest'
import { assembleCensus, periodOf, type CohortRows } from './extract.js'

const child = { childId: 'c1', childRef: 'ABCDE12345', upn: null, upnUnknownReason: 'UN2', dateOfBirth: '2015-01-01', expectedDateOfBirth: null, sex: 'M', ethnicity: 'WBRI', disability: 'NONE' }
const episode = { ...child, episodeId: 'e1', startDate: '2025-05-01', endDate: '2026-04-10', closureReason: 'RC7', referralDate: '2025-05-01', referralSource: '1A', primaryNeed: 'N2' }
const rows: CohortRows = {
  episodes: [episode, { ...episode, referralDate: '2025-06-01' }],
  assessments: [
    { episodeId: 'e1', startDate: '2025-05-02', internalReviewOn: null, authorisedOn: '2026-04-02', factors: ['21'] },
    { episodeId: 'e1', startDate: '2026-04-05', internalReviewOn: null, authorisedOn: null, factors: [] },
  ],
  section47s: [{ id: 's1', episodeId: 'e1', startDate: '2025-06-02', icpcTargetOn: '2025-06-20', outcome: 'NOT_SUBSTANTIATED', notConvenedRequestedAt: null }],
  conferences: [{ episodeId: 'e1', kind: 'ICPC', s47Id: null, heldOn: '2025-07-01' }, { episodeId: 'e1', kind: 'RCPC', s47Id: null, heldOn: '2025-10-01' }],
  cpPlans: [
    { childId: 'c1', episodeId: 'old', startDate: '2020-01-01', endDate: '2020-06-01', initialCategory: 'EMO', latestCategory: 'EMO' },
    { childId: 'c1', episodeId: 'e1', startDate: '2025-07-01', endDate: null, initialCategory: 'NEG', latestCategory: 'PHY' },
  ],
}

describe('assembleCensus', () => {
  const census = assembleCensus(rows, { collectionYear: '2025-26', laCode: '856', now: new Date('2026-05-01T09:00:00Z') })

  it('takes the period from 1 April to the 31 March reference date', () => {
    expect(periodOf('2026-03-31')).toEqual({ start: '2025-04-01', end: '2026-03-31' })
    expect(census.header).toMatchObject({ year: '2026', referenceDate: '2026-03-31', lea: '856', dateTime: '2026-05-01T09:00:00' })
  })

  it('maps one CINdetails per episode, from the referral that opened it, and nothing after the reference date', () => {
    const [c] = census.children
    expect(c).toMatchObject({ laChildId: 'ABCDE12345', upnUnknown: 'UN2', sex: 'M', genderCurrent: null, disabilities: ['NONE'] })
    expect(c?.episodes).toHaveLength(1)
    const e = c!.episodes[0]!
    expect(e).toMatchObject({ referralDate: '2025-05-01', referralSource: '1A', primaryNeedCode: 'N2', closureDate: null, reasonForClosure: null, dateOfInitialCpc: '2025-07-01' })
    expect(e.assessments).toEqual([{ position: 1, startDate: '2025-05-02', internalReviewDate: null, authorisationDate: null, factors: [] }])
    expect(e.section47s).toEqual([{ position: 1, startDate: '2025-06-02', icpcTarget: '2025-06-20', icpcDate: null, icpcNotRequired: 'true' }])
    expect(e.cpPlans).toEqual([{ position: 1, startDate: '2025-07-01', endDate: null, initialCategory: 'NEG', latestCategory: 'PHY', numberOfPreviousCpp: '1', reviews: [{ position: 1, date: '2025-10-01' }] }])
  })

  it('writes GenderCurrent instead of Sex before 2024-25', () => {
    const old = assembleCensus(rows, { collectionYear: '2023-24', laCode: '856', now: new Date() })
    expect(old.children[0]).toMatchObject({ genderCurrent: '1', sex: null })
  })
})

describe('assembleCensus, 2026-27 module 5 (PreProceedingsandFGDM)', () => {
  const pp = { episodeId: 'e1', startDate: '2026-06-01', letterSentOn: '2026-06-04', fgdmOffered: true, fgdmFacilitated: false, stepDecisionOn: '2026-09-01', outcome: 'A', courtApplicationOn: '2026-09-10', letterInitiatingProceedingsOn: '2027-04-02', endDate: '2027-04-02', initialMeetingOn: '2026-06-15', reviewMeetings: 2 }
  const year = { ...rows, episodes: [{ ...episode, startDate: '2026-05-01', endDate: null, referralDate: '2026-05-01' }], assessments: [], section47s: [], conferences: [], cpPlans: [] }

  it('maps the module in element order, with review meetings counted and nothing after the reference date', () => {
    const census = assembleCensus({ ...year, preProceedings: [pp] }, { collectionYear: '2026-27', laCode: '856', now: new Date('2027-04-10T09:00:00Z') })
    expect(census.children[0]?.episodes[0]?.preProceedings).toEqual([
      { position: 1, ppStartDate: '2026-06-01', lbpSentDate: '2026-06-04', fgdmMeetingOffer: 'true', fgdmMeetingFac: 'false', initialPpMeetingDate: '2026-06-15', reviewMeetingsCount: '2', stepDecisionDate: '2026-09-01', ppOutcome: 'A', courtAppDate: '2026-09-10', letterInitCpDate: null },
    ])
  })

  it('leaves the FGDM answers and the outcome out until the letter and the decision are in the year', () => {
    const later = { ...pp, letterSentOn: '2027-04-01', stepDecisionOn: null, courtApplicationOn: null, letterInitiatingProceedingsOn: null, endDate: null, initialMeetingOn: null, reviewMeetings: 0 }
    const census = assembleCensus({ ...year, preProceedings: [later] }, { collectionYear: '2026-27', laCode: '856', now: new Date('2027-04-10T09:00:00Z') })
    expect(census.children[0]?.episodes[0]?.preProceedings[0]).toMatchObject({ lbpSentDate: null, fgdmMeetingOffer: null, fgdmMeetingFac: null, initialPpMeetingDate: null, reviewMeetingsCount: null, ppOutcome: null })
  })
})
