import { describe, expect, it } from 'vitest'
import { reviewsRules } from './reviews.js'
import { at, hitsOf, uncovered, type RuleCase } from './ruleCheck.js'
import type { Ssda903Row } from '../tables.js'

const H = (o: Partial<Ssda903Row<'Header'>> = {}) => ({ CHILD: 'C1', SEX: 'F', DOB: '01/01/2015', ETHNIC: 'WBRI', UPN: 'A123456789012', ...o })
const R = (o: Partial<Ssda903Row<'Reviews'>> = {}) => ({ CHILD: 'C1', DOB: '01/01/2015', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1', ...o })
const E = (o: Partial<Ssda903Row<'Episodes'>> = {}) => ({ CHILD: 'C1', DECOM: '01/05/2025', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', ...o })

const cases: RuleCase[] = [
  { code: '166', pass: { Reviews: [R()] }, fail: { Reviews: [R(), R({ REVIEW: '' })] }, hits: [at('Reviews', 1, ['REVIEW'])] },
  { code: '167', pass: { Reviews: [R(), R({ REVIEW: '', REVIEW_CODE: '' })] }, fail: { Reviews: [R({ REVIEW_CODE: 'PN8' }), R({ REVIEW_CODE: '' })] }, hits: [at('Reviews', 0, ['REVIEW_CODE']), at('Reviews', 1, ['REVIEW_CODE'])] },
  // Born 1 January 2022: 4 on 1 January 2026.
  { code: '440', pass: { Reviews: [R({ DOB: '01/01/2022', REVIEW: '01/01/2026', REVIEW_CODE: 'PN0' })] }, fail: { Reviews: [R({ DOB: '01/01/2022', REVIEW: '02/01/2026', REVIEW_CODE: 'PN0' })] }, hits: [at('Reviews', 0, ['DOB', 'REVIEW', 'REVIEW_CODE'])] },
  { code: '441', pass: { Reviews: [R({ DOB: '01/01/2022', REVIEW: '01/01/2026', REVIEW_CODE: 'PN1' })] }, fail: { Reviews: [R({ DOB: '01/01/2022', REVIEW: '31/12/2025', REVIEW_CODE: 'PN7' })] }, hits: [at('Reviews', 0, ['DOB', 'REVIEW', 'REVIEW_CODE'])] },
  { code: 'INT08', pass: { Header: [H()], Reviews: [R()] }, fail: { Header: [H()], Reviews: [R(), R({ CHILD: 'C9' })] }, hits: [at('Reviews', 1, ['CHILD'], 'C9')] },
  { code: 'INT17', pass: { Header: [H()], Reviews: [R()] }, fail: { Header: [H()], Reviews: [R({ DOB: '02/01/2015' })] }, hits: [at('Reviews', 0, ['DOB'])] },
  {
    code: '399',
    pass: { Header: [H({ MOTHER: '0' })], Episodes: [E({ LS: 'V3' }), E({ LS: 'C2' })], Reviews: [R()] },
    fail: { Header: [H({ MOTHER: '0' })], Episodes: [E({ LS: 'V3' }), E({ LS: 'V4' })], Reviews: [R()] },
    hits: [at('Episodes', 0, ['LS']), at('Episodes', 1, ['LS']), at('Header', 0, ['MOTHER']), at('Reviews', 0, ['REVIEW', 'REVIEW_CODE'])],
  },
]

describe('SSDA903 Reviews rules', () => {
  it('has a passing and a failing case for every rule', () => {
    expect(uncovered(reviewsRules, cases)).toEqual([])
  })
  it.each(cases)('rule $code passes a good return and reports the failing rows', (c) => {
    expect(hitsOf(reviewsRules, c.code, c.pass, c.year)).toEqual([])
    expect(hitsOf(reviewsRules, c.code, c.fail, c.year)).toEqual(c.hits)
  })
})
