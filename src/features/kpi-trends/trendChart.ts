/**
 * A KPI's 24-month trend as an SVG drawn on the server with Observable Plot (issue 7 part 3:
 * "Charts are server-rendered SVG (Observable Plot), each with a data table and a text summary.
 * They work without JavaScript and pass axe"). Plot needs a DOM to draw into; linkedom gives it
 * one without a browser.
 */
import type * as PlotModule from '@observablehq/plot'
import { formatKpiValue, type Kpi } from '../../domain/kpis/index.js'
import { shortMonthName } from './months.js'
import type { TrendPoint } from './trendTypes.js'

// Plot (with d3) and linkedom load on the first chart, not at start-up, where they would add to every
// restart (issue 3 asks for a restart in 3 s).
let kit: Promise<{ Plot: typeof PlotModule; document: ReturnType<typeof import('linkedom').parseHTML>['document'] }> | undefined
const chartKit = () =>
  (kit ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(([Plot, { parseHTML }]) => ({
    Plot,
    document: parseHTML('<!doctype html><html><head></head><body></body></html>').document,
  })))

const unitLabel: Record<Kpi['unit'], string> = { percent: 'Per cent', count: 'Number', days: 'Days', number: 'Number', rate_per_10k: 'Per 10,000 children' }
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`)

export type ChartText = { title: string; description: string }

/**
 * The chart, with a <title> and <desc> naming it (role="img", aria-labelledby), the target as a
 * dashed rule, and no <style> element or width: the page's stylesheet sizes it, and the content
 * security policy allows no inline style.
 */
export async function trendChart(kpi: Kpi, points: readonly TrendPoint[], text: ChartText, idPrefix = 'trend-chart'): Promise<string> {
  const { Plot, document } = await chartKit()
  const data = points.map((p) => ({ month: monthDate(p.month), value: p.value }))
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  const target = kpi.target
  const yMax = Math.max(...values, target ?? 0, kpi.unit === 'percent' ? 100 : 1)
  const marks: PlotModule.Markish[] = [
    Plot.ruleY([0], { stroke: '#b1b4b6' }),
    Plot.lineY(data, { x: 'month', y: 'value', stroke: '#0b0c0c', strokeWidth: 2, curve: 'linear' }),
    Plot.dot(data.filter((d) => d.value !== null), { x: 'month', y: 'value', fill: '#1d70b8', r: 3 }),
  ]
  if (target !== null) {
    marks.push(Plot.ruleY([target], { stroke: '#d4351c', strokeWidth: 2, strokeDasharray: '6 4' }))
    marks.push(Plot.text([target], { y: (d: number) => d, frameAnchor: 'right', dy: -7, text: () => `Target ${formatKpiValue(kpi, target)}`, fill: '#0b0c0c', stroke: 'white', strokeWidth: 4, fontSize: 12, textAnchor: 'end' }))
  }
  const months = points.map((p) => monthDate(p.month))
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 720,
    height: 320,
    marginLeft: 56,
    marginBottom: 40,
    x: { type: 'utc', label: null, ticks: months.length > 12 ? 8 : months.length || 1, tickFormat: (d: Date) => shortMonthName(d.toISOString().slice(0, 7)) },
    y: { label: unitLabel[kpi.unit], domain: [0, yMax * 1.05], grid: true, nice: true },
    marks,
  }) as unknown as Element
  svg.querySelector('style')?.remove()
  // Plot names its mark groups with aria-label; inside an image those names are not allowed (axe:
  // aria-prohibited-attr), and the chart's <title>, <desc> and table already say it all.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label')
    el.removeAttribute('aria-description')
  }
  svg.removeAttribute('width')
  svg.removeAttribute('height')
  svg.removeAttribute('style')
  svg.setAttribute('role', 'img')
  svg.setAttribute('focusable', 'false')
  svg.setAttribute('class', 'app-trend-chart')
  svg.setAttribute('aria-labelledby', `${idPrefix}-title ${idPrefix}-desc`)
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title')
  title.setAttribute('id', `${idPrefix}-title`)
  title.textContent = text.title
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc')
  desc.setAttribute('id', `${idPrefix}-desc`)
  desc.textContent = text.description
  svg.insertBefore(desc, svg.firstChild)
  svg.insertBefore(title, svg.firstChild)
  return svg.outerHTML
}
