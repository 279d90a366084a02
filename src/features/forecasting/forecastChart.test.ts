import { describe, expect, it } from 'vitest'
import { forecastChart, niceMax } from './forecastChart.js'

const point = (month: string, central: number, spread: number) => ({ month, central, lo80: central - spread, hi80: central + spread, lo95: central - 2 * spread, hi95: central + 2 * spread })

describe('forecastChart', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([niceMax(0), niceMax(7), niceMax(12), niceMax(430), niceMax(500)]).toEqual([1, 10, 20, 500, 500])
  })

  it('draws an image with its text label, two bands and two lines, labelled by month', () => {
    const svg = forecastChart('Chart: 10 <now> & "later"', [{ month: '2026-09', value: 8 }, { month: '2026-10', value: 10 }], [point('2026-11', 11, 1), point('2026-12', 12, 2)])
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Chart: 10 &#60;now&#62; &#38; &#34;later&#34;"/)
    expect(svg.match(/<polygon /g)).toHaveLength(2)
    expect(svg.match(/<polyline /g)).toHaveLength(2)
    expect(svg).toContain('>September 2026</text>')
    expect(svg).toContain('>December 2026</text>')
    // The axis runs to 20 (the 95% upper of 16 rounded up): its top label.
    expect(svg).toContain('>20</text>')
  })

  it('draws nothing without a forecast', () => {
    expect(forecastChart('x', [{ month: '2026-10', value: 1 }], [])).toBe('')
  })
})
