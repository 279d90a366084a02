/**
 * The targets-and-benchmarks form (issue 7 part 1). Blank means "back to the catalogue default";
 * a figure is a number of 0 or more (no more than 100 for a percentage), and a benchmark figure
 * needs the collection year it belongs to, written as the DfE does: 2024-25, or 2024.
 */
import { z } from 'zod'
import type { Kpi } from '../../domain/kpis/index.js'

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const text = (v: unknown) => {
  const x = one(v)
  return typeof x === 'string' ? x.trim() : x === undefined || x === null ? '' : String(x)
}

function figure(label: string, percent: boolean) {
  return z.preprocess(
    text,
    z
      .string()
      .max(20, `${label} must be a number, like 85 or 12.5`)
      .transform((s, ctx) => {
        if (s === '') return null
        const n = /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN
        if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: `${label} must be a number, like 85 or 12.5` })
        else if (n < 0) ctx.addIssue({ code: 'custom', message: `${label} must be 0 or more` })
        else if (n > 1_000_000) ctx.addIssue({ code: 'custom', message: `${label} must be 1,000,000 or less` })
        else if (percent && n > 100) ctx.addIssue({ code: 'custom', message: `${label} is a percentage, so it cannot be more than 100` })
        return n
      }),
  )
}

/** A collection year: 2024-25 (the second half must follow the first) or a calendar year 2024. */
function year(label: string) {
  return z.preprocess(
    text,
    z
      .string()
      .max(7, `${label} must look like 2024-25 or 2024`)
      .refine((s) => {
        if (s === '') return true
        const m = /^(\d{4})(?:-(\d{2}))?$/.exec(s)
        if (!m) return false
        return m[2] === undefined || Number(m[2]) === (Number(m[1]) + 1) % 100
      }, `${label} must look like 2024-25 or 2024`)
      .transform((s) => (s === '' ? null : s)),
  )
}

export function kpiSettingsSchema(kpi: Pick<Kpi, 'unit'>) {
  const percent = kpi.unit === 'percent'
  return z
    .object({
      target: figure('The target', percent),
      englandValue: figure('The England benchmark', percent),
      englandYear: year('The England benchmark year'),
      neighboursValue: figure('The statistical neighbours benchmark', percent),
      neighboursYear: year('The statistical neighbours benchmark year'),
      note: z.preprocess(text, z.string().max(500, 'The reason must be 500 characters or fewer').transform((s) => (s === '' ? null : s))),
      version: z.preprocess(one, z.coerce.number({ message: 'The form is out of date: reload the page' }).int('The form is out of date: reload the page').min(0, 'The form is out of date: reload the page')),
    })
    .superRefine((v, ctx) => {
      // A figure without its year cannot be compared fairly; a year without a figure says nothing.
      for (const [value, yr, name] of [[v.englandValue, v.englandYear, 'england'], [v.neighboursValue, v.neighboursYear, 'neighbours']] as const) {
        const label = name === 'england' ? 'England' : 'statistical neighbours'
        if (value !== null && yr === null) ctx.addIssue({ code: 'custom', path: [`${name}Year`], message: `Enter the year of the ${label} benchmark, like 2024-25` })
        if (value === null && yr !== null) ctx.addIssue({ code: 'custom', path: [`${name}Value`], message: `Enter the ${label} benchmark, or leave its year blank too` })
      }
    })
}

export type KpiSettingsInput = z.infer<ReturnType<typeof kpiSettingsSchema>>

/** Where a pin or unpin returns to: a performance page on this site, never elsewhere. */
export const pinForm = z.object({
  returnTo: z.preprocess(one, z.string().regex(/^\/performance(\/[A-Za-z0-9_]+)*(\?[A-Za-z0-9_=&%.-]*)?$/).optional().catch(undefined)),
})
