/**
 * Test kit for the 903 rule tests: runs the one rule with a given code that applies in a year over a
 * small return, names hits briefly, checks every rule has a case, and (ruleCases) writes one failing
 * and one passing test per case. Test-only; nothing in the app imports it.
 */
import { expect, it } from 'vitest'
import { createRuleContext, rulesForYear } from '../validate.js'
import type { Ssda903Return, Ssda903TableName } from '../tables.js'
import type { Hit, Rule } from './define.js'
import { returnWith, type PartialReturn } from './testReturn.js'

type Covered = {
  readonly code: string
  /** Collection year ending 31 March; 2026 (the 2025-26 return) when absent. */
  readonly year?: number
}

export type RuleCase = Covered & {
  readonly pass: PartialReturn
  readonly fail: PartialReturn
  readonly hits: readonly Hit[]
  readonly previous?: PartialReturn
}

/** A case for ruleCases: its hits written briefly as [table, row, child, fields] tuples. */
export type Case = Covered & {
  readonly fail: PartialReturn
  readonly hits: readonly (readonly [Ssda903TableName, number, string, readonly string[]])[]
  readonly pass: PartialReturn
  /** Last year's return, for rules that need it (applied to both returns). */
  readonly previous?: PartialReturn
}

/** The hits of the one rule with `code` that applies in `yearEnding`. */
export function hitsOf(
  rules: readonly Rule[],
  code: string,
  data: PartialReturn | Ssda903Return,
  yearEnding = 2026,
  previous: PartialReturn | null = null,
): Hit[] {
  const matching = rulesForYear(yearEnding, rules).filter((r) => r.code === code)
  if (matching.length !== 1)
    throw new Error(`Expected one rule ${code} for ${yearEnding}, found ${matching.length}`)
  const current =
    'Header' in data && 'DoLo' in data ? (data as Ssda903Return) : returnWith(data as PartialReturn)
  return matching[0]!.check(createRuleContext(current, yearEnding, previous ? returnWith(previous) : null))
}

/** A hit on `table` row `row` for child C1 (or `child`). */
export const at = (table: Ssda903TableName, row: number, fields: readonly string[], child = 'C1'): Hit => ({
  table,
  row,
  child,
  fields,
})

/** Every rule object in `rules` has a case in a year it applies to. */
export function uncovered(rules: readonly Rule[], cases: readonly Covered[]): string[] {
  return rules
    .filter(
      (r) =>
        !cases.some(
          (c) =>
            c.code === r.code &&
            (r.fromYear ?? 0) <= (c.year ?? 2026) &&
            (c.year ?? 2026) <= (r.toYear ?? 9999),
        ),
    )
    .map((r) => `${r.code} ${r.fromYear ?? ''}-${r.toYear ?? ''}`)
}

/** One failing and one passing test per case, and a check that every rule in `rules` has a case. */
export function ruleCases(rules: readonly Rule[], cases: readonly Case[]): void {
  const run = (c: Case, data: PartialReturn) =>
    hitsOf(rules, c.code, data, c.year ?? 2026, c.previous ?? null)
  for (const c of cases) {
    it(`${c.code} (${c.year ?? 2026}) reports the failing rows`, () => {
      expect(run(c, c.fail)).toEqual(
        c.hits.map(([table, row, child, fields]) => at(table, row, fields, child)),
      )
    })
    it(`${c.code} (${c.year ?? 2026}) passes a good return`, () => {
      expect(run(c, c.pass)).toEqual([])
    })
  }
  it('has a case for every rule', () => {
    expect(uncovered(rules, cases)).toEqual([])
  })
}
