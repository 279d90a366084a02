import { describe, expect, it } from 'vitest'
import { csvCell, returnCsvFiles, tableCsv } from './csv.js'
import { emptyReturn, ssda903Columns, type Ssda903Return } from './tables.js'
import { returnXml } from './xml.js'
import { validate903Xml } from './xsd.js'
import { readFake } from './importFixtures.js'


const child = { CHILD: 'C0001', DOB: '14/03/2015' }
const sample: Ssda903Return = {
  ...emptyReturn(),
  Header: [{ CHILD: 'C0001', SEX: 'F', DOB: '14/03/2015', ETHNIC: 'WBRI', UPN: 'UN1', MOTHER: '', MC_DOB: '' }],
  Episodes: [
    { CHILD: 'C0001', DECOM: '10/06/2025', RNE: 'S', LS: 'V2', CIN: 'N1', PLACE: 'U6', PLACE_PROVIDER: 'PR1', DEC: '02/09/2025', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL', HOME_POST: 'LE2 2BB', PL_POST: 'LE1 1AA', URN: '' },
    { CHILD: 'C0001', DECOM: '02/09/2025', RNE: 'P', LS: 'V2', CIN: 'N1', PLACE: 'Z12', PLACE_PROVIDER: 'PR4', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: 'LE2 2BB', PL_POST: 'LE3 3CC', URN: 'SC123456' },
  ],
  Reviews: [{ ...child, REVIEW: '08/07/2025', REVIEW_CODE: 'PN1' }],
  UASC: [{ CHILD: 'C0001', SEX: 'F', DOB: '14/03/2015', DUC: '' }],
  Missing: [{ ...child, MISSING: 'M', MIS_START: '01/10/2025', MIS_END: '02/10/2025' }],
  PrevPerm: [{ ...child, PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' }],
  OC2: [{ ...child, SDQ_SCORE: '12', SDQ_REASON: '', CONVICTED: '0', HEALTH_CHECK: '', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '' }],
  PlacedAdoption: [{ ...child, DATE_PLACED: '01/02/2026', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' }],
  SWEpisodes: [{ ...child, SW_ID: 'SW123456', SW_DECOM: '05/01/2026', SW_DEC: '', SW_REASON: '' }],
}

describe('903 CSV files', () => {
  it('writes the DfE columns in order, one row per line, LF line ends like the DfE fake data', () => {
    const csv = tableCsv('Episodes', sample.Episodes)
    const lines = csv.split('\n')
    expect(lines[0]).toBe(ssda903Columns.Episodes.join(','))
    expect(lines[0]).toBe(readFake('episodes.csv').toString('utf8').split('\n')[0])
    expect(lines[2]).toBe('C0001,02/09/2025,P,V2,N1,Z12,PR4,,,,LE2 2BB,LE3 3CC,SC123456')
    expect(csv.endsWith('\n')).toBe(true)
    expect(csv).not.toContain('\r')
  })

  it('quotes commas, quotes and line breaks (RFC 4180) and defuses formula-looking cells', () => {
    expect(csvCell('LE1 1AA')).toBe('LE1 1AA')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvCell('@cmd')).toBe("'@cmd")
    expect(csvCell('-1,2')).toBe(`"'-1,2"`)
  })

  it('writes every table the year collects, with the DfE file names', () => {
    expect(returnCsvFiles(sample, 2026).map((f) => f.filename)).toEqual([
      'header.csv', 'episodes.csv', 'reviews.csv', 'uasc.csv', 'oc2.csv', 'oc3.csv', 'ad1.csv', 'placed_for_adoption.csv', 'previous_permanence.csv', 'missing.csv', 'sw_episodes.csv',
    ])
    expect(returnCsvFiles(sample, 2027).map((f) => f.table)).toContain('DoLo')
    expect(returnCsvFiles(sample, 2023).map((f) => f.table)).not.toContain('SWEpisodes')
    expect(returnCsvFiles(sample, 2026).find((f) => f.table === 'OC3')?.csv).toBe('CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n')
  })
})

describe('903 XML', () => {
  const xml = returnXml(sample)

  it('nests the child-level tables in HEADER and the episodes after it, with PL for PLACE', () => {
    expect(xml).toContain('<CHILD><HEADER><CHILDID>C0001</CHILDID><UPN>UN1</UPN><SEX>F</SEX><DOB>14/03/2015</DOB><ETHNIC>WBRI</ETHNIC><UASC>1</UASC><DUC />')
    expect(xml).toContain('<AMISSING><MISSING>M</MISSING><MIS_START>01/10/2025</MIS_START><MIS_END>02/10/2025</MIS_END></AMISSING><AREVIEW><REVIEW>08/07/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW><MOTHER /><MC_DOB /><PERMANENCE>')
    expect(xml).toContain('<EPISODE><DECOM>02/09/2025</DECOM><RNE>P</RNE><LS>V2</LS><CIN>N1</CIN><PL>Z12</PL><PL_POST>LE3 3CC</PL_POST><HOME_POST>LE2 2BB</HOME_POST><URN>SC123456</URN><PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE /></EPISODE>')
    expect(xml).not.toContain('SW123456')
  })

  it('escapes markup in values', () => {
    const odd = returnXml({ ...emptyReturn(), Header: [{ ...sample.Header[0]!, UPN: 'A&B<C' }] })
    expect(odd).toContain('<UPN>A&amp;B&lt;C</UPN>')
  })

  it('validates against the adapted schema, Z12 included', async () => {
    const result = await validate903Xml(xml)
    expect(result.findings).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('reports a schema error with its line for a bad file', async () => {
    const bad = returnXml({ ...sample, Episodes: [{ ...sample.Episodes[0]!, PLACE: 'Z123' }] })
    const result = await validate903Xml(bad)
    expect(result.valid).toBe(false)
    expect(result.findings[0]).toMatchObject({ line: 3 })
    expect(result.findings[0]?.message).toContain('PL')
  })
})

describe('the adapted CLA.xsd', () => {
  it("accepts the DfE validator's fake_903.xml", async () => {
    const result = await validate903Xml(readFake('fake_903.xml').toString('utf8'))
    expect(result.findings).toEqual([])
    expect(result.valid).toBe(true)
  })
})
