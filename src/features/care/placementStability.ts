/**
 * Placement stability (DfE "Children looked after in England" measures; issue 5 part 1):
 * - short-term: looked after at a date with three or more placements in the 12 months before it;
 * - long-term: under 16 at the date, looked after continuously for at least 2.5 years, and in the
 *   same placement for at least 2 years (or placed for adoption, which the DfE counts as stable).
 * Pure functions over a child's care episodes, so the child page and the KPIs agree.
 */
import { addDays, addMonths } from '../../domain/timescales/index.js'

export type StabilityEpisode = {
  readonly startsOn: string
  /** START, LEGAL_STATUS, PLACEMENT or BOTH: a new placement starts on all but LEGAL_STATUS. */
  readonly change: string
  readonly placementType: string
  /** The period of care the episode belongs to, and when it ended (null while open). */
  readonly periodStartedOn: string
  readonly periodEndedOn: string | null
}

const temporary = new Set(['T0', 'T1', 'T2', 'T3', 'T4'])
const lookedAfterOn = (e: StabilityEpisode, date: string) => e.periodStartedOn <= date && (e.periodEndedOn === null || e.periodEndedOn >= date)

/** Placements (a new placement or carers, not temporary moves) that were live in the 12 months to `date`. */
export function placementsInYear(episodes: readonly StabilityEpisode[], date: string): number {
  const from = addDays(addMonths(date, -12), 1)
  const starts = episodes.filter((e) => e.change !== 'LEGAL_STATUS' && !temporary.has(e.placementType)).sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  return starts.filter((e, i) => {
    const next = starts[i + 1]
    const endsOn = next ? next.startsOn : (e.periodEndedOn ?? date)
    return e.startsOn <= date && endsOn >= from
  }).length
}

/** Looked after at `date` with three or more placements during the year to it. */
export function threeOrMorePlacements(episodes: readonly StabilityEpisode[], date: string): boolean {
  return episodes.some((e) => lookedAfterOn(e, date)) && placementsInYear(episodes, date) >= 3
}

/** Under 16, in care 2.5+ years continuously, in the same placement 2+ years (or placed for adoption). */
export function longTermStable(episodes: readonly StabilityEpisode[], dateOfBirth: string, date: string): boolean | null {
  if (addMonths(dateOfBirth, 16 * 12) <= date) return null
  const current = episodes.filter((e) => lookedAfterOn(e, date) && e.startsOn <= date).sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  const latest = current.at(-1)
  if (!latest) return null
  if (addMonths(latest.periodStartedOn, 30) > date) return null
  if (/^A[3-6]$/.test(latest.placementType)) return true
  const placementStart = [...current].reverse().find((e) => e.change !== 'LEGAL_STATUS' && !temporary.has(e.placementType))?.startsOn ?? latest.periodStartedOn
  return addMonths(placementStart, 24) <= date
}
