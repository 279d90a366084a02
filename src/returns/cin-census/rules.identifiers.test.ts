/** Per-rule unit tests (header, UPN, identifiers, characteristics, CINdetails): one passing and one failing case each. */
import { describe, expect, it } from 'vitest'
import { withCheckLetter } from '../../domain/children/upn.js'
import type { Census, CensusChild } from './types.js'
import { census, child, cpChild, cpPlan, episode, findingsOf, header, validUpn } from './testChild.js'

type Case = { code: string; fail: CensusChild | Census; pass?: CensusChild | Census }
const ep = episode
const closed = { closureDate: '2025-09-01', reasonForClosure: 'RC7' }
const otherUpn = withCheckLetter('201000000099')

const cases: Case[] = [
  { code: '100', fail: { ...census(child()), header: { ...header, referenceDate: '2026-03-30' } } },
  { code: '2883', fail: child({ episodes: [ep({ cinPlans: [], cpPlans: [cpPlan()] })] }), pass: cpChild() },
  { code: '2886Q', fail: child({ sex: null }) },
  {
    code: '2887Q',
    fail: child(),
    pass: child({ disabilities: ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS'] }),
  },
  { code: '2888Q', fail: child({ disabilities: ['MOB'] }), pass: child({ disabilities: ['MOB', 'HAND'] }) },
  { code: '1510', fail: child({ upn: (validUpn[0] === 'A' ? 'B' : 'A') + validUpn.slice(1) }) },
  {
    code: '1520',
    fail: census(child({ laChildId: 'A', upn: otherUpn }), child({ laChildId: 'B', upn: otherUpn })),
    pass: census(child(), child()),
  },
  { code: '1530', fail: child({ upn: withCheckLetter('999000000001') }) },
  { code: '1540', fail: child({ upn: 'A2010000X0001' }) },
  {
    code: '1550',
    fail: child({ upn: 'A20100000000I' }),
    pass: child({ upn: withCheckLetter('20100000000A') }),
  },
  { code: '1560Q', fail: child({ formerUpn: 'A12345' }), pass: child({ formerUpn: validUpn }) },
  { code: '1570', fail: child({ laChildId: 'X'.repeat(21) }), pass: child({ laChildId: 'X'.repeat(20) }) },
  { code: '1580', fail: child({ laChildId: 'C-1' }) },
  { code: '4180', fail: child({ sex: null, genderCurrent: '1' }), pass: child({ sex: 'U' }) },
  { code: '8500', fail: child({ laChildId: null }) },
  {
    code: '8510',
    fail: census(child({ laChildId: 'D' }), child({ laChildId: 'D' })),
    pass: census(child(), child()),
  },
  { code: '8520', fail: child({ birthDate: '2026-04-01' }), pass: child({ birthDate: '2026-03-31' }) },
  { code: '8525Q', fail: child({ expectedBirthDate: '2026-05-01' }) },
  {
    code: '8530Q',
    fail: child({ birthDate: null, expectedBirthDate: '2027-01-15', sex: 'U' }),
    pass: child({ birthDate: null, expectedBirthDate: '2026-05-01', sex: 'U' }),
  },
  { code: '8535Q', fail: child({ deathDate: '2014-01-01' }), pass: child({ deathDate: '2025-12-01' }) },
  { code: '8545Q', fail: child({ deathDate: '2025-03-01' }), pass: child({ deathDate: '2025-04-01' }) },
  { code: '8590', fail: child({ episodes: [] }) },
  {
    code: '8750',
    fail: child({ birthDate: null, expectedBirthDate: '2026-05-01', sex: 'F' }),
    pass: child({ birthDate: null, expectedBirthDate: '2026-05-01', sex: 'U' }),
  },
  {
    code: '8770Q',
    fail: child({ upn: null, upnUnknown: 'UN1' }),
    pass: child({ upn: null, upnUnknown: 'UN2' }),
  },
  {
    code: '8772',
    fail: child({ upnUnknown: 'UN7' }),
    pass: child({ upnUnknown: 'UN7', episodes: [ep({ referralNfa: 'true' })] }),
  },
  { code: '8775Q', fail: child({ birthDate: '1990-01-01' }), pass: child({ birthDate: '2001-04-01' }) },
  { code: '4008', fail: child({ deathDate: '2025-07-01' }), pass: child({ deathDate: '2025-12-01' }) },
  {
    code: '4009Q',
    fail: child({
      deathDate: '2025-07-10',
      episodes: [ep({ cinPlans: [{ position: 1, startDate: '2025-07-02', endDate: '2025-08-01' }] })],
    }),
  },
  { code: '4220', fail: child({ ethnicity: 'XXXX' }), pass: child({ ethnicity: 'REFU' }) },
  {
    code: '8540',
    fail: child({ disabilities: [] }),
    pass: child({ disabilities: [], episodes: [ep({ referralNfa: 'true' })] }),
  },
  {
    code: '8790',
    fail: child({ disabilities: ['NONE', 'MOB'] }),
    pass: child({ disabilities: ['MOB', 'AUT'] }),
  },
  {
    code: '8794',
    fail: child({ disabilities: ['MOB', 'MOB'] }),
    pass: child({ disabilities: ['MOB', 'AUT'] }),
  },
  { code: '8555Q', fail: child({ deathDate: '2025-06-01' }), pass: child({ deathDate: '2025-06-02' }) },
  {
    code: '8568',
    fail: child({ episodes: [ep({ referralNfa: 'maybe' })] }),
    pass: child({ episodes: [ep({ referralNfa: '0' })] }),
  },
  {
    // The day before 1 April 2025 is one working day prior to the collection start, so it passes.
    code: '8569Q',
    fail: child({ episodes: [ep({ referralDate: '2025-03-28', referralNfa: 'true' })] }),
    pass: child({ episodes: [ep({ referralDate: '2025-03-31', referralNfa: 'true' })] }),
  },
  {
    code: '8585Q',
    fail: child({ episodes: [ep({ closureDate: '2025-09-01', reasonForClosure: 'RC2' })] }),
    pass: child({
      deathDate: '2025-09-01',
      episodes: [ep({ closureDate: '2025-09-01', reasonForClosure: 'RC2' })],
    }),
  },
  { code: '8600', fail: child({ episodes: [ep({ referralDate: '2026-04-01' })] }) },
  { code: '8606', fail: child({ birthDate: '2025-05-01', episodes: [ep({ referralDate: '2024-07-01' })] }) },
  { code: '8610', fail: child({ episodes: [ep({ primaryNeedCode: null })] }) },
  {
    code: '8620',
    fail: child({ episodes: [ep({ closureDate: '2026-04-01', reasonForClosure: 'RC7' })] }),
    pass: child({ episodes: [ep(closed)] }),
  },
  { code: '8630', fail: child({ episodes: [ep({ closureDate: '2025-06-01', reasonForClosure: 'RC7' })] }) },
  {
    code: '8640',
    fail: child({ episodes: [ep({ ...closed, reasonForClosure: 'RC99' })] }),
    pass: child({ episodes: [ep(closed)] }),
  },
  { code: '8650', fail: child({ episodes: [ep({ primaryNeedCode: 'N99' })] }) },
  {
    code: '8805',
    fail: child({ episodes: [ep({ closureDate: '2025-09-01' })] }),
    pass: child({ episodes: [ep(closed)] }),
  },
  {
    code: '8810',
    fail: child({ episodes: [ep({ reasonForClosure: 'RC7' })] }),
    pass: child({ episodes: [ep(closed)] }),
  },
  {
    code: '8866',
    fail: child({ episodes: [ep({ referralSource: '99' })] }),
    pass: child({ episodes: [ep({ referralSource: '5D' })] }),
  },
]

describe('CIN census rules: identifiers, characteristics and episodes', () => {
  it.each(cases)('$code fails the failing case and passes the passing one', ({ code, fail, pass }) => {
    expect(findingsOf(code, fail)).toContain(code)
    expect(findingsOf(code, pass ?? child())).toEqual([])
  })
})
