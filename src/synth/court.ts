/**
 * Pre-proceedings and care proceedings for some children on CP plans (ARCHITECTURE.md §8), as a
 * pass after the casework with its own random streams, so the casework drawn before is unchanged.
 * The steps follow the Public Law Outline (PLO practice guidance 2023) and are always in the order
 * the CIN census 2026-27 rules require (9006, 9009, 9012, 9013): the exports stay free of errors.
 *
 * Planted: pre-proceedings that drift well past the PLO's 16 weeks, and proceedings that run past
 * 26 weeks with s32(5) extensions (Children Act 1989 s32).
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays, type WorkingDays } from './days.js'
import type { Rng } from './random.js'
import type {
  CareProceedingsRow,
  CpPlanRow,
  EpisodeRow,
  HearingRow,
  PreProceedingsMeetingRow,
  PreProceedingsRow,
} from './rows.js'
import { londonInstant } from './time.js'

export type CourtRows = {
  preProceedings: PreProceedingsRow[]
  preProceedingsMeetings: PreProceedingsMeetingRow[]
  careProceedings: CareProceedingsRow[]
  courtHearings: HearingRow[]
}

export const courtRates = {
  /** CP plans on which the council enters pre-proceedings: an assumed quarter, since national counts
   *  first come with the 2026-27 CIN census module. */
  preProceedings: 0.25,
  /** Pre-proceedings that drift past 16 weeks (planted). */
  drift: 0.3,
  /** Outcomes (CS131 as Cairn reads it): proceedings issued, stepped down, other. */
  outcomes: [
    ['A', 40],
    ['B', 50],
    ['C', 10],
  ] as const,
  fgdmOffered: 0.8,
  fgdmFacilitated: 0.6,
  /** Proceedings that run past 26 weeks, extended by the court (planted). */
  overrun: 0.35,
}

const courts = [
  'Family Court sitting at Leicester',
  'Family Court sitting at Nottingham',
  'Family Court sitting at Derby',
]
const solicitors = ['Council legal services (childcare team)', 'Shared legal service, public law team']
const finalOrders = [
  ['CARE', 45],
  ['SUPERVISION', 15],
  ['SGO', 20],
  ['CAO', 10],
  ['PLACEMENT', 8],
  ['NO_ORDER', 2],
] as const

export function simulateCourt(input: {
  cpPlans: readonly CpPlanRow[]
  episodes: readonly EpisodeRow[]
  rng: Rng
  ids: Rng
  calendar: WorkingDays
  today: IsoDate
}): CourtRows {
  const { rng, ids, calendar, today } = input
  const yesterday = plusDays(today, -1)
  const rows: CourtRows = {
    preProceedings: [],
    preProceedingsMeetings: [],
    careProceedings: [],
    courtHearings: [],
  }
  const episodeEnd = new Map(input.episodes.map((e) => [e.id, e.endDate ?? null]))
  const busyUntil = new Map<string, IsoDate>() // a child's last court step: one chain at a time
  const at = (date: IsoDate) => londonInstant(date, rng.int(9 * 60, 17 * 60))
  const wd = (date: IsoDate, n: number) => calendar.addWorkingDays(date, n)
  const within = (d: IsoDate | null, last: IsoDate) => (d !== null && d <= last ? d : null)

  for (const plan of input.cpPlans) {
    const last = episodeEnd.get(plan.cinEpisodeId) ?? yesterday
    const start = wd(plan.startDate, rng.int(40, 120))
    if (start > (plan.endDate ?? last) || start > last || !rng.chance(courtRates.preProceedings)) continue
    if ((busyUntil.get(plan.childId) ?? '') >= start) continue
    const createdBy = plan.createdBy
    const weeks = rng.chance(courtRates.drift) ? rng.int(20, 40) : rng.int(8, 16)
    const planned = plusDays(start, weeks * 7)
    const ends = planned <= last
    const letter = within(wd(start, rng.int(1, 5)), last)
    const offered = letter ? rng.chance(courtRates.fgdmOffered) : null
    const outcome = rng.weighted(courtRates.outcomes)
    const stepDecisionOn = ends ? plusDays(planned, -rng.int(0, 10)) : null
    const courtApplicationOn =
      outcome === 'A' && stepDecisionOn ? within(wd(stepDecisionOn, rng.int(2, 8)), last) : null
    const letterInit = courtApplicationOn ? within(wd(courtApplicationOn, rng.int(0, 2)), last) : null
    const endDate = ends && (outcome !== 'A' || letterInit) ? (letterInit ?? planned) : null
    const pp: PreProceedingsRow = {
      id: ids.uuid(),
      childId: plan.childId,
      cinEpisodeId: plan.cinEpisodeId,
      startDate: start,
      legalPlanningDecision: 'Legal planning meeting: threshold met; enter pre-proceedings under the PLO.',
      letterSentOn: letter,
      fgdmOffered: offered,
      fgdmFacilitated: offered ? rng.chance(courtRates.fgdmFacilitated) : null,
      stepDecisionOn: endDate ? stepDecisionOn : null,
      outcome: endDate ? outcome : null,
      courtApplicationOn: endDate ? courtApplicationOn : null,
      letterInitiatingProceedingsOn: endDate ? letterInit : null,
      endDate,
      createdBy,
      createdAt: at(start),
    }
    rows.preProceedings.push(pp)
    busyUntil.set(plan.childId, endDate ?? '9999-12-31')
    // The first effective meeting after the letter, then reviews every 4–6 weeks until the end.
    const meetingsEnd = endDate ?? last
    let heldOn = letter ? wd(letter, rng.int(5, 12)) : null
    for (
      let kind: 'INITIAL' | 'REVIEW' = 'INITIAL';
      heldOn && heldOn <= meetingsEnd;
      kind = 'REVIEW', heldOn = wd(heldOn, rng.int(20, 30))
    ) {
      rows.preProceedingsMeetings.push({
        id: ids.uuid(),
        preProceedingsId: pp.id,
        childId: plan.childId,
        kind,
        heldOn,
        summary:
          kind === 'INITIAL'
            ? 'Parents attended with their solicitors; the plan and expectations were explained.'
            : 'Progress against the pre-proceedings plan reviewed.',
        createdBy,
        createdAt: at(heldOn),
      })
    }
    if (pp.courtApplicationOn && pp.endDate) proceedings(pp, pp.courtApplicationOn, last, createdBy)
  }
  return rows

  function proceedings(pp: PreProceedingsRow, appliedOn: IsoDate, last: IsoDate, createdBy: string) {
    const issuedOn = wd(appliedOn, rng.int(1, 4))
    if (issuedOn > last) return
    const overrun = rng.chance(courtRates.overrun)
    const extensionWeeks = overrun ? rng.int(1, 2) * 8 : 0
    const planned = plusDays(issuedOn, overrun ? rng.int(27, 26 + extensionWeeks) * 7 : rng.int(18, 25) * 7)
    // A closed episode closes its proceedings too: the order was made by the day the case closed.
    const finalOrderOn = planned <= last ? planned : last < yesterday ? last : null
    const row: CareProceedingsRow = {
      id: ids.uuid(),
      childId: pp.childId,
      preProceedingsId: pp.id,
      issuedOn,
      court: rng.pick(courts),
      solicitor: rng.pick(solicitors),
      extensionWeeks: finalOrderOn || planned > plusDays(issuedOn, 26 * 7) ? extensionWeeks : 0,
      extensionReason: extensionWeeks
        ? 'Independent social work assessment of the paternal grandparents not yet filed.'
        : null,
      finalOrder: finalOrderOn ? rng.weighted(finalOrders) : null,
      finalOrderOn,
      createdBy,
      createdAt: at(issuedOn),
    }
    if (!row.extensionWeeks) row.extensionReason = null
    rows.careProceedings.push(row)
    busyUntil.set(pp.childId, finalOrderOn ?? '9999-12-31')
    const hearings: [HearingRow['kind'], IsoDate][] = [
      ['CMH', wd(issuedOn, rng.int(12, 18))],
      ['IRH', plusDays(planned, -rng.int(28, 42))],
      ['FINAL', planned],
    ]
    for (const [kind, heldOn] of hearings) {
      if (heldOn > (finalOrderOn ?? last) || heldOn < issuedOn) continue
      rows.courtHearings.push({
        id: ids.uuid(),
        careProceedingsId: row.id,
        childId: pp.childId,
        kind,
        heldOn,
        outcome: kind === 'FINAL' ? 'Final order made.' : 'Directions given; timetable confirmed.',
        createdBy,
        createdAt: at(heldOn),
      })
    }
  }
}
