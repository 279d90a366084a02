import { describe, expect, it } from 'vitest'
import { memoInRequest, withRequestMemo } from './requestMemo.js'

describe('request memo', () => {
  it('computes a key once within a read-only request, and afresh in the next request', async () => {
    let calls = 0
    const load = () => memoInRequest('child:1', async () => ++calls)
    const inRequest = () => new Promise<number[]>((resolve) => withRequestMemo(() => void Promise.all([load(), load(), load()]).then(resolve)))
    expect(await inRequest()).toEqual([1, 1, 1])
    expect(await inRequest()).toEqual([2, 2, 2])
  })

  it('computes every time outside a request with a memo (writes, jobs, scripts)', async () => {
    let calls = 0
    const load = () => memoInRequest('child:1', async () => ++calls)
    expect([await load(), await load()]).toEqual([1, 2])
  })
})
