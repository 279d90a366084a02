/**
 * The rule shape: each DfE CIN census validation rule is a data object. A child rule looks at one
 * child (with the whole return in the context for cross-child checks such as duplicate IDs); a
 * return rule looks at the whole return (the DfE "LA level" queries) and reports no child.
 */
import type { Census, CensusChild, CensusHeader } from '../types.js'

export type RuleType = 'ERROR' | 'QUERY'

/** A failure found by a rule: the field in error and where it is (e.g. CINdetails[2]/Section47[1]). */
export type Hit = { readonly field: string; readonly at?: string }

export type RuleContext = {
  readonly collectionYear: string
  /** The census reference date (31 March), which is also the last day of the collection period. */
  readonly referenceDate: string
  /** The first day of the collection period: the reference date less a year, plus a day. */
  readonly collectionStart: string
  readonly header: CensusHeader
  readonly census: Census
  /** How many children in the return have each LAchildID / UPN (rules 8510, 1520). */
  readonly laChildIdCounts: ReadonlyMap<string, number>
  readonly upnCounts: ReadonlyMap<string, number>
  /** The n-th England working day strictly before `date` (n >= 1). */
  workingDaysBefore(date: string, n: number): string
}

type RuleBase = {
  readonly code: string
  readonly type: RuleType
  readonly message: string
  /** The CIN table the DfE reports the rule against. */
  readonly module: string
  readonly fields: readonly string[]
}

export type ChildRule = RuleBase & {
  readonly scope: 'child'
  check(child: CensusChild, ctx: RuleContext): Hit[]
}
export type ReturnRule = RuleBase & {
  readonly scope: 'return'
  check(census: Census, ctx: RuleContext): Hit[]
}
export type Rule = ChildRule | ReturnRule

export function defineRule(rule: Omit<ChildRule, 'scope'> & { scope?: 'child' }): ChildRule
export function defineRule(rule: ReturnRule): ReturnRule
export function defineRule(rule: (Omit<ChildRule, 'scope'> & { scope?: 'child' }) | ReturnRule): Rule {
  if (rule.type === 'QUERY' && !rule.code.endsWith('Q'))
    throw new Error(`Query rule ${rule.code} must end in Q`)
  return rule.scope === 'return' ? rule : { ...rule, scope: 'child' }
}

// ---- small helpers shared by the rules -------------------------------------------------------

/** A yes/no field read the way the validator reads the XSD boolean (rule 8568). */
export const isYes = (v: string | null): boolean => v !== null && ['true', '1'].includes(v.toLowerCase())
export const isNo = (v: string | null): boolean => v !== null && ['false', '0'].includes(v.toLowerCase())

export const inPeriod = (d: string | null, ctx: RuleContext): boolean =>
  d !== null && d >= ctx.collectionStart && d <= ctx.referenceDate
/** Present and outside the collection period. */
export const outsidePeriod = (d: string | null, ctx: RuleContext): boolean => d !== null && !inPeriod(d, ctx)

/** a < b, false when either is missing (ISO dates compare as strings). */
export const before = (a: string | null, b: string | null): boolean => a !== null && b !== null && a < b
export const after = (a: string | null, b: string | null): boolean => a !== null && b !== null && a > b

export const ep = (e: { position: number }) => `CINdetails[${e.position}]`
export const hitIf = (cond: boolean, field: string, at?: string): Hit[] => (cond ? [{ field, at }] : [])
