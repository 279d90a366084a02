import { describe, expect, it } from 'vitest'
import { checkHeadings } from './headings.js'
import { cellValue } from './cells.js'
import { annexALists } from './lists.js'
import { ageOn, monthsBefore, windowOf } from './window.js'

const goodSheets = () =>
  annexALists.map((l) => ({ name: l.sheet, headings: l.columns.map((c) => c.heading) }))

describe('Annex A window', () => {
  it('starts the day after the same date n months before, clamped to the month’s end', () => {
    expect(windowOf('2026-08-31', 6)).toMatchObject({
      from: '2026-03-01',
      to: '2026-08-31',
      from12: '2025-09-01',
    })
    expect(windowOf('2028-08-29', 6).from).toBe('2028-03-01') // 29 Feb 2028 (leap year) + 1
    expect(windowOf('2027-02-28', 12).from).toBe('2026-03-01')
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28')
    expect(() => windowOf('2026-03-31', 0)).toThrow(RangeError)
    expect(() => windowOf('2026-03-31', 25)).toThrow(RangeError)
  })

  it('gives whole years of age on the window’s last day', () => {
    expect(ageOn('2015-03-14', '2026-03-13')).toBe(10)
    expect(ageOn('2015-03-14', '2026-03-14')).toBe(11)
    expect(ageOn(null, '2026-03-14')).toBeNull()
  })
})

describe('Annex A headings check', () => {
  it('accepts the current column set, with curly quotes, spacing and the short Age heading', () => {
    const sheets = goodSheets()
    sheets[0] = {
      name: 'List 1',
      headings: sheets[0]!.headings.map((h) => (h === 'Age of Child (Years)' ? 'Age' : h.toUpperCase())),
    }
    sheets[7] = {
      name: 'List 8',
      headings: sheets[7]!.headings.map((h) => h.replace("'Missing'", '‘Missing’')),
    }
    expect(checkHeadings(sheets)).toEqual([])
  })

  it('lists every missing sheet, missing column and unknown column or sheet', () => {
    const sheets = goodSheets().filter((s) => s.name !== 'List 2')
    sheets[0] = {
      name: 'List 1',
      headings: [
        'Child Unique ID',
        'Gender',
        'Ethnicity',
        'Date of Birth',
        'Age',
        'Date of Contact',
        'Colour',
      ],
    }
    sheets.push({ name: 'Sheet1', headings: [] })
    expect(checkHeadings(sheets).map((p) => p.message)).toEqual([
      'List 1 is missing the column “Contact Source”',
      'List 1 has column not in Annex A: “Colour”',
      'List 2 (Early help assessments) is missing',
      'The sheet “Sheet1” is not an Annex A list (expected List 1 to List 11)',
    ])
  })
})

describe('Annex A cells', () => {
  const list3 = annexALists[2]!
  const col = (h: string) => list3.columns.find((c) => c.heading === h)!
  it('shows codes as Annex A labels, booleans as a) Yes / b) No, and blanks as empty', () => {
    expect(cellValue(col('Referral Source'), { source: '5D' })).toBe('p1) 5D: LA services')
    expect(cellValue(col('Referral NFA?'), { nfa: true })).toBe('a) Yes')
    expect(cellValue(col('Referral NFA?'), { nfa: false })).toBe('b) No')
    expect(cellValue(col('Referral NFA?'), { nfa: null })).toBeNull()
    expect(cellValue(col('Gender'), { sex: 'U' })).toBe('c) Not stated/recorded')
    expect(cellValue(col('Number of Referrals in Last 12 Months'), { referrals12m: '3' })).toBe(3)
  })
})
