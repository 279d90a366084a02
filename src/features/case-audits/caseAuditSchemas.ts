import { z } from 'zod'
import { abuseCategories, auditGrades, codesOf } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { blank, optionalText, text, version } from '../child-protection/cpSchemas.js'
import { auditAgeBands, auditPlanTypes, auditPopulations, auditSampleKinds, auditScales, auditThemes } from './caseAuditCodes.js'

/** How many question rows and action rows the forms offer; blank rows are ignored. */
export const questionRows = 8
export const actionRows = 3
const rows = (n: number) => Array.from({ length: n }, (_, i) => i)
const blankText = (v: unknown) => typeof v !== 'string' || v.trim() === ''
/** A form row's number as a record key, so zod's error path is the row's own field name. */
const rowKey = z.string().regex(/^\d$/)
const list = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])

/** A template question as stored in `audit_templates.questions` (jsonb): its id, wording and scale. */
export const questionSchema = z.object({ id: z.string().regex(/^q\d+$/), text: text('the question', 500), scale: z.enum(['GRADE', 'YES_NO'], { error: 'Select the answer scale' }) })
export const questionsSchema = z.array(questionSchema).min(1, 'Enter at least one question').max(questionRows)
export type Question = z.infer<typeof questionSchema>

/** The posted template form as the schema's shape: numbered question rows, blank rows dropped. */
export function templateBody(body: Record<string, unknown>) {
  const filled = rows(questionRows).filter((i) => !blankText(body[`questions.${i}.text`]) || !blankText(body[`questions.${i}.scale`]))
  return { name: body.name, questions: Object.fromEntries(filled.map((i) => [String(i), { id: `q${i + 1}`, text: body[`questions.${i}.text`], scale: body[`questions.${i}.scale`] }])) }
}

export const templateSchema = z.object({
  name: text('the template name', 200),
  // Keyed by form row, so an error's path (questions.<row>.<field>) is the field's own name.
  questions: z.record(rowKey, questionSchema).transform(Object.values).pipe(questionsSchema),
})
export type TemplateInput = z.infer<typeof templateSchema>

/** Sampling criteria, stored with the programme so the sample can be drawn again. */
export const criteriaSchema = z.object({
  population: z.enum(codesOf(auditPopulations), { error: 'Select which children to sample from' }),
  teamId: z.preprocess(blank, z.uuid({ error: 'Select a team from the list' }).optional()),
  planType: z.preprocess(blank, z.enum(codesOf(auditPlanTypes), { error: 'Select a plan type from the list' }).optional()),
  cpCategory: z.preprocess(blank, z.enum(codesOf(abuseCategories), { error: 'Select a category of abuse from the list' }).optional()),
  ageBand: z.preprocess(blank, z.enum(codesOf(auditAgeBands), { error: 'Select an age band from the list' }).optional()),
  sizeKind: z.enum(codesOf(auditSampleKinds), { error: 'Select how big the sample is' }),
  sizeValue: z.coerce.number({ error: 'Enter the sample size as a number' }).positive('Enter a sample size greater than 0').max(1000, 'Enter a sample size of 1,000 or fewer'),
})
export type Criteria = z.infer<typeof criteriaSchema>

export const programmeSchema = z
  .object({
    name: text('the programme name', 200),
    kind: z.enum(['RANDOM', 'THEMATIC'], { error: 'Select a monthly random sample or a thematic audit' }),
    theme: optionalText('the theme', 200),
    templateId: z.uuid({ error: 'Select the audit template' }),
    month: z.string({ error: 'Enter the month' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter the month as a year and month, for example 2026-11'),
    seed: z.preprocess(blank, z.coerce.number({ error: 'Enter the seed as a whole number' }).int('Enter the seed as a whole number').min(1, 'Enter a seed from 1 to 2147483647').max(2147483647, 'Enter a seed from 1 to 2147483647').optional()),
    criteria: criteriaSchema,
  })
  .refine((p) => p.kind !== 'THEMATIC' || p.theme, { path: ['theme'], message: 'Enter the theme of a thematic audit, for example neglect' })
  .refine((p) => p.criteria.sizeKind !== 'PERCENT' || p.criteria.sizeValue <= 100, { path: ['criteria', 'sizeValue'], message: 'Enter a percentage of 100 or less' })
  .refine((p) => p.criteria.sizeKind !== 'NUMBER' || Number.isInteger(p.criteria.sizeValue), { path: ['criteria', 'sizeValue'], message: 'Enter the number of children as a whole number' })
  .refine((p) => !p.criteria.cpCategory || p.criteria.planType === 'CP', { path: ['criteria', 'cpCategory'], message: 'Choose a category of abuse only with child protection plans' })
export type ProgrammeInput = z.infer<typeof programmeSchema>

const criteriaFields = ['population', 'teamId', 'planType', 'cpCategory', 'ageBand', 'sizeKind', 'sizeValue'] as const
/** The posted programme form as the schema's shape; criteria fields are named `criteria.<field>`. */
export const programmeBody = (body: Record<string, unknown>) => ({
  name: body.name, kind: body.kind, theme: body.theme, templateId: body.templateId, month: body.month, seed: body.seed,
  criteria: Object.fromEntries(criteriaFields.map((f) => [f, body[`criteria.${f}`]])),
})

/** Every action has an owner and a due date (issue 6: an action without an owner is refused). */
const actionSchema = z.object({
  action: text('the action', 2000),
  ownerId: z.uuid({ error: 'Select who owns the action' }),
  dueOn: z.iso.date({ error: 'Enter the date the action is due as a real date' }),
})

/**
 * The completed audit: an answer to every question on the template's own scale and the overall
 * grade are required (issue 6: an audit with missing grades is refused, and nothing is saved).
 */
export const auditSchema = (questions: Question[]) =>
  z.object({
    version,
    answers: z.object(Object.fromEntries(questions.map((q, i) => [q.id, z.enum(codesOf(auditScales[q.scale]), { error: `Answer question ${i + 1}: ${q.text}` })]))),
    grade: z.enum(codesOf(auditGrades), { error: 'Select the overall grade' }),
    findings: text('the findings', 10_000),
    themes: z.preprocess(list, z.array(z.enum(codesOf(auditThemes), { error: 'Select themes from the list' })).max(auditThemes.length)),
    // Keyed by form row (actions.<row>.ownerId), like the questions.
    actions: z.record(rowKey, actionSchema),
  })
export type AuditInput = z.infer<ReturnType<typeof auditSchema>>

/** The posted audit form as the schema's shape; an action row left blank is not an action. */
export function auditBody(body: Record<string, unknown>, questions: Question[]) {
  const action = (i: number) => ({ action: body[`actions.${i}.action`], ownerId: body[`actions.${i}.ownerId`], dueOn: joinDateInput(body, `actions.${i}.dueOn`) })
  const filled = rows(actionRows).filter((i) => { const a = action(i); return !(blankText(a.action) && blankText(a.ownerId) && a.dueOn === '') })
  const actions = Object.fromEntries(filled.map((i) => [String(i), action(i)]))
  return { version: body.version, answers: Object.fromEntries(questions.map((q) => [q.id, blank(body[`answers.${q.id}`])])), grade: body.grade, findings: body.findings, themes: body.themes, actions }
}

export const moderationSchema = z.object({
  version,
  moderatedGrade: z.enum(codesOf(auditGrades), { error: 'Select the moderated grade' }),
  moderationNote: text('the moderation note', 5000),
})
export type ModerationInput = z.infer<typeof moderationSchema>

export const versionSchema = z.object({ version })
