import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import { formPoints } from './oversightPoints.js'

type FormPointCode = (typeof formPoints)[number]['point']
const text: Record<FormPointCode, string> = {
  ASSESSMENT_AUTHORISATION: 'Record management oversight',
  S47_OUTCOME: 'Record management oversight of the outcome',
  ICPC_NOT_CONVENED: 'Record management oversight of not convening',
  STEP_DOWN: 'Record management oversight',
  CLOSURE: 'Record management oversight',
}

/** The record page's link to its oversight form, for a manager once the decision is made (Leicester 2015: oversight not recorded). */
export function oversightLinks(actor: Actor, id: string, points: { point: FormPointCode; decided: boolean }[]) {
  if (!can(actor, 'oversight.record')) return []
  return points.filter((p) => p.decided).map((p) => ({ href: formPoints.find((f) => f.point === p.point)!.path.replace(':id', id), text: text[p.point] }))
}
