/** The scorecard's sparkline and the trend summary sentence (issue 7 part 3): pure, no database. */
import { describe, expect, it } from 'vitest'
import { kpiById, type Kpi } from '../../domain/kpis/index.js'
import { sparkline } from './sparkline.js'
import { trendChart } from './trendChart.js'
import { NO_TREND, trendSummary } from './trendSummary.js'
import type { TrendPoint } from './trendTypes.js'

const percentKpi: Kpi = { ...kpiById('ASSESS_45WD')!, target: 80 }
const point = (month: string, value: number | null, numerator = 1, denominator = 2): TrendPoint => ({ month, value, numerator, denominator })
const points = [point('2024-12', 61.2), point('2025-01', null), point('2025-02', 65), point('2026-11', 70.4)]

describe('trend summary', () => {
  it('says where the KPI went, from its first value to its last, and the target', () => {
    expect(trendSummary(percentKpi, points)).toBe('Up from 61.2% in December 2024 to 70.4% in November 2026; target 80%')
    expect(trendSummary(percentKpi, [point('2025-01', 70), point('2025-02', 60)])).toBe('Down from 70% in January 2025 to 60% in February 2025; target 80%')
    expect(trendSummary(percentKpi, [point('2025-01', 70), point('2025-02', 70)])).toBe('Unchanged from 70% in January 2025 to 70% in February 2025; target 80%')
    expect(trendSummary({ ...percentKpi, target: null }, [point('2025-01', 70)])).toBe('70% in January 2025')
  })

  it('says so when there is nothing to show', () => {
    expect(trendSummary(percentKpi, [])).toBe(NO_TREND)
    expect(trendSummary(percentKpi, [point('2025-01', null), point('2025-02', null)])).toBe('No value in the 2 months held; target 80%')
  })
})

describe('sparkline', () => {
  it('is an SVG image whose accessible name is the summary, with the target as a dashed line', () => {
    const s = sparkline(percentKpi, points)
    expect(s.summary).toBe(trendSummary(percentKpi, points))
    expect(s.svg).toMatch(/^<svg [^>]*role="img"/)
    expect(s.svg).toContain(`aria-label="${s.summary}"`)
    expect(s.svg).toContain('stroke-dasharray')
    // The month with no value breaks the line rather than joining across it: the first month stands alone as a dot.
    expect(s.svg.match(/<polyline/g)).toHaveLength(1)
    expect(s.svg.match(/<circle/g)).toHaveLength(2)
    expect(s.svg).not.toMatch(/<script|style=/)
  })

  it('draws nothing but says why when there are no snapshots', () => {
    expect(sparkline(percentKpi, [])).toEqual({ svg: '', summary: NO_TREND })
  })

  it('is cheap enough for a whole scorecard', () => {
    const year = Array.from({ length: 24 }, (_, i) => point(`20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 50 + i))
    sparkline(percentKpi, year)
    const start = performance.now()
    for (let i = 0; i < 75; i++) sparkline(percentKpi, year)
    // A generous bound (two cores shared with other test files): about 0.3 ms each when idle.
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

describe('trend chart', () => {
  it('is an Observable Plot SVG named by its title and description, with no inline style', async () => {
    const svg = await trendChart(percentKpi, points, { title: 'Assessments, month by month', description: 'Up & up' })
    expect(svg).toMatch(/^<svg [^>]*role="img"/)
    expect(svg).toContain('aria-labelledby="trend-chart-title trend-chart-desc"')
    expect(svg).toContain('<title id="trend-chart-title">Assessments, month by month</title>')
    expect(svg).toContain('<desc id="trend-chart-desc">Up &amp; up</desc>')
    expect(svg).toContain('Target 80%')
    expect(svg).not.toMatch(/<style|style=|<script/)
  })
})
