import { contactDecisions, describe, primaryNeeds, referralSources } from '../../domain/codeLists/index.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import { ragOf, type Evaluation } from '../../domain/timescales/index.js'
import { lateRecordingHours } from './frontDoorService.js'


const statusText: Record<string, string> = { met: 'Decided in time', missed: 'Decided late', overdue: 'Overdue', due_soon: 'Due today', on_track: 'On track' }

export function clockTag(clock: Evaluation) {
  return { text: statusText[clock.status] ?? clock.status, classes: { red: 'govuk-tag--red', amber: 'govuk-tag--yellow', green: 'govuk-tag--green' }[ragOf(clock.status)] }
}

export function recordingDelayText(hours: number): string {
  const text = hours < 1 ? 'under an hour' : hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`
  return hours > lateRecordingHours ? `${text} (late)` : text
}

export function contactRows(c: { source: string; reason: string; receivedAt: Date; recordedAt: Date; presentingConcerns: string; decisionDueOn: string; decision: string | null; decisionReason: string | null; decidedAt: Date | null; oversightNote: string | null; oversightAt: Date | null }, screenerName: string, delayHours: number) {
  const rows: [string, string][] = [
    ['Source', describe(referralSources, c.source)],
    ['Reason', c.reason],
    ['Received', formatDateTime(c.receivedAt)],
    ['Recorded', `${formatDateTime(c.recordedAt)} (after ${recordingDelayText(delayHours)})`],
    ['Screening worker', screenerName],
    ['Presenting concerns', c.presentingConcerns],
    ['Decision due', formatDate(c.decisionDueOn)],
    ['Decision', c.decision ? `${describe(contactDecisions, c.decision)}, ${formatDateTime(c.decidedAt)}` : 'Not yet decided'],
  ]
  if (c.decisionReason) rows.push(['Reason for decision', c.decisionReason])
  rows.push(['Management oversight', c.oversightNote ? `${c.oversightNote} (${formatDateTime(c.oversightAt)})` : 'Not yet recorded'])
  return rows.map(([k, v]) => ({ key: { text: k }, value: { text: v } }))
}

export const decisionItems = (selected?: unknown) => contactDecisions.map((d) => ({ value: d.code, text: d.description, checked: d.code === selected }))
export const sourceItems = (selected?: unknown) => [{ value: '', text: 'Select a source' }, ...referralSources.map((s) => ({ value: s.code, text: `${s.code}: ${s.description}`, selected: s.code === selected }))]
export const needItems = (selected?: unknown) => [{ value: '', text: 'Not a referral' }, ...primaryNeeds.map((s) => ({ value: s.code, text: `${s.code}: ${s.description}`, selected: s.code === selected }))]
