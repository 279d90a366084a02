import { describe, expect, it } from 'vitest'
import { mapLimit } from './mapLimit.js'

describe('mapLimit', () => {
  it('never has more than the limit in flight, and keeps the results in order', async () => {
    let running = 0
    let most = 0
    const results = await mapLimit([50, 10, 30, 5, 20, 1], 2, async (ms) => {
      running++
      most = Math.max(most, running)
      await new Promise((r) => setTimeout(r, ms))
      running--
      return ms * 2
    })
    expect(most).toBe(2)
    expect(results).toEqual([100, 20, 60, 10, 40, 2])
  })

  it('handles no items, and a limit above the number of items', async () => {
    expect(await mapLimit([], 3, async (x: number) => x)).toEqual([])
    expect(await mapLimit([1, 2], 10, async (x) => x + 1)).toEqual([2, 3])
  })
})
