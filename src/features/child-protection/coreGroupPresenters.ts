import { formatDate } from '../../domain/format.js'
import type { Evaluation } from '../../domain/timescales/index.js'
import { clockText } from '../plans/planPresenters.js'
import type { CoreGroupRow } from './coreGroupRepository.js'
import { clockTag, type Spec } from './cpPresenters.js'

export const coreGroupFields: Spec[] = [
  { kind: 'date', name: 'heldOn', label: 'Date of the core group meeting' },
  { kind: 'textarea', name: 'attendance', label: 'Who attended', hint: 'Family members and professionals, and who sent apologies' },
  { kind: 'textarea', name: 'summary', label: 'Summary', hint: 'Progress against the plan, and what each person will do next' },
]

type Clocks = { first: Evaluation | null; coreGroupClock: Evaluation | null; reviewClock: Evaluation | null }

/** Summary rows for the plan page: the first core group's timeliness and the next meeting and review due. */
export function coreGroupRows(c: Clocks): [string, string | null][] {
  return [
    ['First core group (within 10 working days of the ICPC)', c.first ? `Held ${clockTag(c.first).text.toLowerCase()} (due ${formatDate(c.first.dueOn)})` : 'Not yet held'],
    ...(c.coreGroupClock ? ([['Next core group', clockText(c.coreGroupClock)], ['Next review conference', clockText(c.reviewClock)]] as [string, string | null][]) : []),
  ]
}

export function coreGroupTable(meetings: CoreGroupRow[]) {
  return {
    caption: 'Core group meetings',
    head: ['Held', 'Who attended', 'Summary'].map((text) => ({ text })),
    empty: 'No core group meetings recorded.',
    rows: meetings.map((m) => [{ text: formatDate(m.heldOn) }, { text: m.attendance }, { text: m.summary }]),
  }
}
