/**
 * A small hand-made SVG line chart: recent history, the central forecast and its 80% and 95% bands.
 * Server-rendered so it works without JavaScript; role="img" with a text label, and the same
 * figures are in the table beside it (WCAG 2.2 1.1.1). Only numbers and month labels are drawn.
 */
import { monthLabel, type ForecastPoint, type Month } from '../../domain/forecasting/index.js'

const W = 640
const H = 240
const PAD = { left: 52, right: 12, top: 12, bottom: 28 }
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const n = (x: number) => x.toFixed(1)

/** A tidy axis maximum: 1, 2 or 5 times a power of ten at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1
  const p = 10 ** Math.floor(Math.log10(max))
  return [1, 2, 5, 10].map((k) => k * p).find((v) => v >= max)!
}

export function forecastChart(label: string, history: readonly { month: Month; value: number }[], points: readonly ForecastPoint[]): string {
  const total = history.length + points.length
  if (total < 2 || points.length === 0) return ''
  const top = niceMax(Math.max(...history.map((h) => h.value), ...points.map((p) => p.hi95)))
  const x = (i: number) => PAD.left + (i / (total - 1)) * (W - PAD.left - PAD.right)
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom)
  const at = (i: number) => history.length + i
  // Bands start from the last actual month so they join the history line.
  const last = history.at(-1)
  const start = last ? [{ i: history.length - 1, lo: last.value, hi: last.value }] : []
  const band = (lo: (p: ForecastPoint) => number, hi: (p: ForecastPoint) => number) => {
    const pts = [...start, ...points.map((p, i) => ({ i: at(i), lo: lo(p), hi: hi(p) }))]
    return [...pts.map((p) => `${n(x(p.i))},${n(y(p.hi))}`), ...pts.reverse().map((p) => `${n(x(p.i))},${n(y(p.lo))}`)].join(' ')
  }
  const line = (pts: { i: number; v: number }[]) => pts.map((p) => `${n(x(p.i))},${n(y(p.v))}`).join(' ')
  const ticks = [0, top / 2, top].map((v) => `<text x="${PAD.left - 6}" y="${n(y(v) + 4)}" text-anchor="end">${Math.round(v).toLocaleString('en-GB')}</text><line x1="${PAD.left}" x2="${W - PAD.right}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#b1b4b6" stroke-width="0.5"/>`)
  const xLabels = [
    history[0] ? { i: 0, m: history[0].month, anchor: 'start' } : null,
    last ? { i: history.length - 1, m: last.month, anchor: 'middle' } : null,
    { i: total - 1, m: points.at(-1)!.month, anchor: 'end' },
  ].filter((l) => l !== null).map((l) => `<text x="${n(x(l.i))}" y="${H - 8}" text-anchor="${l.anchor}">${esc(monthLabel(l.m))}</text>`)
  return `<svg class="cairn-forecast-chart" viewBox="0 0 ${W} ${H}" width="100%" style="max-width:${W}px" role="img" aria-label="${esc(label)}" font-size="12" font-family="inherit" fill="#0b0c0c">
<polygon points="${band((p) => p.lo95, (p) => p.hi95)}" fill="#d2e2f1"/>
<polygon points="${band((p) => p.lo80, (p) => p.hi80)}" fill="#a9c6e3"/>
${ticks.join('\n')}
<polyline points="${line(history.map((h, i) => ({ i, v: h.value })))}" fill="none" stroke="#0b0c0c" stroke-width="2"/>
<polyline points="${line([...(last ? [{ i: history.length - 1, v: last.value }] : []), ...points.map((p, i) => ({ i: at(i), v: p.central }))])}" fill="none" stroke="#1d70b8" stroke-width="2" stroke-dasharray="6 3"/>
${xLabels.join('\n')}
</svg>`
}
