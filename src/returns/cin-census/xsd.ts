import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateXML } from 'xmllint-wasm'

/** Where each collection year's XSD lives (schemas/README.md). Years without one are not XSD-checked. */
const schemaFiles: Record<string, string> = {
  '2023-24': 'CIN_schema_2024.xsd',
  '2024-25': 'CIN_schema_2025.xsd',
  '2025-26': 'CIN_schema_2025.xsd',
  '2026-27': 'CIN_schema_2026.xsd',
}

const schemasDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schemas', 'cin-census')

export type XsdFinding = { line: number | null; message: string }
export type XsdResult = { checked: boolean; valid: boolean; findings: XsdFinding[] }

/**
 * Validates census XML against the year's XSD with libxml2 (WebAssembly, no native build). It uses
 * xmllint's streaming reader (`--stream`): the whole-document mode builds a tree in a WebAssembly
 * heap capped at 32 MiB by default, which a council-size census (8 MB, 7,000 children) overruns;
 * streaming keeps the heap small whatever the file size, and still reports each error with its line.
 */
export async function validateAgainstXsd(xml: string, collectionYear: string): Promise<XsdResult> {
  const file = schemaFiles[collectionYear]
  if (!file) return { checked: false, valid: true, findings: [] }
  const schema = readFileSync(path.join(schemasDir, file), 'utf8')
  const result = await validateXML({ xml: { fileName: 'census.xml', contents: xml }, schema: { fileName: file, contents: schema }, stream: true })
  return {
    checked: true,
    valid: result.valid,
    findings: result.errors.map((e) => ({ line: e.loc?.lineNumber ?? null, message: e.message.replace(/^census\.xml:\d+: /, '') })),
  }
}

export const yearsWithXsd = Object.keys(schemaFiles)
