/**
 * Test helpers for the acceptance fixtures copied from the shared standards into test/fixtures (never into src).
 * Only tests import this file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

// Copies of the shared standards fixtures, so the tests run on a fresh clone (test/fixtures/standards/README.md).
export const standardsDir = path.resolve('test', 'fixtures', 'standards')
export const fixtureFiles = [
  'fake_data/fake_CIN_data.xml',
  'fake_data/CIN_Census_2024.xml',
  'fake_data/CIN_Census_2026.xml',
] as const

export const readFixture = (file: string): string =>
  readFileSync(path.join(standardsDir, 'csc-validator-be-cin', file), 'utf8')

/** Minimal CSV reader for the generated catalogues: quoted fields with "" escapes, no newlines in fields. */
export function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(path.join(standardsDir, 'generated', file), 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
  const split = (line: string): string[] => {
    const out: string[] = []
    let cur = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"'
          i++
        } else if (ch === '"') quoted = false
        else cur += ch
      } else if (ch === '"') quoted = true
      else if (ch === ',') {
        out.push(cur)
        cur = ''
      } else cur += ch
    }
    out.push(cur)
    return out
  }
  const [head, ...rows] = lines.map(split)
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])))
}
