/**
 * Every rule in the issue-5 "other tables" files matches the DfE catalogue for each year it claims,
 * and the whole set runs over the DfE validator's fake 903 files without throwing.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { outcomesRules } from './outcomes.js'
import { adoptionRules } from './adoption.js'
import { permanenceRules } from './permanence.js'
import { missingRules } from './missing.js'
import { uascRules } from './uasc.js'
import { socialWorkersRules } from './socialWorkers.js'
import { libertyRules } from './liberty.js'
import { lastYearRules } from './lastYear.js'
import { rulesForYear, validateReturn } from '../validate.js'
import { fakeCsvSet } from '../importFixtures.js'
import { parseCsvSet, readCsvRecords } from '../parseCsv.js'

// The copies in test/fixtures/standards, so the test runs on a fresh clone.
const standards = fileURLToPath(new URL('../../../../test/fixtures/standards/', import.meta.url))
const rules = [...outcomesRules, ...adoptionRules, ...permanenceRules, ...missingRules, ...uascRules, ...socialWorkersRules, ...libertyRules, ...lastYearRules]

describe('903 rules on the other tables', () => {
  const catalogue = readCsvRecords(readFileSync(`${standards}generated/ssda903_rules_by_ruleset.csv`, 'utf8'))
    .records.slice(1)
    .map((r) => r.fields)
  const entry = new Map(
    catalogue.map(([ruleset, code, message, fields, tables]) => [`${code}@${Number(ruleset!.slice(3, 7)) + 1}`, { message, fields: fields!.split(';'), tables: tables!.split(';') }]),
  )

  it.each(rules.map((r) => [r.code, r] as const))('%s matches the DfE catalogue for each year it claims', (_code, rule) => {
    const from = Math.max(rule.fromYear ?? 2023, 2023)
    const to = Math.min(rule.toYear ?? 2027, 2027)
    expect(from).toBeLessThanOrEqual(to)
    for (let year = from; year <= to; year++) {
      const e = entry.get(`${rule.code}@${year}`)
      expect(e, `${rule.code} in ${year}`).toBeDefined()
      expect(rule.message).toBe(e!.message)
      expect(rule.type).toBe(/q$/i.test(rule.code) ? 'QUERY' : 'ERROR')
      expect(rule.fields).toEqual(e!.fields)
      // The catalogue spells one table 'OC2s' (rule 542).
      for (const t of rule.tables) expect(e!.tables.map((x) => x.toLowerCase().replace(/^oc2s$/, 'oc2'))).toContain(t.toLowerCase())
    }
    // Open-ended years only where the catalogue's first or last ruleset lists the rule.
    if (rule.fromYear === undefined) expect(entry.has(`${rule.code}@2023`)).toBe(true)
    if (rule.toYear === undefined) expect(entry.has(`${rule.code}@2027`)).toBe(true)
  })

  it('gives each code one rule per year (versions of a rule do not overlap)', () => {
    for (let year = 2023; year <= 2027; year++) {
      const codes = rulesForYear(year, rules).map((r) => r.code)
      expect(codes.length, `duplicates in ${year}`).toBe(new Set(codes).size)
    }
  })

  it('runs over the fake 903 files without throwing (2017-18, 2025-26 and 2026-27)', () => {
    const { data: current } = parseCsvSet(fakeCsvSet())
    expect(current.Episodes.length).toBeGreaterThan(0)
    for (const year of [2018, 2026, 2027]) {
      const counts: Record<string, number> = {}
      for (const f of validateReturn(current, year, null, rules)) counts[f.code] = (counts[f.code] ?? 0) + 1
      console.log(`903 findings on the fake set for ${year}:`, JSON.stringify(counts))
      expect(Object.keys(counts).length).toBeGreaterThan(0)
    }
    // The rules needing last year run too, with the same files standing in for last year's return.
    expect(() => validateReturn(current, 2018, current, lastYearRules)).not.toThrow()
  })
})
