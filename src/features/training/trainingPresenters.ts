import { describe, trainingProgrammes } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { Spec } from '../child-protection/cpPresenters.js'
import type { TrainingRow } from './trainingRepository.js'

/** Attended, overdue (due before today and not attended) or due: the gap Leicestershire 2016 found. */
function statusOf(r: TrainingRow['record'], today: string) {
  if (r.attendedOn) return { statusText: 'Attended', rag: 'green' }
  return r.dueOn < today ? { statusText: 'Overdue', rag: 'red' } : { statusText: 'Due', rag: 'grey' }
}

export const trainingRows = (rows: TrainingRow[], today: string) =>
  rows.map(({ record: r, personName }) => ({
    href: `/training/users/${r.userId}`, person: personName, programme: describe(trainingProgrammes, r.programme), title: r.title, due: formatDate(r.dueOn), attended: r.attendedOn ? formatDate(r.attendedOn) : 'Not yet', ...statusOf(r, today),
  }))

export const trainingFields: Spec[] = [
  { kind: 'radios', name: 'programme', label: 'Programme', codes: trainingProgrammes },
  { kind: 'text', name: 'title', label: 'Session or module', hint: 'For example, ASYE reflective session 3' },
  { kind: 'date', name: 'dueOn', label: 'When it is due' },
  { kind: 'date', name: 'attendedOn', label: 'When it was attended (optional)' },
]

/** The attendance form offers the sessions not yet attended, each with the version the page showed. */
export const attendanceFields = (rows: TrainingRow[]): Spec[] => [
  { kind: 'select', name: 'record', label: 'Session attended', options: rows.filter((r) => !r.record.attendedOn).map((r) => ({ value: `${r.record.id}:${r.record.version}`, text: `${r.record.title} (due ${formatDate(r.record.dueOn)})` })) },
  { kind: 'date', name: 'attendedOn', label: 'Date attended' },
]

export const trainingAnchors = { dueOn: 'dueOn-day', attendedOn: 'attendedOn-day', programme: 'programme' }
