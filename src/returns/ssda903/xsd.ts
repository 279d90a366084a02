import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateXML } from 'xmllint-wasm'

const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schemas', 'ssda903', 'CLA.xsd')

export type XsdFinding = { line: number | null; message: string }
export type XsdResult = { checked: boolean; valid: boolean; findings: XsdFinding[] }

/** At most this many schema errors are kept: a broken file can have one per element. */
const maxFindings = 200

/**
 * Validates 903 XML against Cairn's adaptation of CLA.xsd (schemas/README.md) with libxml2
 * (WebAssembly). Streaming (`--stream`), as the CIN census check does: the whole-document mode
 * builds the tree in a WebAssembly heap capped at 32 MiB, which a county-size return overruns.
 */
export async function validate903Xml(xml: string): Promise<XsdResult> {
  const schema = readFileSync(schemaFile, 'utf8')
  const result = await validateXML({ xml: { fileName: 'ssda903.xml', contents: xml }, schema: { fileName: 'CLA.xsd', contents: schema }, stream: true })
  return {
    checked: true,
    valid: result.valid,
    findings: result.errors.slice(0, maxFindings).map((e) => ({ line: e.loc?.lineNumber ?? null, message: e.message.replace(/^ssda903\.xml:\d+: /, '') })),
  }
}
