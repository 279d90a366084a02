/** Calendar months as 'YYYY-MM' strings: the unit every flow and forecast is counted in. */

export type Month = string

const parse = (m: Month) => {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(m)
  if (!match) throw new RangeError(`Not a month: ${m}`)
  return Number(match[1]) * 12 + Number(match[2]) - 1
}
const format = (n: number): Month => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`

export const addMonths = (m: Month, k: number): Month => format(parse(m) + k)

/** Months from `first` to `last` inclusive (empty when `last` is before `first`). */
export function monthRange(first: Month, last: Month): Month[] {
  const [a, b] = [parse(first), parse(last)]
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => format(a + i))
}

/** The first and last calendar days of a month, as ISO dates. */
export function monthBounds(m: Month): { from: string; to: string } {
  const n = parse(m)
  const [y, mo] = [Math.floor(n / 12), (n % 12) + 1]
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  return { from: `${m}-01`, to: `${m}-${String(last).padStart(2, '0')}` }
}

const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** 'March 2027' */
export const monthLabel = (m: Month) => `${names[parse(m) % 12]} ${m.slice(0, 4)}`
