/**
 * Test support for the 903 rules on the other tables: each rule gets a failing return with its exact
 * hits and a passing return with none, written briefly as tuples. Runs the rules through hitsOf and
 * uncovered (ruleCheck.ts). Used only by the *.test.ts files beside the rules.
 */
import { expect, it } from 'vitest'
import type { Rule } from './define.js'
import type { Ssda903TableName } from '../tables.js'
import type { PartialReturn } from './testReturn.js'
import { hitsOf, uncovered } from './ruleCheck.js'

export type Case = {
  readonly code: string
  /** Collection year ending 31 March; 2026 unless given. */
  readonly year?: number
  readonly fail: PartialReturn
  readonly hits: readonly (readonly [Ssda903TableName, number, string, readonly string[]])[]
  readonly pass: PartialReturn
  /** Last year's return, for rules that need it (applied to both returns). */
  readonly previous?: PartialReturn
}

/** One failing and one passing test per case, and a check that every rule in `rules` has a case. */
export function ruleCases(rules: readonly Rule[], cases: readonly Case[]): void {
  const run = (c: Case, data: PartialReturn) =>
    hitsOf(rules, c.code, data, c.year ?? 2026, c.previous ?? null)
  for (const c of cases) {
    it(`${c.code} (${c.year ?? 2026}) reports the failing rows`, () => {
      expect(run(c, c.fail)).toEqual(
        c.hits.map(([table, row, child, fields]) => ({ table, row, child, fields })),
      )
    })
    it(`${c.code} (${c.year ?? 2026}) passes a good return`, () => {
      expect(run(c, c.pass)).toEqual([])
    })
  }
  it('has a case for every rule', () => {
    expect(
      uncovered(
        rules,
        cases.map((c) => ({ ...c, hits: [] })),
      ),
    ).toEqual([])
  })
}
