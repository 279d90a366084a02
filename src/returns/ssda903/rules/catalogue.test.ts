/**
 * Every SSDA903 rule Cairn implements (the list in index.ts) against the DfE catalogue (read from
 * the shared standards as a fixture, never copied into src): for every year a rule claims, the
 * catalogue lists its code with the same message, affected fields and tables. Then the rules run
 * over the DfE validator's fake 903 files without throwing.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ssda903Rules as rules } from './index.js'
import { lastYearRules } from './lastYear.js'
import type { Rule } from './define.js'
import { readCsvRecords, parseCsvSet } from '../parseCsv.js'
import { fakeCsvSet } from '../importFixtures.js'
import { createRuleContext, rulesForYear, validateReturn } from '../validate.js'

// The copy in test/fixtures/standards, so the test runs on a fresh clone.
const catalogueFile = fileURLToPath(
  new URL('../../../../test/fixtures/standards/generated/ssda903_rules_by_ruleset.csv', import.meta.url),
)
/** The catalogue's rulesets: lac2022_23 (year ending 2023) to lac2026_27 (2027). */
const FIRST = 2023
const LAST = 2027
/** The catalogue's own spellings of three tables: 'OC2s' (rule 542), 'MIssing' (576), 'EPISODES' (707). */
const SPELLING: Readonly<Record<string, string>> = { OC2s: 'OC2', MIssing: 'Missing', EPISODES: 'Episodes' }

/**
 * The tables the catalogue lists for a rule, as Cairn names them. Last year's tables (`*_last`) are
 * left out for the rules that compare with last year: they read `ctx.previous`, not a table of this
 * year's return, so their hits can only be on this year's tables.
 */
function tablesFor(rule: Rule, listed: readonly string[]): string[] {
  return listed.filter((t) => !(rule.needsPrevious && t.endsWith('_last'))).map((t) => SPELLING[t] ?? t)
}

describe('903 rules against the DfE catalogue', () => {
  const { records } = readCsvRecords(readFileSync(catalogueFile, 'utf8'))
  const entries = new Map(
    records
      .slice(1)
      .map(({ fields: [ruleset, code, message, affected, tables] }) => [
        `${code}@${Number(ruleset!.slice(3, 7)) + 1}`,
        { message, fields: affected!.split(';'), tables: tables!.split(';') },
      ]),
  )

  it.each(rules.map((r) => [`${r.code} ${r.fromYear ?? ''}-${r.toYear ?? ''}`, r] as const))(
    '%s matches the catalogue for each year it claims',
    (_name, rule) => {
      const from = Math.max(rule.fromYear ?? FIRST, FIRST)
      const to = Math.min(rule.toYear ?? LAST, LAST)
      expect(from).toBeLessThanOrEqual(to)
      for (let year = from; year <= to; year++) {
        const entry = entries.get(`${rule.code}@${year}`)
        expect(entry, `${rule.code} in the ${year - 1}-${year % 100} ruleset`).toBeDefined()
        expect(rule.message).toBe(entry!.message)
        expect(rule.fields).toEqual(entry!.fields)
        expect([...rule.tables].sort()).toEqual(tablesFor(rule, entry!.tables).sort())
        expect(rule.type).toBe(/q$/i.test(rule.code) ? 'QUERY' : 'ERROR')
      }
      // Open-ended only where the catalogue's first or last ruleset lists the rule.
      if (rule.fromYear === undefined) expect(entries.has(`${rule.code}@${FIRST}`)).toBe(true)
      if (rule.toYear === undefined) expect(entries.has(`${rule.code}@${LAST}`)).toBe(true)
    },
  )

  it('gives each code one rule per year (versions of a rule do not overlap)', () => {
    for (let year = FIRST; year <= LAST; year++) {
      const codes = rulesForYear(year, rules).map((r) => r.code)
      expect(codes.length, `duplicates in ${year}`).toBe(new Set(codes).size)
    }
  })
})

describe('903 rules on the fake 903 set', () => {
  const { data } = parseCsvSet(fakeCsvSet())

  it('run over the fake files for 2017-18 without throwing, each version of each rule', () => {
    expect(data.Header.length).toBeGreaterThan(2000)
    const ctx = createRuleContext(data, 2018)
    const counts: Record<string, number> = {}
    for (const rule of rules) {
      const hits = rule.check(ctx)
      for (const h of hits) expect(h.child).toBeTypeOf('string')
      const name =
        rule.fromYear || rule.toYear ? `${rule.code}[${rule.fromYear ?? ''}-${rule.toYear ?? ''}]` : rule.code
      counts[name] = hits.length
    }
    console.log('903 hits on the fake set for 2017-18:', JSON.stringify(counts))
    expect(Object.keys(counts).length).toBe(rules.length)
  })

  it('finds something in the fake files for 2017-18, 2025-26 and 2026-27', () => {
    expect(data.Episodes.length).toBeGreaterThan(0)
    for (const year of [2018, 2026, 2027]) {
      const counts: Record<string, number> = {}
      for (const f of validateReturn(data, year, null, rules)) counts[f.code] = (counts[f.code] ?? 0) + 1
      console.log(`903 findings on the fake set for ${year}:`, JSON.stringify(counts))
      expect(Object.keys(counts).length).toBeGreaterThan(0)
    }
    // The rules needing last year run too, with the same files standing in for last year's return.
    expect(() => validateReturn(data, 2018, data, lastYearRules)).not.toThrow()
  })
})
