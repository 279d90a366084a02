/**
 * The checks a change to a child's care must pass before it is saved (issue 5: "bad input"). Each
 * message names the SSDA903 rule or the reason, so a worker can see why, and the 903 return built
 * from these records cannot fail them.
 */
import { codesForYear, legalStatuses, placementProviders, placementTypes, temporaryPlacements } from '../../domain/codeLists/ssda903.js'
import type { FieldErrors } from '../../errors.js'

/** The 903 collection year a date falls in, named by the 31 March it ends on. */
export const yearEndingOf = (date: string) => Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= 4 ? 1 : 0)

type Placement = { placementType: string; placementProvider?: string | undefined }

/** Placement types with no provider: temporary moves T0–T3 (rule 178) and the Z11–Z14 split (rule 213). */
const noProvider = new Set(['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'])

/** PLACE valid for the year, PLACE_PROVIDER present exactly when the 903 wants one. */
export function placementProblems(p: Placement, on: string): FieldErrors {
  const year = yearEndingOf(on)
  const errors: FieldErrors = {}
  if (!codesForYear(placementTypes, year).includes(p.placementType))
    errors.placementType = `${p.placementType} is not a placement type (PLACE) in the ${year - 1}-${String(year).slice(2)} collection year`
  else if (noProvider.has(p.placementType) && p.placementProvider)
    errors.placementProvider = `No provider is recorded for a ${p.placementType} placement (903 rules 178 and 213)`
  else if (!noProvider.has(p.placementType) && !p.placementProvider)
    errors.placementProvider = 'Select the placement provider (PLACE_PROVIDER)'
  if (p.placementProvider && !placementProviders.some((c) => c.code === p.placementProvider))
    errors.placementProvider = 'Select a placement provider from the list (PR0 to PR5)'
  else if ((p.placementProvider === 'PR0') !== (p.placementType === 'P1') && p.placementProvider)
    errors.placementProvider = 'PR0 (parents) goes with placement P1 only, and P1 with PR0 (903 rules 550, 530, 531)'
  return errors
}

export function legalStatusProblems(legalStatus: string | undefined, on: string): FieldErrors {
  if (!legalStatus) return {}
  const year = yearEndingOf(on)
  return codesForYear(legalStatuses, year).includes(legalStatus) ? {} : { legalStatus: `${legalStatus} is not a legal status in the ${year - 1}-${String(year).slice(2)} collection year` }
}

/** A change must come after the last one and the start of the period: two on one day would overlap as 903 episodes. */
export function changeDateProblem(on: string, latestChangeOn: string, periodStartedOn: string): string | null {
  if (on < periodStartedOn) return `The change cannot be before the period of care started (${periodStartedOn})`
  if (on < latestChangeOn) return `The change cannot be before the latest change (${latestChangeOn}): 903 episodes must not overlap (903 rule 501)`
  if (on === latestChangeOn) return `Another change is recorded on ${latestChangeOn}: two episodes starting on one day overlap (903 rule 501). Record both changes as one`
  return null
}

/** 903 rule 225: a placement change needs a reason; rule 226: not when the placement ending was temporary (T0–T4). */
export function moveReasonProblem(endingPlacementType: string, reason: string | undefined): string | null {
  if (reason || (temporaryPlacements as readonly string[]).includes(endingPlacementType)) return null
  return 'Select why the previous placement ended (REASON_PLACE_CHANGE, 903 rule 225)'
}
