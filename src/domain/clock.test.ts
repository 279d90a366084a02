import { describe, expect, it } from 'vitest'
import { fixedClock, londonDateOf, londonLocalToInstant } from './clock.js'

describe('London time', () => {
  it('reads a winter wall-clock time as UTC', () => {
    expect(londonLocalToInstant('2026-01-15T09:30').toISOString()).toBe('2026-01-15T09:30:00.000Z')
  })
  it('reads a summer wall-clock time as BST, an hour ahead of UTC', () => {
    expect(londonLocalToInstant('2026-07-01T09:30').toISOString()).toBe('2026-07-01T08:30:00.000Z')
  })
  it('gives the London calendar date of a late-evening summer instant', () => {
    expect(londonDateOf(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02')
  })
  it('a fixed clock always answers the same time', () => {
    const clock = fixedClock('2026-11-25T10:00:00Z')
    expect(clock.now().toISOString()).toBe('2026-11-25T10:00:00.000Z')
    expect(clock.today()).toBe('2026-11-25')
  })
})
