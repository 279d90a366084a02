/** One month of a KPI's trend, from its snapshot (issue 7 part 3: a monthly trend for 24 months). */
export type TrendPoint = {
  readonly month: string
  readonly value: number | null
  readonly numerator: number
  readonly denominator: number
}

/** A small chart for a scorecard row: server-rendered SVG and the sentence a screen reader hears instead. */
export type Sparkline = { readonly svg: string; readonly summary: string }
