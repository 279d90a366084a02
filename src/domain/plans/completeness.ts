/**
 * Whether a plan is complete enough to work to. Working Together 2023 ch.2 asks that plans record
 * the child's wishes and feelings and attend to identity, religion and culture, with actions that
 * say who does what by when (SMART). Both Leicester inspections criticised plans missing these.
 *
 * Where the child's latest assessment found domestic abuse (CIN factors 3A–3C), the plan also needs
 * a safety plan and what is known of each parent's own history of trauma. Ofsted's 2024 inspection
 * of Leicester found plans placing responsibility on parents to keep children safe from domestic
 * abuse without that understanding of the parents' own experiences.
 */
import { domesticAbuseFactors } from '../codeLists/index.js'

export type PlanGap = 'wishesAndFeelings' | 'identity' | 'actions' | 'safetyPlan' | 'parentsHistory'

export type PlanForCompleteness = {
  wishesAndFeelings: string | null
  identity: string | null
  /** Dropped actions do not count: a plan whose every action was dropped has no live action. */
  actions: readonly { status: string }[]
  safetyPlan?: string | null
  parentsHistory?: string | null
  /** The child's latest assessment found domestic abuse (hasDomesticAbuse). */
  domesticAbuse?: boolean
}

export const planGapText: Record<PlanGap, string> = {
  wishesAndFeelings: 'the child’s wishes and feelings',
  identity: 'identity, religion and culture',
  actions: 'at least one SMART action',
  safetyPlan: 'the domestic abuse safety plan',
  parentsHistory: 'what is known of each parent’s own history of trauma',
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === ''

/** Whether an assessment's factors include domestic abuse. */
export const hasDomesticAbuse = (factors: readonly string[]) => factors.some((f) => domesticAbuseFactors.includes(f))

/** What the plan is missing; an empty list means it is complete. */
export function planGaps(plan: PlanForCompleteness): PlanGap[] {
  const gaps: PlanGap[] = []
  if (blank(plan.wishesAndFeelings)) gaps.push('wishesAndFeelings')
  if (blank(plan.identity)) gaps.push('identity')
  if (!plan.actions.some((a) => a.status !== 'DROPPED')) gaps.push('actions')
  gaps.push(...safetyPlanGaps(plan))
  return gaps
}

export type SafetyPlanFields = Pick<PlanForCompleteness, 'safetyPlan' | 'parentsHistory' | 'domesticAbuse'>

/**
 * The domestic-abuse part alone. A CP plan needs it too; its actions and the child's views are
 * recorded by the conference and the core group (Working Together 2023 ch.2), not on the plan.
 */
export function safetyPlanGaps(plan: SafetyPlanFields): PlanGap[] {
  return (['safetyPlan', 'parentsHistory'] as const).filter((g) => plan.domesticAbuse && blank(plan[g]))
}

export const isPlanComplete = (plan: PlanForCompleteness) => planGaps(plan).length === 0

/** "Incomplete: missing …", or null when complete. */
export const incompleteText = (plan: PlanForCompleteness) => gapsText(planGaps(plan))

/** The same for a CP plan: "Incomplete: missing …" the safety plan or the parents' history, or null. */
export const safetyPlanIncompleteText = (plan: SafetyPlanFields) => gapsText(safetyPlanGaps(plan))

function gapsText(gaps: PlanGap[]): string | null {
  return gaps.length ? `Incomplete: missing ${gaps.map((g) => planGapText[g]).join(', ')}` : null
}
