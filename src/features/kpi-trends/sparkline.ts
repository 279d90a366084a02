import type { Kpi } from '../../domain/kpis/index.js'
import { trendSummary, valued } from './trendSummary.js'
import type { Sparkline, TrendPoint } from './trendTypes.js'

const W = 120
const H = 28
const PAD = 3
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const r1 = (n: number) => Math.round(n * 10) / 10

/**
 * A scorecard row's small trend chart: SVG (role="img", its summary as the accessible name) and a
 * summary sentence. Written by hand rather than with Plot: the scorecard draws about 75 of these,
 * and a polyline needs no layout engine. No script and no inline style, so it works without
 * JavaScript and under the content security policy.
 */
export function sparkline(kpi: Kpi, points: readonly TrendPoint[]): Sparkline {
  const summary = trendSummary(kpi, points)
  const shown = valued(points)
  if (!shown.length) return { svg: '', summary }
  // x is the month's place in the series, so a month with no value leaves a gap rather than closing it.
  const xs = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1))
  const values = shown.map((p) => p.value)
  const target = kpi.target
  const lo = Math.min(...values, ...(target === null ? [] : [target]))
  const hi = Math.max(...values, ...(target === null ? [] : [target]))
  const span = hi - lo || 1
  const ys = (v: number) => r1(H - PAD - ((v - lo) * (H - 2 * PAD)) / span)
  const segments: string[][] = [[]]
  points.forEach((p, i) => {
    if (p.value === null) segments.push([])
    else segments[segments.length - 1]!.push(`${r1(xs(i))},${ys(p.value)}`)
  })
  // A month standing alone between gaps is a dot, so no value is lost from the picture.
  const lines = segments
    .filter((s) => s.length > 0)
    .map((s) => {
      if (s.length > 1) return `<polyline points="${s.join(' ')}" fill="none" stroke="#0b0c0c" stroke-width="1.5" stroke-linejoin="round"/>`
      const [cx, cy] = s[0]!.split(',')
      return `<circle cx="${cx}" cy="${cy}" r="1.5" fill="#0b0c0c"/>`
    })
  const lastIndex = points.indexOf(shown[shown.length - 1]!)
  const dot = `<circle cx="${r1(xs(lastIndex))}" cy="${ys(shown[shown.length - 1]!.value)}" r="2.5" fill="#1d70b8"/>`
  const rule = target === null ? '' : `<line x1="0" x2="${W}" y1="${ys(target)}" y2="${ys(target)}" stroke="#505a5f" stroke-width="1" stroke-dasharray="3 2"/>`
  const svg = `<svg class="app-sparkline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeAttr(summary)}" focusable="false">${rule}${lines.join('')}${dot}</svg>`
  return { svg, summary }
}
