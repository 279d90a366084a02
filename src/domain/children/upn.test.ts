import { describe, expect, it } from 'vitest'
import { isValidUpn, upnCheckLetter, withCheckLetter } from './upn.js'

describe('UPN check letter', () => {
  it('accepts a UPN whose first letter matches the DfE check-letter algorithm', () => {
    const upn = withCheckLetter('938201511001')
    expect(isValidUpn(upn)).toBe(true)
    expect(upn).toHaveLength(13)
  })

  it('computes the worked value: weights 2..13 over the body, mod 23', () => {
    // body 000000000001 → 1 × 13 = 13 → letters[13] = 'P'
    expect(upnCheckLetter('X000000000001')).toBe('P')
  })

  it('rejects a UPN with a wrong check letter', () => {
    const upn = withCheckLetter('938201511001')
    const wrong = (upn[0] === 'A' ? 'B' : 'A') + upn.slice(1)
    expect(isValidUpn(wrong)).toBe(false)
  })

  it('accepts a temporary UPN ending in a letter', () => {
    expect(isValidUpn(withCheckLetter('93820151100A'))).toBe(true)
  })

  it('rejects malformed values', () => {
    for (const bad of ['', 'A12', 'A1234567890123', '1234567890123', 'A12345678901O']) expect(isValidUpn(bad)).toBe(false)
  })
})
