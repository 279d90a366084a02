import { describe, missingKinds } from '../../domain/codeLists/index.js'
import { londonLocalOf } from '../../domain/clock.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import type { Evaluation } from '../../domain/timescales/index.js'
import { splitDate, splitDateTime } from '../../http/forms.js'
import type { Spec, Values } from '../child-protection/cpPresenters.js'
import type { MissingListRow, RhiStatus } from './missingList.js'
import type { EpisodeRow, InterviewRow, ScreeningRow } from './missingRepository.js'
import { rhiResponses, riskLevels, screeningKinds } from './missingSchemas.js'

type Episode = EpisodeRow & { interview: InterviewRow | null; clock: Evaluation | null }
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const episodeFields: Spec[] = [
  { kind: 'radios', name: 'kind', label: 'Missing or away without authorisation?', codes: missingKinds },
  { kind: 'datetime', name: 'startedAt', label: 'When did the child go missing or away?' },
  { kind: 'datetime', name: 'endedAt', label: 'When did the child return? (leave blank while still missing)' },
  { kind: 'text', name: 'whereFound', label: 'Where the child was found (optional)' },
]
export const returnFields: Spec[] = [
  { kind: 'datetime', name: 'endedAt', label: 'When did the child return?', hint: 'The 72-hour clock for the return home interview starts here' },
  { kind: 'text', name: 'whereFound', label: 'Where the child was found (optional)' },
]
export const interviewFields: Spec[] = [
  { kind: 'datetime', name: 'offeredAt', label: 'When was the return home interview offered?', hint: 'It must be offered within 72 hours of the return, weekends included (DfE 2014 guidance, para 46)' },
  { kind: 'radios', name: 'response', label: 'The child’s response', codes: rhiResponses },
  { kind: 'date', name: 'heldOn', label: 'Date the interview was held (optional)' },
  { kind: 'textarea', name: 'findings', label: 'What the interview found (optional)', hint: 'Push and pull factors, where the child was, who with, and any risk of exploitation' },
]
export const screeningFields: Spec[] = [
  { kind: 'radios', name: 'screeningKind', label: 'Screening for', codes: screeningKinds },
  { kind: 'date', name: 'screenedOn', label: 'Date of the screening' },
  { kind: 'radios', name: 'riskLevel', label: 'Risk level', codes: riskLevels },
  { kind: 'text', name: 'prompt', label: 'What prompted it (optional)', hint: 'For example, repeat missing episodes' },
  { kind: 'date', name: 'meetingReferredOn', label: 'Date referred to the multi-agency meeting (optional)' },
  { kind: 'textarea', name: 'meetingOutcome', label: 'Outcome of the multi-agency meeting (optional)' },
  { kind: 'textarea', name: 'notes', label: 'Notes (optional)' },
]
export const missingAnchors = Object.fromEntries(['startedAt', 'endedAt', 'offeredAt', 'heldOn', 'screenedOn', 'meetingReferredOn'].map((n) => [n, `${n}-day`]))

const local = (d: Date | null) => (d ? londonLocalOf(d) : null)
export const returnValues = (e: EpisodeRow): Values => ({ ...splitDateTime('endedAt', local(e.endedAt)), whereFound: e.whereFound ?? '' })
export function interviewValues(i: InterviewRow | null): Values {
  if (!i) return {}
  const held = splitDate(i.heldOn)
  return { ...splitDateTime('offeredAt', local(i.offeredAt)), response: i.response, 'heldOn-day': held.day, 'heldOn-month': held.month, 'heldOn-year': held.year, findings: i.findings ?? '' }
}

/** The RHI for one episode, as a tag: the 72-hour clock from the return to the offer. */
export function rhiTag(e: Pick<Episode, 'endedAt' | 'interview' | 'clock'>) {
  if (!e.endedAt || !e.clock) return { text: 'Still missing', classes: 'govuk-tag--red' }
  const response = e.interview ? `, ${describe(rhiResponses, e.interview.response).toLowerCase()}` : ''
  switch (e.clock.status) {
    case 'met': return { text: `Offered in time${response}`, classes: 'govuk-tag--green' }
    case 'missed': return { text: `Offered late${response}`, classes: 'govuk-tag--red' }
    case 'overdue': return { text: 'Not offered within 72 hours', classes: 'govuk-tag--red' }
    case 'due_soon': return { text: 'Offer due within 24 hours', classes: 'govuk-tag--yellow' }
    case 'on_track': return { text: 'Offer due', classes: 'govuk-tag--green' }
  }
}
const tagHtml = (t: { text: string; classes: string }) => `<strong class="govuk-tag ${t.classes}">${escape(t.text)}</strong>`

export const episodeRows = (e: Episode) =>
  [
    ['Kind', describe(missingKinds, e.kind)], ['Went missing', formatDateTime(e.startedAt)], ['Returned', e.endedAt ? formatDateTime(e.endedAt) : 'Still missing'], ['Where found', e.whereFound],
    ['Return home interview due by', e.clock ? formatDateTime(e.clock.dueOn) : 'From the return, 72 hours'], ['RHI offered', e.interview ? formatDateTime(e.interview.offeredAt) : 'Not yet offered'],
    ['Response', e.interview ? describe(rhiResponses, e.interview.response) : null], ['Held on', e.interview?.heldOn ? formatDate(e.interview.heldOn) : null], ['Findings', e.interview?.findings],
  ] as [string, string | null][]

export function childTables(childId: string, episodes: Episode[], screenings: ScreeningRow[]) {
  return [
    {
      caption: 'Missing and absent episodes', empty: 'No missing or absent episodes recorded.',
      head: ['Went missing', 'Kind', 'Returned', 'Where found', 'Return home interview'].map((text) => ({ text })),
      rows: episodes.map((e) => [
        { html: `<a class="govuk-link" href="/children/${childId}/missing?episode=${e.id}">${formatDateTime(e.startedAt)}</a>` }, { text: e.kind === 'A' ? 'Away without authorisation' : 'Missing' },
        { text: e.endedAt ? formatDateTime(e.endedAt) : 'Still missing' }, { text: e.whereFound ?? '' }, { html: tagHtml(rhiTag(e)) },
      ]),
    },
    {
      caption: 'Exploitation screenings', empty: 'No CSE or CCE screening recorded.',
      head: ['Screened on', 'For', 'Risk', 'Prompt', 'Multi-agency meeting'].map((text) => ({ text })),
      rows: screenings.map((s) => [
        { text: formatDate(s.screenedOn) }, { text: s.kind }, { text: describe(riskLevels, s.riskLevel) }, { text: s.prompt ?? '' },
        { text: s.meetingReferredOn ? `Referred ${formatDate(s.meetingReferredOn)}${s.meetingOutcome ? `: ${s.meetingOutcome}` : ''}` : 'Not referred' },
      ]),
    },
  ]
}

export const statusText: Record<Exclude<RhiStatus, 'MISSING' | 'IN_TIME'>, string> = { DUE: 'Due, not yet offered', NOT_OFFERED: 'Not offered within 72 hours', LATE: 'Offered late' }
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
const overdueText = (h: number) => (h >= 24 ? `${plural(Math.floor(h / 24), 'day')} ${plural(h % 24, 'hour')}` : plural(h, 'hour'))
const childLink = (r: { childId: string; childLabel: string }, suffix = '/missing') => ({ html: `<a class="govuk-link" href="/children/${r.childId}${suffix}">${escape(r.childLabel)}</a>` })

export const missingNowRows = (rows: MissingListRow[]) => rows.map((r) => [childLink(r), { text: r.kind === 'A' ? 'Away without authorisation' : 'Missing' }, { text: formatDateTime(r.startedAt) }, { text: r.teamName ?? 'Not allocated' }])
export const rhiRows = (rows: MissingListRow[]) =>
  rows.map((r) => [
    childLink(r), { text: formatDateTime(r.endedAt) }, { text: r.teamName ?? 'Not allocated' },
    { html: tagHtml({ text: statusText[r.status as keyof typeof statusText] ?? r.status, classes: r.status === 'DUE' ? 'govuk-tag--yellow' : 'govuk-tag--red' }) },
    { text: r.status === 'DUE' ? `Due by ${formatDateTime(r.dueAt)}` : overdueText(r.hoursOverdue) },
  ])
export const screeningDueRows = (rows: { childId: string; childLabel: string; episodes: number; since: string; lastScreenedOn: string | null }[]) =>
  rows.map((r) => [childLink(r), { text: String(r.episodes) }, { text: formatDate(r.since) }, { text: r.lastScreenedOn ? formatDate(r.lastScreenedOn) : 'Never' }])
