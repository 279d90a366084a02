/**
 * Test helpers: the DfE validator's fake 903 data (data-to-insight/csc-validator-be-903, fake_data),
 * read from the copies in test/fixtures/standards (so the tests run on a fresh clone), never copied into src.
 * Only tests import this.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CsvFile } from './parseCsv.js'

export const fakeDataDir = path.resolve('test', 'fixtures', 'standards', 'csc-validator-be-903', 'fake_data')

export const fakeCsvNames = [
  'header.csv', 'episodes.csv', 'reviews.csv', 'uasc.csv', 'oc2.csv', 'oc3.csv', 'ad1.csv', 'placed_for_adoption.csv',
  'previous_permanence.csv', 'missing.csv', 'sw_episodes.csv', 'DoLo.csv',
] as const

export const readFake = (name: string): Buffer => readFileSync(path.join(fakeDataDir, name))
export const fakeCsvSet = (names: readonly string[] = fakeCsvNames): CsvFile[] => names.map((name) => ({ name, content: readFake(name) }))

/**
 * The fake set as it can be loaded for 2017-18: sw_episodes.csv and DoLo.csv each hold one row,
 * for CHILD10, who has no Header row (and those tables are only collected from 2023-24 and 2026-27),
 * so the import refuses them (README.md: a row for a child with no Header row is refused).
 */
export const loadableFakeNames = fakeCsvNames.filter((n) => n !== 'sw_episodes.csv' && n !== 'DoLo.csv')
