import { describe, expect, it } from 'vitest'
import { readFixture } from './fixtures.js'
import { validateAgainstXsd } from './xsd.js'

describe('CIN census XSD validation', () => {
  it('accepts the 332-child fake census, which is valid against the 2023-24 schema', async () => {
    const result = await validateAgainstXsd(readFixture('fake_data/fake_CIN_data.xml'), '2023-24')
    expect(result).toMatchObject({ checked: true, valid: true, findings: [] })
  })

  it('reports each schema error with its line', async () => {
    const broken = readFixture('fake_data/fake_CIN_data.xml').replace('<LEA>', '<LEA>X')
    const result = await validateAgainstXsd(broken, '2023-24')
    expect(result.valid).toBe(false)
    expect(result.findings[0]).toMatchObject({ line: expect.any(Number), message: expect.stringContaining('LEA') })
  })

  it('says when a year has no XSD to check against', async () => {
    expect(await validateAgainstXsd('<Message/>', '2026-27')).toEqual({ checked: false, valid: true, findings: [] })
  })
})
