import { describe, it, expect } from 'vitest'
import { renderTimescalesDoc } from './doc.js'
import { defineTimescale, timescaleRules } from './rules.js'

describe('renderTimescalesDoc', () => {
  const doc = renderTimescalesDoc(timescaleRules)

  it('lists every rule id', () => {
    for (const rule of timescaleRules) expect(doc).toContain(`\`${rule.id}\``)
  })

  it('is one table row per rule, with the due period and whether it is statutory', () => {
    const rows = doc.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows).toHaveLength(timescaleRules.length)
    expect(doc).toContain('| 45 working days |')
    expect(doc).toContain('| 1 working day |')
    expect(doc).toContain('No (statutory)')
  })

  it('shows repeat intervals with their end event, and periods that count the start day', () => {
    expect(doc).toContain('| every 10 working days, until `cp_plan.ended` (`endDate`) |')
    expect(doc).toContain('| 26 weeks, counting the start day |')
    expect(doc).toContain('| 72 hours | 24 hours (default) |')
  })

  it('escapes pipes so a cell cannot break the table', () => {
    const rule = defineTimescale({
      id: 'PIPE_TEST',
      title: 'A | B',
      appliesTo: 'test',
      startsAt: { event: 'a', field: 'b' },
      stopsAt: { event: 'c', field: 'd' },
      due: { amount: 72, unit: 'hours' },
      source: 'Children Act 1989 s46',
      localOverride: false,
    })
    const out = renderTimescalesDoc([rule])
    expect(out).toContain('A \\| B')
    expect(out).toContain('24 hours (default)')
  })
})
