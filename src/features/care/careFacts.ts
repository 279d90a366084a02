/** Facts about a child's current placement, derived from the episodes (one per change). Pure. */
import { distanceMiles, isOutOfArea } from '../../domain/places/postcodes.js'
import type { CareEpisodeRow, CarePeriodRow } from './careRepository.js'
import type { PlacementFacts } from './claVisitClock.js'
import type { StabilityEpisode } from './placementStability.js'

/** The episode that started the current placement: the latest one that was not a legal-status change only. */
export function placementStartOf(episodes: readonly CareEpisodeRow[]): CareEpisodeRow | undefined {
  return [...episodes].reverse().find((e) => e.change !== 'LEGAL_STATUS')
}

/** When the current legal status began: the earliest of the latest run of episodes with that status. */
export function legalStatusFromOf(episodes: readonly CareEpisodeRow[]): string | undefined {
  const latest = episodes.at(-1)
  if (!latest) return undefined
  let from = latest.startsOn
  for (const e of [...episodes].reverse()) {
    if (e.legalStatus !== latest.legalStatus) break
    from = e.startsOn
  }
  return from
}

export function placementFactsOf(episodes: readonly CareEpisodeRow[], firstReviewOn: string | null): PlacementFacts | null {
  const latest = episodes.at(-1)
  const start = placementStartOf(episodes)
  if (!latest || !start) return null
  return {
    placementType: latest.placementType, legalStatus: latest.legalStatus, placementStart: start.startsOn,
    legalStatusFrom: legalStatusFromOf(episodes) ?? start.startsOn, longTerm: latest.longTerm,
    childAgreedSixMonthly: latest.childAgreedSixMonthly, unregistered: latest.unregistered, firstReviewOn,
  }
}

/** What is stored on an episode about where the placement is: miles from home and out of area. */
export function whereFacts(placementPostcode: string | null | undefined, homePostcode: string | null | undefined) {
  const miles = distanceMiles(placementPostcode, homePostcode)
  return { distanceMiles: miles === null ? null : miles.toFixed(1), outOfArea: isOutOfArea(placementPostcode) }
}

export function stabilityEpisodesOf(periods: readonly CarePeriodRow[], episodes: readonly CareEpisodeRow[]): StabilityEpisode[] {
  const byId = new Map(periods.map((p) => [p.id, p]))
  return episodes.flatMap((e) => {
    const p = byId.get(e.periodId)
    return p ? [{ startsOn: e.startsOn, change: e.change, placementType: e.placementType, periodStartedOn: p.startedOn, periodEndedOn: p.endedOn }] : []
  })
}
