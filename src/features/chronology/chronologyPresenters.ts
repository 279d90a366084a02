import { formatDate, formatDateTime } from '../../domain/format.js'
import { splitDate } from '../../http/forms.js'
import { chronologyEvents, chronologyGroups } from './chronologyEvents.js'
import type { ChronologyRow } from './chronologyRepository.js'
import type { ChronologyQuery } from './chronologySchemas.js'

const timeOf = (at: string) => formatDateTime(at).split(', ').at(-1) ?? ''

/** Rows for the chronology table: a date (and time where one was recorded), a title, the detail. */
export function chronologyRows(events: ChronologyRow[]) {
  return events.map((e) => {
    const kind = chronologyEvents[e.event]
    return { date: formatDate(e.on), time: e.at ? timeOf(e.at) : '', title: kind?.title(e.code) ?? e.event, href: e.ref && kind?.href ? kind.href(e.ref) : null, detail: e.detail ?? '', significant: e.significant }
  })
}

/** The filter form's values from the query the user sent (kept as typed, even when it is wrong). */
export function filterValues(raw: Record<string, unknown>) {
  const picked = new Set([raw.types].flat().map(String))
  return {
    from: { day: raw['from-day'], month: raw['from-month'], year: raw['from-year'] },
    to: { day: raw['to-day'], month: raw['to-month'], year: raw['to-year'] },
    typeItems: chronologyGroups.map((g) => ({ value: g.code, text: g.description, checked: picked.has(g.code) })),
    significant: raw.significant === 'yes',
  }
}

/** The same filters as a query string, for the print and download links. */
export function filterQuery(q: ChronologyQuery): string {
  const p = new URLSearchParams()
  for (const [name, value] of [['from', q.from], ['to', q.to]] as const) {
    if (!value) continue
    const d = splitDate(value)
    p.append(`${name}-day`, d.day)
    p.append(`${name}-month`, d.month)
    p.append(`${name}-year`, d.year)
  }
  for (const t of q.types) p.append('types', t)
  if (q.significantOnly) p.append('significant', 'yes')
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** What the filters mean in words, printed at the top of an exported chronology. */
export function filterText(q: ChronologyQuery): string {
  const span = q.from && q.to ? `from ${formatDate(q.from)} to ${formatDate(q.to)}` : q.from ? `from ${formatDate(q.from)}` : q.to ? `up to ${formatDate(q.to)}` : 'all dates'
  const types = q.types.length ? `only ${chronologyGroups.filter((g) => q.types.includes(g.code)).map((g) => g.description.toLowerCase()).join(', ')}` : 'every kind of event'
  return `${q.significantOnly ? 'Significant events only' : 'All events'}; ${span}; ${types}.`
}

type Child = { firstName: string; lastName: string; childRef: string; dateOfBirth: string | null; expectedDateOfBirth: string | null }
export const childHeading = (c: Child) => ({ name: `${c.firstName} ${c.lastName}`, childRef: c.childRef, dateOfBirth: formatDate(c.dateOfBirth ?? c.expectedDateOfBirth) })
