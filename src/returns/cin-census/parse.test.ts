import { describe, expect, it } from 'vitest'
import { fixtureFiles, readFixture } from './fixtures.js'
import { CensusParseError, parseCensus } from './parse.js'

const tiny = (identifiers: string, episode = '<ReferralNFA>false</ReferralNFA>') =>
  `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>` +
  `<Children><Child><ChildIdentifiers>${identifiers}</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>` +
  `<CINdetails><CINreferralDate>2025-06-02</CINreferralDate>${episode}</CINdetails></Child></Children></Message>`

describe('parseCensus', () => {
  it('reads the 332 children of fake_CIN_data.xml (GenderCurrent format)', () => {
    const census = parseCensus(readFixture(fixtureFiles[0]))
    expect(census.children).toHaveLength(332)
    expect(census.header).toMatchObject({ year: '2022', referenceDate: '2022-07-21', lea: '975' })
    const first = census.children[0]
    expect(first).toMatchObject({
      laChildId: 'RND000215205141',
      upn: 'A850728973744',
      genderCurrent: '1',
      sex: null,
    })
    expect(first?.episodes[0]).toMatchObject({
      position: 1,
      referralDate: '2020-07-13',
      referralSource: '4',
      referralNfa: 'true',
    })
  })

  it('reads the 2024-25 Sex format and every module, keeping positions', () => {
    const [a, b] = parseCensus(readFixture(fixtureFiles[1])).children
    expect(a).toMatchObject({
      laChildId: 'DfEX0000001',
      sex: '1',
      upnUnknown: 'UN3',
      disabilities: ['HAND', 'HEAR'],
    })
    const e = a?.episodes[0]
    expect(e?.assessments[0]?.factors).toEqual(['1C', 'RB', '6B'])
    expect(e?.section47s[0]).toMatchObject({ position: 1, icpcDate: '2022-06-17', icpcNotRequired: 'false' })
    expect(e?.cpPlans[0]).toMatchObject({
      numberOfPreviousCpp: '10',
      reviews: [{ position: 1, date: '2023-02-15' }],
    })
    expect(b).toMatchObject({ laChildId: 'child_fails_assessments', sex: 'M', position: 2 })
    expect(b?.episodes[0]?.assessments[0]?.factors).toEqual([])
  })

  it('reads the 2026-27 pre-proceedings module', () => {
    const pp = parseCensus(readFixture(fixtureFiles[2])).children[0]?.episodes[0]?.preProceedings
    expect(pp).toEqual([
      expect.objectContaining({ ppStartDate: '2026-09-09', ppOutcome: 'A', reviewMeetingsCount: '3' }),
    ])
  })

  it('keeps leading zeros and lists dates it cannot read', () => {
    const c = parseCensus(
      tiny('<LAchildID>007</LAchildID><PersonBirthDate>31/12/2015</PersonBirthDate><Sex>F</Sex>'),
    ).children[0]
    expect(c?.laChildId).toBe('007')
    expect(c?.birthDate).toBeNull()
    expect(c?.badDates).toEqual([{ path: 'Child[1]/ChildIdentifiers/PersonBirthDate', value: '31/12/2015' }])
  })

  it('refuses a DOCTYPE or ENTITY declaration with a clear message', () => {
    const billion = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><Message>&lol;</Message>'
    expect(() => parseCensus(billion)).toThrow(CensusParseError)
    expect(() => parseCensus(billion)).toThrow(/DOCTYPE or ENTITY/)
    expect(() => parseCensus('<Message><!ENTITY x SYSTEM "file:///etc/passwd"></Message>')).toThrow(
      /refused for safety/,
    )
  })

  it('refuses a file over the size cap before reading it', () => {
    expect(() => parseCensus(tiny('<LAchildID>1</LAchildID>'), { maxBytes: 100 })).toThrow(
      /over the 0 MB limit|limit/,
    )
    const big = Buffer.alloc(51 * 1024 * 1024, 0x20)
    expect(() => parseCensus(big)).toThrow(/51\.0 MB, over the 50 MB limit/)
  })

  it('reports malformed XML and a file that is not a census', () => {
    expect(() => parseCensus('<Message><Children></Message>')).toThrow(/not well-formed XML/)
    expect(() => parseCensus('<Other/>')).toThrow(/root element is not <Message>/)
    expect(() => parseCensus('<Message><Header/></Message>')).toThrow(/no <Children>/)
  })
})
