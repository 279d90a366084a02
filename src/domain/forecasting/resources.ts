/**
 * Demand turned into what it costs (issue 7 part 5): social workers at the council's caseload
 * threshold, and placement spend at the current mix of placement types and the weekly costs the
 * council has entered. Pure arithmetic; the figures come from forecasting/model.ts.
 */

/** Workers needed to hold `children` cases at `threshold` children each (one decimal place). */
export const workersNeeded = (children: number, threshold: number) => (threshold > 0 ? Math.round((children / threshold) * 10) / 10 : null)

export type PlacementCost = { readonly placementType: string; readonly weeklyCost: number; readonly effectiveFrom: string }

/** The weekly cost of a placement type on a day: the latest entered with effect on or before it. */
export function costOn(costs: readonly PlacementCost[], placementType: string, day: string): number | null {
  let best: PlacementCost | undefined
  for (const c of costs) if (c.placementType === placementType && c.effectiveFrom <= day && (!best || c.effectiveFrom > best.effectiveFrom)) best = c
  return best ? best.weeklyCost : null
}

/** Weeks in an average year (365.25 ÷ 7), to turn weekly costs into annual ones. */
export const WEEKS_PER_YEAR = 365.25 / 7

export type CostProjection = {
  /** Weekly cost of the children in care at the mix, over the placement types with a cost. */
  readonly weekly: number
  readonly annual: number
  /** Share (0–1) of children in care whose placement type has no cost entered: left out of the sum. */
  readonly uncostedShare: number
}

/**
 * Projected spend for `children` in care on `day`, placed in the same proportions as `mix` (children
 * now in each placement type). Types without a cost are left out, and their share is reported so
 * the total is never silently short.
 */
export function projectCost(children: number, mix: Readonly<Record<string, number>>, costs: readonly PlacementCost[], day: string): CostProjection {
  const total = Object.values(mix).reduce((s, n) => s + n, 0)
  if (total === 0) return { weekly: 0, annual: 0, uncostedShare: 0 }
  let weekly = 0
  let uncosted = 0
  for (const [type, n] of Object.entries(mix)) {
    const cost = costOn(costs, type, day)
    if (cost === null) uncosted += n
    else weekly += (children * n * cost) / total
  }
  return { weekly, annual: weekly * WEEKS_PER_YEAR, uncostedShare: uncosted / total }
}
