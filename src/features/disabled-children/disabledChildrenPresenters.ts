import { describe, disabilities } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { Evaluation } from '../../domain/timescales/index.js'
import { clockTag } from '../child-protection/cpPresenters.js'
import type { DisabledChild } from './disabledChildrenService.js'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const planText = { CP: 'Child protection plan', CIN: 'Child in need plan' } as const

/** A clock as "due date" and its status tag; every part is text we built, so html is safe. */
function clockCell(e: Evaluation | null) {
  if (!e) return { text: 'No plan, so no clock' }
  const tag = clockTag(e)
  return { html: `${formatDate(e.dueOn)} <strong class="govuk-tag ${tag.classes ?? ''}">${tag.text}</strong>` }
}

export function disabledChildRows(list: DisabledChild[]) {
  return list.map((c) => [
    { html: `<a class="govuk-link" href="/children/${c.childId}">${escape(c.childLabel)}</a>` },
    { text: describe(disabilities, c.disability) },
    { text: c.workerName ?? 'Not allocated' },
    c.plan ? { html: `<a class="govuk-link" href="${c.plan.kind === 'CP' ? `/cp-plans/${c.plan.id}` : `/plans/${c.plan.id}`}">${planText[c.plan.kind]}</a> since ${formatDate(c.plan.startDate)}` } : { text: 'No plan' },
    clockCell(c.visit),
    clockCell(c.review),
  ])
}

export function disabledSummary(list: DisabledChild[]) {
  const overdue = (e: Evaluation | null) => e?.status === 'overdue'
  return { children: list.length, noPlan: list.filter((c) => !c.plan).length, visitsOverdue: list.filter((c) => overdue(c.visit)).length, reviewsOverdue: list.filter((c) => overdue(c.review)).length }
}
