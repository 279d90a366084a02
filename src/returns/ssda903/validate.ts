/**
 * Runs the year's SSDA903 rules over a return (and last year's, where given) and lists the
 * findings. The rules are in rules/*.ts; `ssda903Rules` (rules/index.ts) lists them.
 */
import { collectionPeriod, type Ssda903Return, type Ssda903TableName } from './tables.js'
import type { Hit, Rule, RuleContext, RuleType } from './rules/define.js'
import { ssda903Rules } from './rules/index.js'

export type Finding = Hit & { readonly code: string; readonly type: RuleType; readonly message: string }

export function rulesForYear(yearEnding: number, rules: readonly Rule[] = ssda903Rules): Rule[] {
  return rules.filter((r) => (r.fromYear ?? 0) <= yearEnding && yearEnding <= (r.toYear ?? 9999))
}

export function createRuleContext(current: Ssda903Return, yearEnding: number, previous: Ssda903Return | null = null): RuleContext {
  const { start, end } = collectionPeriod(yearEnding)
  const indexes = new Map<Ssda903TableName, Map<string, { index: number; row: never }[]>>()
  const indexOf = (table: Ssda903TableName) => {
    let byChild = indexes.get(table)
    if (!byChild) {
      byChild = new Map()
      current[table].forEach((row, index) => {
        const child = (row as { CHILD: string }).CHILD
        const list = byChild!.get(child) ?? []
        list.push({ index, row: row as never })
        byChild!.set(child, list)
      })
      indexes.set(table, byChild)
    }
    return byChild
  }
  return {
    yearEnding,
    collectionStart: start,
    collectionEnd: end,
    current,
    previous,
    rowsOf: (table, child) => indexOf(table).get(child) ?? [],
  }
}

/** Every finding of every rule for the year, in rule order. A rule needing last year is skipped without it. */
export function validateReturn(current: Ssda903Return, yearEnding: number, previous: Ssda903Return | null = null, rules: readonly Rule[] = ssda903Rules): Finding[] {
  const ctx = createRuleContext(current, yearEnding, previous)
  const findings: Finding[] = []
  for (const rule of rulesForYear(yearEnding, rules)) {
    if (rule.needsPrevious && !previous) continue
    for (const hit of rule.check(ctx)) findings.push({ ...hit, code: rule.code, type: rule.type, message: rule.message })
  }
  return findings
}
