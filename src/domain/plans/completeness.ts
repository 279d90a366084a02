/**
 * Whether a plan is complete enough to work to. Working Together 2023 ch.2 asks that plans record
 * the child's wishes and feelings and attend to identity, religion and culture, with actions that
 * say who does what by when (SMART). Both Leicester inspections criticised plans missing these.
 */
export type PlanGap = 'wishesAndFeelings' | 'identity' | 'actions'

export type PlanForCompleteness = {
  wishesAndFeelings: string | null
  identity: string | null
  /** Dropped actions do not count: a plan whose every action was dropped has no live action. */
  actions: readonly { status: string }[]
}

export const planGapText: Record<PlanGap, string> = {
  wishesAndFeelings: 'the child’s wishes and feelings',
  identity: 'identity, religion and culture',
  actions: 'at least one SMART action',
}

const blank = (v: string | null) => v === null || v.trim() === ''

/** What the plan is missing; an empty list means it is complete. */
export function planGaps(plan: PlanForCompleteness): PlanGap[] {
  const gaps: PlanGap[] = []
  if (blank(plan.wishesAndFeelings)) gaps.push('wishesAndFeelings')
  if (blank(plan.identity)) gaps.push('identity')
  if (!plan.actions.some((a) => a.status !== 'DROPPED')) gaps.push('actions')
  return gaps
}

export const isPlanComplete = (plan: PlanForCompleteness) => planGaps(plan).length === 0

/** "Incomplete: missing …", or null when complete. */
export function incompleteText(plan: PlanForCompleteness): string | null {
  const gaps = planGaps(plan)
  return gaps.length ? `Incomplete: missing ${gaps.map((g) => planGapText[g]).join(', ')}` : null
}
