import { describe, expect, it } from 'vitest'
import { distanceMiles, districtOf, isOutOfArea, isOver20Miles } from './postcodes.js'

describe('postcode districts and distances', () => {
  it('reads the district of a full or partial postcode, and nothing from junk', () => {
    expect(districtOf('le1 5ab')).toBe('LE1')
    expect(districtOf('LE65 2AA')).toBe('LE65')
    expect(districtOf('SW1A 1AA')).toBe('SW1A')
    expect(districtOf('NG7')).toBe('NG7')
    expect(districtOf('not a postcode')).toBeNull()
    expect(districtOf(null)).toBeNull()
  })

  it('works out miles between districts, and null when one is unknown', () => {
    expect(distanceMiles('LE1 1AA', 'LE1 9ZZ')).toBe(0)
    const leicesterToNottingham = distanceMiles('LE1 1AA', 'NG1 1AA')!
    expect(leicesterToNottingham).toBeGreaterThan(20)
    expect(leicesterToNottingham).toBeLessThan(26)
    const leicesterToLondon = distanceMiles('LE1 1AA', 'N1 1AA')!
    expect(leicesterToLondon).toBeGreaterThan(85)
    expect(leicesterToLondon).toBeLessThan(100)
    expect(distanceMiles('LE1 1AA', 'ZZ9 9ZZ')).toBeNull()
    expect(distanceMiles(null, 'LE1 1AA')).toBeNull()
  })

  it('flags out of area and over 20 miles', () => {
    expect(isOutOfArea('LE3 0AA')).toBe(false)
    expect(isOutOfArea('LE11 1AA')).toBe(true)
    expect(isOutOfArea('')).toBeNull()
    expect(isOver20Miles(20)).toBe(false)
    expect(isOver20Miles(20.1)).toBe(true)
    expect(isOver20Miles(null)).toBe(false)
  })
})
