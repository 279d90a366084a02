/**
 * The reference CIN validator (data-to-insight/csc-validator-be-cin, Python and pandas) for the
 * benchmark: found outside the repository, run on a census file by bench/cinReference.py, and
 * compared with our findings rule by rule (research/standards.md §6.1, §7.1). It is never copied
 * into Cairn; when it or its Debian packages are missing the benchmark says how to get them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './procs.js'
import { findPython, runPythonJson } from './python.js'

/** Where the validator's source is: CIN_REFERENCE_VALIDATOR_DIR, else a directory in the system's temporary folder. */
export const referenceDir =
  process.env.CIN_REFERENCE_VALIDATOR_DIR ?? path.join(tmpdir(), 'csc-validator-be-cin')

export const howToInstall =
  `git clone https://github.com/data-to-insight/csc-validator-be-cin ${referenceDir} (or set CIN_REFERENCE_VALIDATOR_DIR); ` +
  'apt-get install python3-pandas python3-click python3-click-log python3-rich python3-pytest (research/standards.md §7.1)'

export type Reference = { python: string; dir: string }

/** The interpreter and source to run, or why they cannot be used. */
export function findReference(ruleset: string): Reference | { missing: string } {
  if (!existsSync(path.join(referenceDir, 'cin_validator', 'rules', ruleset)))
    return {
      missing: `no ${ruleset} rules under CIN_REFERENCE_VALIDATOR_DIR (${path.basename(referenceDir)})`,
    }
  const python = findPython()
  if (!python) return { missing: 'no python3 with pandas and click' }
  return { python, dir: referenceDir }
}

export type ReferenceRun = { seconds: number; wallMs: number; rules: number; flagged: Record<string, number> }

/** Runs the validator on `file`; null when it took longer than `limitMs` (it is then stopped). */
export async function runReference(ref: Reference, file: string, ruleset: string, out: string, limitMs: number): Promise<ReferenceRun | null> {
  return runPythonJson<Omit<ReferenceRun, 'wallMs'>>({ python: ref.python, script: 'cinReference.py', args: [file, ruleset, out], pythonPath: ref.dir, cwd: ref.dir, out, limitMs })
}

/**
 * The rule codes docs/cin-validator-differences.md explains: its headings and the first column of
 * its tables, and the return-level rules it lists (which name no child on either side).
 */
export function documentedDifferences(docFile = 'cin-validator-differences.md'): Set<string> {
  const doc = readFileSync(path.join(repoRoot, 'docs', docFile), 'utf8')
  const codes = new Set<string>()
  for (const line of doc.split('\n')) {
    const where = line.startsWith('#')
      ? (line.split(':')[0] ?? '')
      : line.startsWith('|')
        ? (line.split('|')[1] ?? '')
        : line.startsWith('- **')
          ? line
          : ''
    // CIN codes (8670Q) and 903 codes (392a, 503A, SW12STG2, INT17).
    for (const code of where.match(/\b(?:\d{3,4}[A-Za-z]?|SW\w+|INT\d+)\b/g) ?? []) codes.add(code)
  }
  return codes
}

export type Agreement = { compared: number; same: number; documented: string[]; undocumented: string[] }

/** Children flagged per rule, ours against the reference's, over every rule either side flagged. */
export function compareFlagged(ours: Record<string, number>, theirs: Record<string, number>, docFile?: string): Agreement {
  const documented = documentedDifferences(docFile)
  const codes = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort()
  const differing = codes.filter((c) => (ours[c] ?? 0) !== (theirs[c] ?? 0))
  const describe = (c: string) => `${c} (ours ${ours[c] ?? 0}, reference ${theirs[c] ?? 0})`
  return {
    compared: codes.length,
    same: codes.length - differing.length,
    documented: differing.filter((c) => documented.has(c)).map(describe),
    undocumented: differing.filter((c) => !documented.has(c)).map(describe),
  }
}
