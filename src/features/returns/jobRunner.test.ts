import { describe, expect, it } from 'vitest'
import type { Finding } from '../../returns/cin-census/validate.js'
import { groupByRule } from './cinCensusPresenters.js'
import { createJobRunner } from './jobRunner.js'

describe('createJobRunner', () => {
  it('answers at once, reports progress by step, then holds the result', async () => {
    const runner = createJobRunner<number, { year: string }>()
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const job = runner.start('owner', { year: '2025-26' }, 2, async (progress) => {
      progress('first')
      await gate
      progress('second')
      return 42
    })
    expect(job).toMatchObject({ status: 'running', stepsDone: 0, step: 'Waiting to start' })
    await new Promise((r) => setImmediate(r))
    expect(runner.get(job.id)).toMatchObject({ status: 'running', step: 'first', stepsDone: 0 })
    release()
    expect(await runner.wait(job.id)).toMatchObject({ status: 'done', result: 42, stepsDone: 2, error: null })
    expect(runner.listFor('owner')).toHaveLength(1)
    expect(runner.listFor('someone else')).toEqual([])
  })

  it('records a failure with its message, and keeps only the most recent finished jobs', async () => {
    const runner = createJobRunner<number, null>({ keep: 2 })
    const failed = runner.start('o', null, 1, () => Promise.reject(new Error('database went away')))
    expect(await runner.wait(failed.id)).toMatchObject({ status: 'failed', error: 'database went away', result: null })
    const ids = [failed.id]
    for (let i = 0; i < 3; i++) {
      const j = runner.start('o', null, 1, () => Promise.resolve(i))
      ids.push(j.id)
      await runner.wait(j.id)
    }
    expect(ids.map((id) => runner.get(id)?.result ?? null)).toEqual([null, null, 1, 2])
  })
})

describe('groupByRule', () => {
  const f = (code: string, type: 'ERROR' | 'QUERY', laChildId: string | null, field = 'F'): Finding => ({ code, type, laChildId, childPosition: laChildId ? 1 : null, module: 'M', field, message: `rule ${code}`, at: null })
  it('groups findings by rule with the distinct children flagged, errors first', () => {
    const groups = groupByRule([f('2886Q', 'QUERY', null), f('8925', 'ERROR', 'B'), f('100', 'ERROR', 'A', 'G'), f('8925', 'ERROR', 'A'), f('8925', 'ERROR', 'B', 'G')])
    expect(groups.map((g) => [g.code, g.childCount, g.childIds, g.findings, g.fields])).toEqual([
      ['100', 1, ['A'], 1, 'G'],
      ['8925', 2, ['A', 'B'], 3, 'F, G'],
      ['2886Q', 0, [], 1, 'F'],
    ])
  })
})
