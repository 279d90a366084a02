/**
 * Training and development (issue 6 part 3; the 2016 inspection found no such programmes): the
 * ASYE programme for ASYE workers and management development for team managers, with some
 * sessions missed (planted: overdue).
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import type { Rng } from './random.js'
import type { StaffProfileRow, TrainingRow } from './rows.js'
import type { Workforce } from './workforce.js'
import { workforceRates } from './workforceRates.js'
import { asyeSessions, managementSessions } from './workforceText.js'

export function simulateTraining(input: { workforce: Workforce; profileOf: ReadonlyMap<string, StaffProfileRow>; rng: Rng; ids: Rng; today: IsoDate; at: (date: IsoDate) => Date }): TrainingRow[] {
  const { workforce, profileOf, rng, ids, today, at } = input
  const rows: TrainingRow[] = []
  const serviceManager = workforce.demo.service_manager
  const train = (userId: string, programme: string, title: string, dueOn: IsoDate, createdBy: string) => {
    const attended = dueOn < today && !rng.chance(workforceRates.trainingMissed)
    rows.push({ id: ids.uuid(), userId, programme, title, dueOn, attendedOn: attended ? plusDays(dueOn, -rng.int(0, 7)) : null, createdBy, createdAt: at(plusDays(dueOn, -60)) })
  }
  for (const team of workforce.teamInfo) {
    for (const workerId of team.workerIds) {
      const profile = profileOf.get(workerId)
      if (!profile?.asye) continue
      for (const [title, day] of asyeSessions) train(workerId, 'ASYE', title, plusDays(profile.startedOn, day), team.managerId)
    }
    managementSessions.forEach((title, k) => train(team.managerId, 'MANAGEMENT', title, plusDays(today, -300 + k * 120 + rng.int(0, 30)), serviceManager))
  }
  return rows
}
