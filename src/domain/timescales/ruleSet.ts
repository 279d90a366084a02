/**
 * The rule set in force: the national rules with a council's local standards applied
 * (ARCHITECTURE.md §7). A caller asks for a rule by its national definition, so each call site
 * still names the rule it means and gets the council's version of it.
 */
import { applyLocalStandards, type Duration, type TimescaleRule } from './define.js'
import { timescaleRules } from './rules.js'

export type RuleSet = {
  /** Every rule, in the order of `timescaleRules`, with the local standards applied. */
  readonly all: readonly TimescaleRule[]
  /** The council's version of a rule; a rule outside the set comes back unchanged. */
  readonly of: (rule: TimescaleRule) => TimescaleRule
}

export function ruleSetWith(overrides: Readonly<Record<string, Duration>>, rules: readonly TimescaleRule[] = timescaleRules): RuleSet {
  const all = applyLocalStandards(rules, overrides)
  const byId = new Map(all.map((r) => [r.id, r]))
  return Object.freeze({ all, of: (rule: TimescaleRule) => byId.get(rule.id) ?? rule })
}

/** The national defaults, for callers with no council standards (tests, documentation). */
export const nationalRules: RuleSet = ruleSetWith({})
