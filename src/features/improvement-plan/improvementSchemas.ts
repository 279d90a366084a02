/**
 * The improvement plan's forms (issue 6 part 6). Leicestershire 2016 made 17 recommendations; each
 * action under one names an owner, a due date, a RAG, its evidence and the KPIs that show progress.
 * A KPI id not in the catalogue is refused with a clear message and nothing is saved.
 */
import { z } from 'zod'
import { codesOf, improvementRags } from '../../domain/codeLists/index.js'
import { kpiById } from '../../domain/kpis/index.js'
import { joinDateInput } from '../../http/forms.js'
import { optionalText, text, version } from '../child-protection/cpSchemas.js'

/** The posted form with the due date's GOV.UK date input joined into an ISO date. */
export const improvementBody = (body: Record<string, unknown>) => ('dueOn-day' in body || 'dueOn-year' in body ? { ...body, dueOn: joinDateInput(body, 'dueOn') } : body)

export const recommendationSchema = z.object({
  reference: z.string({ error: 'Enter the reference' }).trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/, 'Enter the reference as letters and numbers, for example R1'),
  text: text('the recommendation', 4000),
  source: text('the source, for example Ofsted ILACS 2026', 200),
})
export type RecommendationInput = z.infer<typeof recommendationSchema>
export const recommendationEditSchema = recommendationSchema.extend({ version })

/** KPI ids typed as a list ("ASSESS_45WD, CP_VISITS_IN_TIME"), each checked against the catalogue. */
const kpiIdList = z
  .preprocess((v) => (typeof v === 'string' ? v : ''), z.string().max(2000, 'Keep the KPI list to 2000 characters or fewer'))
  .transform((v) => [...new Set(v.toUpperCase().split(/[\s,;]+/).filter(Boolean))])
  .superRefine((ids, ctx) => {
    const unknown = ids.filter((id) => !kpiById(id))
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a KPI' : 'are not KPIs'} in the catalogue: use the IDs on the KPI scorecard, for example ASSESS_45WD` })
  })

export const actionSchema = z.object({
  action: text('the action', 2000),
  ownerId: z.uuid({ error: 'Select the owner' }),
  dueOn: z.iso.date({ error: 'Enter the due date as a real date' }),
  rag: z.enum(codesOf(improvementRags), { error: 'Select the RAG status' }),
  evidence: optionalText('the evidence', 4000),
  kpiIds: kpiIdList,
})
export type ActionInput = z.infer<typeof actionSchema>
export const actionEditSchema = actionSchema.extend({ version })
