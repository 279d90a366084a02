/**
 * The workforce pass of the generator (issue 6 part 7): staff profiles and establishments
 * (staffProfiles.ts), supervision (supervisionRecords.ts), training (trainingRecords.ts) and
 * management oversight (oversightRecords.ts). It runs after the casework with its own random
 * streams, like court.ts, so everything drawn before is unchanged; the parts draw from the one
 * stream in a fixed order, so the same seed gives the same rows.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { simulateOversight } from './oversightRecords.js'
import type { Rng } from './random.js'
import type {
  AllocationRow,
  AssessmentRow,
  CaseloadWeightRow,
  OversightRow,
  StaffProfileRow,
  StepDownRow,
  SupervisionActionRow,
  SupervisionDiscussionRow,
  SupervisionSessionRow,
  TeamEstablishmentRow,
  TrainingRow,
  UserRow,
} from './rows.js'
import { simulateStaff } from './staffProfiles.js'
import { simulateSupervision } from './supervisionRecords.js'
import { londonInstant } from './time.js'
import { simulateTraining } from './trainingRecords.js'
import type { Workforce } from './workforce.js'
import { defaultCaseloadWeights } from './workforceRates.js'

export { defaultCaseloadWeights, leavingReasons, workforceRates } from './workforceRates.js'

export type WorkforceRecordRows = {
  staffProfiles: StaffProfileRow[]
  teamEstablishments: TeamEstablishmentRow[]
  caseloadWeights: CaseloadWeightRow[]
  supervisionSessions: SupervisionSessionRow[]
  supervisionCaseDiscussions: SupervisionDiscussionRow[]
  supervisionActions: SupervisionActionRow[]
  trainingRecords: TrainingRow[]
  oversightRecords: OversightRow[]
}

export function simulateWorkforceRecords(input: {
  workforce: Workforce
  iroIds: readonly string[]
  allocations: readonly AllocationRow[]
  assessments: readonly AssessmentRow[]
  stepDowns: readonly StepDownRow[]
  rng: Rng
  ids: Rng
  today: IsoDate
  passwordHash: string
}): WorkforceRecordRows & { leavers: UserRow[] } {
  const { workforce, rng, ids, today } = input
  const at = (date: IsoDate) => londonInstant(date, rng.int(9 * 60, 17 * 60))
  const byWorker = new Map<string, AllocationRow[]>()
  for (const a of input.allocations) {
    const list = byWorker.get(a.workerId)
    if (list) list.push(a)
    else byWorker.set(a.workerId, [a])
  }
  const staff = simulateStaff({ workforce, iroIds: input.iroIds, byWorker, rng, ids, today, passwordHash: input.passwordHash })
  const supervision = simulateSupervision({ workforce, profileOf: staff.profileOf, byWorker, rng, ids, today, at })
  const trainingRecords = simulateTraining({ workforce, profileOf: staff.profileOf, rng, ids, today, at })
  const oversightRecords = simulateOversight({ assessments: input.assessments, stepDowns: input.stepDowns, rng, ids, at })
  return {
    staffProfiles: staff.staffProfiles,
    teamEstablishments: staff.teamEstablishments,
    caseloadWeights: defaultCaseloadWeights.map((w) => ({ ...w })),
    ...supervision,
    trainingRecords,
    oversightRecords,
    leavers: staff.leavers,
  }
}
