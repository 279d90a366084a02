/**
 * Early help assessments (Working Together 2023 ch.1), drawn after the front door with their own
 * streams so the other tables' draws do not move. A contact decided as early help leads to an
 * assessment for about 7 in 10 children (the rest decline or the need is met by advice), started
 * within 10 working days of the decision; most are completed within 45 days, and the outcome is
 * usually a plan of support. The lead is an agency, as early help is often led by schools or health.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { londonDay, plusDays, type WorkingDays } from './days.js'
import type { Rng } from './random.js'
import type { ContactRow, EarlyHelpRow } from './rows.js'

export const earlyHelpRates = { started: 0.7, completedIn45Days: 0.85 } as const

const leads = [
  ['Early Help Service: family support worker', 40],
  ['School: designated safeguarding lead', 25],
  ['Health visiting service', 12],
  ['School nursing service', 8],
  ['Children’s centre', 10],
  ['Youth service', 5],
] as const
const outcomes = [
  ['SUPPORT_PLAN', 62],
  ['NO_FURTHER_SUPPORT', 20],
  ['STEP_UP', 8],
  ['DECLINED', 10],
] as const

export function simulateEarlyHelp(input: { contacts: readonly ContactRow[]; rng: Rng; ids: Rng; calendar: WorkingDays; today: IsoDate }) {
  const { rng, ids, calendar, today } = input
  const earlyHelpAssessments: EarlyHelpRow[] = []
  for (const contact of input.contacts) {
    if (contact.decision !== 'EARLY_HELP' || !contact.decidedAt || !rng.chance(earlyHelpRates.started)) continue
    const startDate = calendar.addWorkingDays(londonDay(contact.decidedAt), rng.int(1, 10))
    if (startDate >= today) continue
    const took = rng.chance(earlyHelpRates.completedIn45Days) ? rng.int(10, 45) : rng.int(46, 90)
    const completed = plusDays(startDate, took)
    const done = completed < today
    earlyHelpAssessments.push({
      id: ids.uuid(),
      childId: contact.childId,
      contactId: contact.id,
      startDate,
      completedOn: done ? completed : null,
      leadPractitioner: rng.weighted(leads),
      outcome: done ? rng.weighted(outcomes) : null,
      version: 1,
      createdBy: contact.decidedBy ?? contact.screeningWorkerId,
      createdAt: new Date(`${startDate}T12:00:00Z`),
    })
  }
  return { earlyHelpAssessments }
}
