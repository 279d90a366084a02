/**
 * Reads an SSDA903 XML file (the EXPSSDA903 layout of standards/csc-data-synthesizer/CLA.xsd;
 * research/standards.md §2.3) into the same Ssda903Return as the CSV set, as the DfE validator's
 * read_xml_from_text does: CHILDID becomes CHILD and PL becomes PLACE; HEADER gives the Header row,
 * a UASC row when UASC is set (with DUC), an OC3 row when IN_TOUCH is given, an AD1 row when
 * DATE_INT is given; each AREVIEW, AMISSING, OC2, PERMANENCE and AD_PLACED inside HEADER gives a
 * Reviews, Missing, OC2, PrevPerm and PlacedAdoption row, and each EPISODE an Episodes row. Hostile
 * input (DOCTYPE/ENTITY, oversize) is refused before parsing by the guard the CIN import uses.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { guardXml } from '../xmlGuard.js'
import { emptySources, type ImportProblem, type ParsedReturn } from './parseCsv.js'
import { emptyReturn, ssda903Columns, type Ssda903Return, type Ssda903TableName } from './tables.js'

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

type Node = Record<string, unknown>
const asNode = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {})
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])

/** The trimmed text of a leaf element; '' when absent or empty (<DEC />). */
function textOf(v: unknown): string {
  const first = Array.isArray(v) ? v[0] : v
  if (typeof first === 'string') return first.trim()
  if (first && typeof first === 'object') return textOf((first as Node)['#text'])
  return ''
}

const renamed: Record<string, string> = { CHILD: 'CHILDID', PLACE: 'PL' }

/** A row of `table` from the leaf values of the given nodes (later nodes win, as the validator merges them). */
function rowOf(table: Ssda903TableName, ...nodes: Node[]): Record<string, string> {
  const row: Record<string, string> = {}
  for (const column of ssda903Columns[table]) {
    const tag = renamed[column] ?? column
    let value = ''
    for (const n of nodes) if (tag in n) value = textOf(n[tag])
    row[column] = value
  }
  return row
}

/** Parses an EXPSSDA903 file; a file that cannot be read is one problem for the whole file. */
export function parseXmlReturn(input: string | Uint8Array, fileName = 'return.xml', maxBytes = DEFAULT_MAX_BYTES): ParsedReturn {
  const data = emptyReturn() as unknown as Record<Ssda903TableName, Record<string, string>[]>
  const sources = emptySources() as unknown as Record<Ssda903TableName, { file: string; row: number }[]>
  const fail = (message: string): ParsedReturn => ({ data: data as unknown as Ssda903Return, sources, problems: [{ file: fileName, row: null, column: null, message }] })
  const guarded = guardXml(input, maxBytes, 'an SSDA903 XML file')
  if ('error' in guarded) return fail(guarded.error)
  const valid = XMLValidator.validate(guarded.xml)
  if (valid !== true) return fail(`The file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}).`)
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    processEntities: false,
    trimValues: true,
    isArray: (name) => ['CHILD', 'EPISODE', 'AREVIEW', 'AMISSING', 'AD_PLACED', 'OC2', 'PERMANENCE', 'HEADER'].includes(name),
  })
  const doc = asNode(parser.parse(guarded.xml))
  if (!('EXPSSDA903' in doc)) return fail('The file is not an SSDA903 return: its root element is not <EXPSSDA903>.')
  const problems: ImportProblem[] = []
  const add = (table: Ssda903TableName, row: Record<string, string>, position: number) => {
    data[table].push(row)
    sources[table].push({ file: fileName, row: position })
  }
  list(asNode(doc.EXPSSDA903).CHILD).forEach((c, i) => {
    const position = i + 1
    const child = asNode(c)
    const headers = list(child.HEADER)
    if (headers.length !== 1) {
      problems.push({ file: fileName, row: position, column: 'HEADER', message: `CHILD ${position} has ${headers.length} HEADER elements; it needs exactly one.` })
      return
    }
    const header = asNode(headers[0])
    add('Header', rowOf('Header', header), position)
    // The DfE reader makes a UASC row whenever UASC has a value; '0' says the child is not UASC.
    const uasc = textOf(header.UASC)
    if (uasc !== '' && uasc !== '0') add('UASC', rowOf('UASC', header), position)
    if (textOf(header.IN_TOUCH) !== '') add('OC3', rowOf('OC3', header), position)
    if (textOf(header.DATE_INT) !== '') add('AD1', rowOf('AD1', header), position)
    const nested: [string, Ssda903TableName][] = [['AREVIEW', 'Reviews'], ['AMISSING', 'Missing'], ['OC2', 'OC2'], ['PERMANENCE', 'PrevPerm'], ['AD_PLACED', 'PlacedAdoption']]
    for (const [tag, table] of nested) for (const n of list(header[tag])) add(table, rowOf(table, header, asNode(n)), position)
    for (const e of list(child.EPISODE)) add('Episodes', rowOf('Episodes', header, asNode(e)), position)
  })
  return { data: data as unknown as Ssda903Return, sources, problems }
}
