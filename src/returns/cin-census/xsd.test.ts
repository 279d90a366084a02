import { describe, expect, it } from 'vitest'
import { buildCensusXml } from './build.js'
import { readFixture } from './fixtures.js'
import { census, child, cpPlan, episode } from './testChild.js'
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
    expect(await validateAgainstXsd('<Message/>', '2022-23')).toEqual({ checked: false, valid: true, findings: [] })
  })
})

describe('the 2024-25 and 2025-26 schema (adapted: Sex, no module 5)', () => {
  const xml = (collectionYear: string, preProceedings: unknown[] = []) =>
    buildCensusXml(census(child({ episodes: [episode({ cpPlans: [cpPlan()], cinPlans: [], preProceedings: preProceedings as never[] })] })), { collectionYear, laCode: '201', referenceDate: '2026-03-31' })

  it('accepts a built 2025-26 return with Sex', async () => {
    expect(await validateAgainstXsd(xml('2025-26'), '2025-26')).toMatchObject({ checked: true, valid: true, findings: [] })
  })

  it('refuses the 2026-27 pre-proceedings module in a 2025-26 return', async () => {
    const module5 = { position: 1, ppStartDate: '2025-06-02', lbpSentDate: null, fgdmMeetingOffer: null, fgdmMeetingFac: null, initialPpMeetingDate: null, reviewMeetingsCount: null, stepDecisionDate: null, ppOutcome: null, courtAppDate: null, letterInitCpDate: null }
    const result = await validateAgainstXsd(xml('2026-27', [module5]), '2025-26')
    expect(result.valid).toBe(false)
    expect(result.findings[0]?.message).toContain('PreProceedingsandFGDM')
  })
})

describe('the 2026-27 schema (adapted: Sex, module 5)', () => {
  const module5 = { position: 1, ppStartDate: '2025-06-02', lbpSentDate: '2025-06-05', fgdmMeetingOffer: 'true', fgdmMeetingFac: 'false', initialPpMeetingDate: '2025-06-16', reviewMeetingsCount: '2', stepDecisionDate: '2025-09-01', ppOutcome: 'A', courtAppDate: '2025-09-08', letterInitCpDate: '2025-09-09' }
  const xmlWith = (ppOutcome: string) =>
    buildCensusXml(census(child({ episodes: [episode({ cpPlans: [cpPlan()], cinPlans: [], preProceedings: [{ ...module5, ppOutcome }] })] })), { collectionYear: '2026-27', laCode: '201', referenceDate: '2026-03-31' })

  it('accepts a built 2026-27 return with the module after the CP plans, and a first plan with 0 previous plans', async () => {
    expect(await validateAgainstXsd(xmlWith('A'), '2026-27')).toMatchObject({ checked: true, valid: true, findings: [] })
  })

  it('refuses an outcome outside codeset CS131', async () => {
    const result = await validateAgainstXsd(xmlWith('D'), '2026-27')
    expect(result.valid).toBe(false)
    expect(result.findings[0]?.message).toContain('PPOutcome')
  })
})
