/** The shape of a timescale rule's test cases (cases.test.ts): one that meets it and one that fails it. */
import type { Evaluation } from '../engine.js'

export type Case = {
  readonly start: string
  readonly stop?: string
  /** Repeating rules only: the occurrences so far, and the end of the plan if it has ended. */
  readonly occurrences?: readonly string[]
  readonly until?: string
  readonly today: string
  readonly expected: Evaluation & { readonly missedIntervals?: number }
}
export type RuleCases = { readonly met: Case; readonly failing: Case }
