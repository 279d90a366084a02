import { describe, expect, it } from 'vitest'
import { isDatePerm, isoOf, looksLikeFormula } from './importChecks.js'
import { parseCsvSet, readCsvRecords, tableOfColumns } from './parseCsv.js'
import { parseXmlReturn } from './parseXml.js'

const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n'

describe('SSDA903 CSV reading', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, CRLF or LF', () => {
    const { records, error } = readCsvRecords('a,"b,1","say ""hi"""\r\n"x\ny",2,\n\nlast,row,3')
    expect(error).toBeNull()
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b,1', 'say "hi"'] },
      { line: 2, fields: ['x\ny', '2', ''] },
      { line: 5, fields: ['last', 'row', '3'] },
    ])
    expect(readCsvRecords('a,"b\n').error).toMatch(/never closed/)
  })

  it('tells a table by its exact column set, in any order, and by nothing else', () => {
    expect(tableOfColumns(['DOB', 'CHILD', 'DUC', 'SEX'])).toBe('UASC')
    expect(tableOfColumns(['CHILD', 'SEX', 'DOB'])).toBeNull()
    expect(tableOfColumns(['CHILD', 'SEX', 'DOB', 'DUC', 'DUC'])).toBeNull()
  })

  it('reports a duplicate table, a file that is not UTF-8, a bad quote and a set with no Header', () => {
    const dup = parseCsvSet([{ name: 'a.csv', content: header }, { name: 'b.csv', content: header }])
    expect(dup.problems).toEqual([expect.objectContaining({ file: 'b.csv', row: 1, message: expect.stringMatching(/Header columns, as a\.csv does/) })])
    const latin1 = parseCsvSet([{ name: 'h.csv', content: Buffer.from([...Buffer.from(header), 0x41, 0xe9, 0x0a]) }])
    expect(latin1.problems[0]?.message).toMatch(/not UTF-8/)
    const quote = parseCsvSet([{ name: 'h.csv', content: `${header}"A1,1\n` }])
    expect(quote.problems[0]?.message).toMatch(/not a valid CSV file/)
    const noHeader = parseCsvSet([{ name: 'm.csv', content: 'CHILD,DOB,MISSING,MIS_START,MIS_END\n' }])
    expect(noHeader.problems[0]?.message).toMatch(/No file has the Header columns/)
  })
})

describe('SSDA903 value checks', () => {
  it('accepts only real DD/MM/YYYY dates, and a partly unknown DATE_PERM', () => {
    expect(isoOf('29/02/2016')).toBe('2016-02-29')
    expect(isoOf('29/02/2017')).toBeNull()
    expect(isoOf('2017-02-01')).toBeNull()
    expect(['zz/zz/2014', 'zz/05/2014', '01/05/2014'].map(isDatePerm)).toEqual([true, true, true])
    expect(['05/zz/2014', 'zz/13/2014', '31/02/2014', 'zz/zz/14'].map(isDatePerm)).toEqual([false, false, false, false])
  })

  it('treats a leading =, +, -, @, tab or carriage return as a formula (no 903 value is negative)', () => {
    expect(['=1+1', '+44', '-1', '@SUM(A1)', '\t=1'].map(looksLikeFormula)).toEqual([true, true, true, true, true])
    expect(['PN1', '1', 'E4A', ''].map(looksLikeFormula)).toEqual([false, false, false, false])
  })
})

describe('SSDA903 XML reading', () => {
  const xml = (header: string, rest = '') => `<?xml version="1.0"?><EXPSSDA903><CHILD><HEADER><CHILDID>X1</CHILDID><UPN /><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC>${header}</HEADER>${rest}</CHILD></EXPSSDA903>`

  it('maps CHILDID to CHILD and PL to PLACE, and makes a UASC row only when UASC is set', () => {
    const parsed = parseXmlReturn(xml('<UASC>0</UASC><DUC />', '<EPISODE><DECOM>01/02/2017</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC /><REC /></EPISODE>'))
    expect(parsed.problems).toEqual([])
    expect(parsed.data.Header).toEqual([{ CHILD: 'X1', SEX: '1', DOB: '01/01/2010', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' }])
    expect(parsed.data.UASC).toEqual([])
    expect(parsed.data.Episodes[0]).toMatchObject({ CHILD: 'X1', PLACE: 'U1', DEC: '', REC: '', URN: '' })
    expect(parseXmlReturn(xml('<UASC>1</UASC><DUC>02/02/2020</DUC>')).data.UASC).toEqual([{ CHILD: 'X1', SEX: '1', DOB: '01/01/2010', DUC: '02/02/2020' }])
  })

  it('refuses a DOCTYPE, an oversize file, malformed XML and another root element before reading them', () => {
    expect(parseXmlReturn('<!DOCTYPE x><EXPSSDA903/>').problems[0]?.message).toMatch(/DOCTYPE or ENTITY declaration. An SSDA903 XML file never needs one/)
    expect(parseXmlReturn(xml(''), 'r.xml', 100).problems[0]?.message).toMatch(/over the 0 MB limit for an SSDA903 XML file/)
    expect(parseXmlReturn('<EXPSSDA903><CHILD></EXPSSDA903>').problems[0]?.message).toMatch(/not well-formed/)
    expect(parseXmlReturn('<Message/>').problems[0]?.message).toMatch(/root element is not <EXPSSDA903>/)
  })
})
