import { describe, expect, it } from 'vitest'
import { buildCensusXml } from './build.js'
import { fixtureFiles, readFixture } from './fixtures.js'
import { parseCensus } from './parse.js'
import type { Census } from './types.js'
import { validateAgainstXsd } from './xsd.js'

const fake = () => parseCensus(readFixture(fixtureFiles[0]))
const optionsFor = (census: Census, collectionYear = '2023-24') => ({
  collectionYear,
  laCode: census.header.lea ?? '',
  referenceDate: census.header.referenceDate ?? '',
})

describe('buildCensusXml', () => {
  it('round-trips fake_CIN_data.xml: parse → build → parse is equal, field by field', () => {
    const parsed = fake()
    const again = parseCensus(buildCensusXml(parsed, optionsFor(parsed)))
    expect(again.header).toEqual(parsed.header)
    expect(again.children).toHaveLength(parsed.children.length)
    parsed.children.forEach((child, i) => expect(again.children[i]).toEqual(child))
    expect(again).toEqual(parsed)
  })

  it('round-trips the 2024-25 Sex format and the 2026-27 pre-proceedings module', () => {
    for (const [file, year] of [[fixtureFiles[1], '2024-25'], [fixtureFiles[2], '2026-27']] as const) {
      const parsed = parseCensus(readFixture(file))
      const clean = { ...parsed, children: parsed.children.filter((c) => c.badDates.length === 0) }
      expect(parseCensus(buildCensusXml(clean, optionsFor(parsed, year)))).toEqual(clean)
    }
  })

  it('writes XML that is valid against the 2023-24 XSD', async () => {
    const parsed = fake()
    const result = await validateAgainstXsd(buildCensusXml(parsed, optionsFor(parsed)), '2023-24')
    expect(result.findings).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('writes Sex from 2024-25 and GenderCurrent for 2023-24, mapping one to the other', () => {
    const child = { ...fake().children[0]!, genderCurrent: null, sex: 'F' }
    const census: Census = { header: fake().header, children: [child] }
    const old = buildCensusXml(census, { collectionYear: '2023-24', laCode: '856', referenceDate: '2024-03-31' })
    expect(old).toContain('<GenderCurrent>2</GenderCurrent>')
    expect(old).not.toContain('<Sex>')
    const current = buildCensusXml({ ...census, children: [{ ...child, sex: null, genderCurrent: '1' }] }, { collectionYear: '2025-26', laCode: '856', referenceDate: '2026-03-31' })
    expect(current).toContain('<Sex>M</Sex>')
    expect(current).toContain('<LEA>856</LEA>')
    expect(current).toContain('<ReferenceDate>2026-03-31</ReferenceDate>')
  })

  it('escapes markup in text and leaves absent values out', () => {
    const child = { ...fake().children[0]!, laChildId: 'A<&>B', upn: null }
    const xml = buildCensusXml({ header: fake().header, children: [child] }, optionsFor(fake()))
    expect(xml).toContain('<LAchildID>A&lt;&amp;&gt;B</LAchildID>')
    expect(xml).not.toContain('<UPN>')
    // parse.ts never decodes entities (processEntities: false, for safety), so such text would
    // not round-trip; no census field allows these characters (LAchildID is alphanumeric).
  })
})
