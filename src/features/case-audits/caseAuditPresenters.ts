import { childListLabel } from '../../access/index.js'
import { abuseCategories, auditGrades, auditProgrammeKinds, caseAuditStatuses, describe, supervisionActionStatuses } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { Spec } from '../child-protection/cpPresenters.js'
import { auditAgeBands, auditPlanTypes, auditPopulations, auditSampleKinds, auditScaleChoices, auditScales, auditThemes } from './caseAuditCodes.js'
import type { ActionRow, AuditRow } from './caseAuditRepository.js'
import type { GradeCounts } from './caseAuditRollUp.js'
import { actionRows, questionRows, type Criteria, type Question } from './caseAuditSchemas.js'

const cell = (text: string | number) => ({ text: String(text) })
const link = (href: string, text: string) => ({ html: `<a class="govuk-link" href="${href}">${escapeHtml(text)}</a>` })
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const head = (...texts: string[]) => texts.map((text) => ({ text }))
const people = (options: { id: string; displayName: string }[]) => options.map((o) => ({ value: o.id, text: o.displayName }))

export const templateFields: Spec[] = [
  { kind: 'text', name: 'name', label: 'Template name', hint: 'For example, Monthly practice audit 2026' },
  ...Array.from({ length: questionRows }, (_, i): Spec[] => [
    { kind: 'textarea', name: `questions.${i}.text`, label: `Question ${i + 1}${i === 0 ? '' : ' (optional)'}`, hint: i === 0 ? 'For example, Is the child’s voice evident in the assessment?' : undefined },
    { kind: 'radios', name: `questions.${i}.scale`, label: `Answer scale for question ${i + 1}`, codes: auditScaleChoices },
  ]).flat(),
]

/** A stored template's questions as the form's values, for a replacement version. */
export const templateValues = (name: string, questions: Question[]) => ({
  name, ...Object.fromEntries(questions.flatMap((q, i) => [[`questions.${i}.text`, q.text], [`questions.${i}.scale`, q.scale]])),
})

export const templateTable = (rows: { id: string; name: string; questions: unknown; createdAt: Date; retiredAt: Date | null }[], count: (q: unknown) => number) => ({
  caption: 'Templates', empty: 'No templates yet.', head: head('Template', 'Questions', 'Created', 'Status'),
  rows: rows.map((t) => [t.retiredAt ? cell(t.name) : link(`/case-audits/templates?replaces=${t.id}`, t.name), cell(count(t.questions)), cell(formatDate(t.createdAt.toISOString().slice(0, 10))), cell(t.retiredAt ? `Retired ${formatDate(t.retiredAt.toISOString().slice(0, 10))}` : 'In use: select to replace or retire')]),
})

export const programmeFields = (templates: { id: string; name: string }[], teams: { id: string; name: string }[]): Spec[] => [
  { kind: 'text', name: 'name', label: 'Programme name', hint: 'For example, November 2026 random sample' },
  { kind: 'radios', name: 'kind', label: 'Kind of audit', codes: auditProgrammeKinds },
  { kind: 'text', name: 'theme', label: 'Theme (a thematic audit)', hint: 'For example, neglect' },
  { kind: 'select', name: 'templateId', label: 'Audit template', options: templates.map((t) => ({ value: t.id, text: t.name })) },
  { kind: 'text', name: 'month', label: 'Month', hint: 'Year and month, for example 2026-11' },
  { kind: 'radios', name: 'criteria.population', label: 'Children to sample from', codes: auditPopulations },
  { kind: 'select', name: 'criteria.teamId', label: 'Team (optional)', options: teams.map((t) => ({ value: t.id, text: t.name })) },
  { kind: 'select', name: 'criteria.planType', label: 'Plan type (optional)', codes: auditPlanTypes },
  { kind: 'select', name: 'criteria.cpCategory', label: 'Category of abuse on the child protection plan (optional)', hint: 'For a neglect audit choose child protection plans and neglect', codes: abuseCategories },
  { kind: 'select', name: 'criteria.ageBand', label: 'Age band (optional)', codes: auditAgeBands },
  { kind: 'radios', name: 'criteria.sizeKind', label: 'Sample size given as', codes: auditSampleKinds },
  { kind: 'text', name: 'criteria.sizeValue', label: 'Sample size', hint: 'A number of children, or a percentage such as 1' },
  { kind: 'text', name: 'seed', label: 'Seed (optional)', hint: 'Leave blank for a new random sample; the same seed and criteria always draw the same children' },
]

const criteriaText = (c: Criteria, teams: Map<string, string>) =>
  [describe(auditPopulations, c.population), c.teamId ? `team ${teams.get(c.teamId) ?? 'unknown'}` : null, c.planType ? describe(auditPlanTypes, c.planType) : null, c.cpCategory ? describe(abuseCategories, c.cpCategory) : null, c.ageBand ? `aged ${describe(auditAgeBands, c.ageBand)}` : null, c.sizeKind === 'PERCENT' ? `${c.sizeValue}% of the cohort` : `${c.sizeValue} children`]
    .filter(Boolean)
    .join('; ')

type ProgrammeView = { programme: { id: string; name: string; kind: string; theme: string | null; month: string; seed: number; criteria: unknown }; templateName: string }
export const programmeMonth = (month: string) => month.slice(0, 7)
export const programmeSummary = (p: ProgrammeView, teams: Map<string, string>) =>
  [['Kind', describe(auditProgrammeKinds, p.programme.kind)], ['Theme', p.programme.theme], ['Month', programmeMonth(p.programme.month)], ['Template', p.templateName], ['Criteria', criteriaText(p.programme.criteria as Criteria, teams)], ['Seed', String(p.programme.seed)]] as [string, string | null][]

export const programmeTable = (rows: (ProgrammeView & { audits: number; done: number })[]) => ({
  caption: 'Programmes', empty: 'No audit programmes yet.', head: head('Programme', 'Kind', 'Month', 'Audits done'),
  rows: rows.map((p) => [link(`/case-audits/programmes/${p.programme.id}`, p.programme.name), cell(p.programme.theme ? `${describe(auditProgrammeKinds, p.programme.kind)}: ${p.programme.theme}` : describe(auditProgrammeKinds, p.programme.kind)), cell(programmeMonth(p.programme.month)), cell(`${p.done} of ${p.audits}`)]),
})

const gradeText = (a: AuditRow['audit']) => (a.moderatedGrade ? `${describe(auditGrades, a.moderatedGrade)} (moderated)` : a.grade ? describe(auditGrades, a.grade) : 'Not graded')

export const auditTable = (caption: string, rows: AuditRow[], empty = 'No audits.') => ({
  caption, empty, head: head('Child', 'Programme', 'Team and worker', 'Status', 'Grade'),
  rows: rows.map((r) => [link(`/case-audits/${r.audit.id}`, childListLabel(r)), cell(r.programmeName), cell(`${r.teamName ?? 'No team'}, ${r.workerName ?? 'no worker'}`), cell(describe(caseAuditStatuses, r.audit.status)), cell(gradeText(r.audit))]),
})

export const auditSummary = (r: AuditRow) =>
  [
    ['Child', childListLabel(r)], ['Programme', `${r.programmeName} (${programmeMonth(r.programmeMonth)})`], ['Team', r.teamName], ['Worker', r.workerName], ['Status', describe(caseAuditStatuses, r.audit.status)],
    ['Audited by', r.auditorName], ['Overall grade', r.audit.grade ? describe(auditGrades, r.audit.grade) : null], ['Findings', r.audit.findings], ['Themes arising', r.audit.themes.map((t) => describe(auditThemes, t)).join(', ') || null],
    ['Moderated by', r.moderatorName], ['Moderated grade', r.audit.moderatedGrade ? describe(auditGrades, r.audit.moderatedGrade) : null], ['Moderation note', r.audit.moderationNote],
  ] as [string, string | null][]

export const answerRows = (questions: Question[], answers: unknown) => {
  const given = (answers ?? {}) as Record<string, string>
  return questions.map((q, i) => [`${i + 1}. ${q.text}`, given[q.id] ? describe(auditScales[q.scale], given[q.id]) : null] as [string, string | null])
}

export const actionTable = (actions: ActionRow[]) => ({
  caption: 'Actions arising', empty: 'No actions arising.', head: head('Action', 'Owner', 'Due', 'Status'),
  rows: actions.map((a) => [cell(a.action.action), cell(a.ownerName), cell(formatDate(a.action.dueOn)), cell(describe(supervisionActionStatuses, a.action.status))]),
})

/** The audit form: an answer to each of the template's questions on its scale, the grade, findings, themes and actions. */
export const auditFields = (questions: Question[], owners: { id: string; displayName: string }[]): Spec[] => [
  ...questions.map((q, i): Spec => ({ kind: 'radios', name: `answers.${q.id}`, label: `${i + 1}. ${q.text}`, codes: auditScales[q.scale] })),
  { kind: 'radios', name: 'grade', label: 'Overall grade', codes: auditGrades },
  { kind: 'textarea', name: 'findings', label: 'Findings', hint: 'The worker and their manager will see these on the child’s record' },
  { kind: 'checkboxes', name: 'themes', label: 'Themes arising (optional)', codes: auditThemes },
  ...Array.from({ length: actionRows }, (_, i): Spec[] => [
    { kind: 'text', name: `actions.${i}.action`, label: `Action ${i + 1} (optional)` },
    { kind: 'select', name: `actions.${i}.ownerId`, label: `Who owns action ${i + 1}`, options: people(owners) },
    { kind: 'date', name: `actions.${i}.dueOn`, label: `When action ${i + 1} is due` },
  ]).flat(),
]

export const moderationFields: Spec[] = [
  { kind: 'radios', name: 'moderatedGrade', label: 'Moderated grade', codes: auditGrades },
  { kind: 'textarea', name: 'moderationNote', label: 'Moderation note', hint: 'Why the grade stands or changes' },
]

/** Error-summary anchors: a date input's day box (a radio group's first item already has the group's name). */
export const anchorsOf = (fields: Spec[]) => Object.fromEntries(fields.filter((f) => f.kind === 'date').map((f) => [f.name, `${f.name}-day`]))

const share = (g: GradeCounts) => (g.total ? `${Math.round(((g.OUTSTANDING + g.GOOD) / g.total) * 100)}%` : '0%')
/** A roll-up table: counts by grade and the share good or better (the moderated grade where there is one). */
export const gradeTable = (caption: string, rows: GradeCounts[]) => ({
  caption, empty: 'No completed audits yet.', head: head(caption.replace('Grades by ', '').replace(/^./, (c) => c.toUpperCase()), ...auditGrades.map((g) => g.description), 'Audits', 'Good or better'),
  rows: rows.map((g) => [cell(g.label), ...auditGrades.map((grade) => cell(g[grade.code])), cell(g.total), cell(share(g))]),
})
export const themeTable = (rows: { theme: string; n: number }[]) => ({ caption: 'Themes arising', empty: 'No themes recorded yet.', head: head('Theme', 'Audits'), rows: rows.map((t) => [cell(describe(auditThemes, t.theme)), cell(t.n)]) })
