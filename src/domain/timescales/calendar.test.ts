import { describe, it, expect } from 'vitest'
import { createWorkingDayCalendar, englandBankHolidays, toLondonDate } from './calendar.js'

const cal = createWorkingDayCalendar({ from: 2010, to: 2040 })

// The published England and Wales list (gov.uk/bank-holidays), written out so a change in the
// date-holidays data cannot silently move a statutory deadline.
const PUBLISHED: Record<number, string[]> = {
  2015: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2016: ['01-01', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2017: ['01-02', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'], // VE day 8 May
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  // Platinum Jubilee 2–3 June; state funeral 19 September.
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'], // coronation 8 May
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
}

describe('bank holidays for England and Wales', () => {
  for (const [year, days] of Object.entries(PUBLISHED)) {
    it(`matches the published list for ${year}`, () => {
      expect(cal.bankHolidays(Number(year))).toEqual(days.map((d) => `${year}-${d}`))
    })
  }

  it('counts substitute weekdays, not the weekend dates they replace', () => {
    for (const d of [
      '2020-12-28',
      '2021-12-27',
      '2021-12-28',
      '2022-12-27',
      '2026-12-28',
      '2027-12-27',
      '2027-12-28',
    ]) {
      expect(cal.isBankHoliday(d)).toBe(true)
      expect(cal.isWorkingDay(d)).toBe(false)
    }
    for (const d of ['2020-12-26', '2021-12-25', '2022-12-25', '2027-12-25'])
      expect(cal.isBankHoliday(d)).toBe(false)
  })

  it('ignores observances such as Mothering Sunday and Easter Sunday', () => {
    expect(cal.isBankHoliday('2026-03-15')).toBe(false)
    expect(cal.isBankHoliday('2026-04-05')).toBe(false)
  })

  it('corrects the 2011 Royal Wedding and the 2012 Diamond Jubilee weekend', () => {
    expect(cal.isBankHoliday('2011-04-29')).toBe(true)
    expect(cal.bankHolidays(2012)).toContain('2012-06-04')
    expect(cal.bankHolidays(2012)).toContain('2012-06-05')
    expect(cal.isWorkingDay('2012-05-28')).toBe(true)
  })

  it('refuses dates outside its range and malformed dates', () => {
    expect(() => cal.isWorkingDay('2041-01-02')).toThrow(RangeError)
    expect(() => cal.isWorkingDay('2023-02-30')).toThrow(RangeError)
    expect(() => cal.bankHolidays(2009)).toThrow(RangeError)
  })
})

describe('addWorkingDays', () => {
  it('treats the start as day 0 and skips the weekend', () => {
    expect(cal.addWorkingDays('2025-03-07', 0)).toBe('2025-03-07') // Friday
    expect(cal.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10') // Monday
    expect(cal.addWorkingDays('2025-03-05', 5)).toBe('2025-03-12')
  })

  it('starts counting from the next working day when received at a weekend', () => {
    expect(cal.addWorkingDays('2025-03-08', 0)).toBe('2025-03-10') // Saturday → Monday is day 0
    expect(cal.addWorkingDays('2025-03-08', 1)).toBe('2025-03-11')
  })

  it('skips Christmas, Boxing Day and the substitute days', () => {
    expect(cal.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29') // Fri 25, Sat, Sun, Mon 28 sub
    expect(cal.addWorkingDays('2027-12-24', 1)).toBe('2027-12-29') // weekend then 27 and 28 subs
    expect(cal.addWorkingDays('2025-12-24', 1)).toBe('2025-12-29')
  })

  it('skips Good Friday and Easter Monday', () => {
    expect(cal.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07')
    expect(cal.addWorkingDays('2024-03-28', 2)).toBe('2024-04-03')
  })

  it('gives the 45-working-day assessment deadline', () => {
    // 2 Jan 2025 + 45 WD: nine full weeks with no bank holiday in between.
    expect(cal.addWorkingDays('2025-01-02', 45)).toBe('2025-03-06')
    // Across Easter (18, 21 April) and the May bank holidays (5, 26 May): three days later, then 26 May skipped.
    expect(cal.addWorkingDays('2025-03-20', 45)).toBe('2025-05-28')
  })

  it('counts backwards with a negative n', () => {
    expect(cal.addWorkingDays('2025-03-10', -1)).toBe('2025-03-07')
    expect(cal.addWorkingDays('2025-03-09', -1)).toBe('2025-03-06') // Sunday rolls back to Friday
  })

  it('honours extra local non-working days', () => {
    const local = createWorkingDayCalendar({ from: 2025, to: 2026, extraNonWorkingDays: ['2025-12-29'] })
    expect(local.addWorkingDays('2025-12-24', 1)).toBe('2025-12-30')
    expect(local.isBankHoliday('2025-12-29')).toBe(false)
    expect(() =>
      createWorkingDayCalendar({ from: 2025, to: 2025, extraNonWorkingDays: ['2030-01-02'] }),
    ).toThrow()
  })
})

describe('workingDaysBetween and the index', () => {
  it('counts working days after a up to and including b', () => {
    expect(cal.workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1)
    expect(cal.workingDaysBetween('2025-03-10', '2025-03-07')).toBe(-1)
    expect(cal.workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1)
    expect(cal.workingDaysBetween('2025-03-08', '2025-03-09')).toBe(0)
  })

  it('inverts addWorkingDays from a working day', () => {
    for (const n of [0, 1, 5, 15, 45, 250]) {
      expect(cal.workingDaysBetween('2025-12-22', cal.addWorkingDays('2025-12-22', n))).toBe(n)
    }
  })

  it('satisfies workingDaysBetween(a, b) = index(b) − index(a) over a whole year', () => {
    const rows = cal.workingDayIndexRows('2025-12-01', '2027-01-31')
    expect(rows[0]?.date).toBe('2025-12-01')
    expect(rows.at(-1)?.date).toBe('2027-01-31')
    for (let i = 0; i < rows.length; i += 7) {
      for (let j = i; j < rows.length; j += 11) {
        const a = rows[i]!
        const b = rows[j]!
        expect(cal.workingDaysBetween(a.date, b.date)).toBe(b.workingDayIndex - a.workingDayIndex)
      }
    }
    const christmas = rows.find((r) => r.date === '2025-12-25')!
    expect(christmas.isWorkingDay).toBe(false)
  })

  it('gives the same index to a date whichever range is asked for', () => {
    const wide = cal.workingDayIndexRows('2010-01-01', '2025-06-02').at(-1)
    const narrow = cal.workingDayIndexRows('2025-06-02', '2025-06-02')[0]
    expect(narrow).toEqual(wide)
  })
})

describe('toLondonDate', () => {
  it('uses BST after the spring clock change', () => {
    expect(toLondonDate(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29') // 00:30 GMT
    expect(toLondonDate(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30') // 00:30 BST
  })

  it('uses BST just before the autumn clock change', () => {
    expect(toLondonDate(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25') // 00:30 BST
    expect(toLondonDate(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25') // 23:30 GMT
  })

  it('is the UTC date in winter', () => {
    expect(toLondonDate(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15')
  })

  it('rejects an invalid Date', () => {
    expect(() => toLondonDate(new Date('nope'))).toThrow(RangeError)
  })
})

describe('a calendar built from remembered bank holidays (the start-up cache)', () => {
  it('answers exactly as one that asks date-holidays, day by day', () => {
    const fresh = createWorkingDayCalendar({ from: 2015, to: 2027 })
    const remembered = createWorkingDayCalendar({ from: 2015, to: 2027, bankHolidays: [...englandBankHolidays(2015, 2027)] })
    expect(remembered.workingDayIndexRows('2015-01-01', '2027-12-31')).toEqual(fresh.workingDayIndexRows('2015-01-01', '2027-12-31'))
    expect(remembered.bankHolidays(2026)).toEqual(fresh.bankHolidays(2026))
  })

  it('refuses a remembered day that is not a date', () => {
    expect(() => createWorkingDayCalendar({ from: 2015, to: 2027, bankHolidays: ['2026-13-01'] })).toThrow(RangeError)
  })
})
