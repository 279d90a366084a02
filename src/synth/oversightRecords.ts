/**
 * Management oversight (issue 6 part 4; Leicester 2015 found it not recorded) at assessment
 * authorisation and step-down decisions. Most decisions have it; the rest are planted gaps.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import type { Rng } from './random.js'
import type { AssessmentRow, OversightRow, StepDownRow } from './rows.js'
import { workforceRates } from './workforceRates.js'
import { oversightNotes } from './workforceText.js'

export function simulateOversight(input: { assessments: readonly AssessmentRow[]; stepDowns: readonly StepDownRow[]; rng: Rng; ids: Rng; at: (date: IsoDate) => Date }): OversightRow[] {
  const { rng, ids, at } = input
  const rows: OversightRow[] = []
  for (const a of input.assessments) {
    if (!a.authorisedOn || !a.authorisedBy || !rng.chance(workforceRates.oversight)) continue
    rows.push({ id: ids.uuid(), childId: a.childId, point: 'ASSESSMENT_AUTHORISATION', entityType: 'assessment', entityId: a.id as string, note: rng.pick(oversightNotes), recordedBy: a.authorisedBy, recordedAt: at(a.authorisedOn) })
  }
  for (const s of input.stepDowns) {
    if (!s.decision || !s.decidedBy || !s.decidedAt || !rng.chance(workforceRates.oversight)) continue
    rows.push({ id: ids.uuid(), childId: s.childId, point: 'STEP_DOWN', entityType: 'step_down', entityId: s.id as string, note: rng.pick(oversightNotes), recordedBy: s.decidedBy, recordedAt: s.decidedAt })
  }
  return rows
}
