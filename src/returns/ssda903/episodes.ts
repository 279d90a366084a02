/**
 * Derives the SSDA903 Episodes rows from a child's periods of care (care_periods) and the changes
 * recorded in them (care_episodes). The 903 rows are never typed in (issue 5 §1): each care_episodes
 * row is one 903 episode, and RNE, DEC and REC follow from the rows around it (DfE "SSDA903 guide":
 * a new episode starts on any change of legal status, placement or carer; an episode that ends
 * because another starts in the same period of care ends with REC X1).
 *
 * Rows loaded from another system's return (imported = true) are reported as the file gave them,
 * with imported_rne / imported_dec / imported_rec, so an import followed by an export reproduces them.
 */
import type { Ssda903Row } from './tables.js'

export type CarePeriodInput = {
  readonly id: string
  readonly startedOn: string
  readonly endedOn: string | null
  readonly reasonCeased: string | null
}

export type CareEpisodeInput = {
  readonly periodId: string
  readonly startsOn: string
  readonly change: string
  readonly sameCarers: boolean
  readonly legalStatus: string
  readonly categoryOfNeed: string
  readonly placementType: string
  readonly placementProvider: string | null
  readonly urn: string | null
  readonly placementPostcode: string | null
  readonly homePostcode: string | null
  readonly placementEndReason: string | null
  readonly imported: boolean
  readonly importedRne: string | null
  readonly importedDec: string | null
  readonly importedRec: string | null
}

/** One derived 903 episode, with ISO dates (DEC null while it is open). */
export type DerivedEpisode = {
  readonly decom: string
  readonly rne: string
  readonly dec: string | null
  readonly rec: string | null
  readonly row: CareEpisodeInput
}

/** An ISO date as the 903 writes it, DD/MM/YYYY; blank for none. */
export const ddmmyyyy = (iso: string | null | undefined): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '')

/** RNE for a row that is not the first of its period (SSDA903 guide, RNE codes L, P, T, B, U). */
function rneOf(row: CareEpisodeInput): string {
  switch (row.change) {
    case 'LEGAL_STATUS':
      return 'L'
    case 'PLACEMENT':
      return row.sameCarers ? 'T' : 'P'
    case 'BOTH':
      return row.sameCarers ? 'U' : 'B'
    default:
      return 'S'
  }
}

/**
 * The 903 episodes of one period of care, in date order. The first row starts the period (RNE S);
 * each row ends when the next one starts (REC X1); the last ends when the period does, with the
 * period's reason ceased (or is open).
 */
export function deriveEpisodes(period: CarePeriodInput, rows: readonly CareEpisodeInput[]): DerivedEpisode[] {
  const sorted = rows.filter((r) => r.periodId === period.id).sort((a, b) => a.startsOn.localeCompare(b.startsOn))
  return sorted.map((row, i) => {
    const next = sorted[i + 1]
    return {
      decom: row.startsOn,
      rne: i === 0 ? 'S' : rneOf(row),
      dec: next ? next.startsOn : period.endedOn,
      rec: next ? 'X1' : period.endedOn ? period.reasonCeased : null,
      row,
    }
  })
}

const text = (v: string | null | undefined): string => v ?? ''

function episodeRow(child: string, decom: string, rne: string, dec: string, rec: string, row: CareEpisodeInput): Ssda903Row<'Episodes'> {
  return {
    CHILD: child,
    DECOM: decom,
    RNE: rne,
    LS: row.legalStatus,
    CIN: row.categoryOfNeed,
    PLACE: row.placementType,
    PLACE_PROVIDER: text(row.placementProvider),
    DEC: dec,
    REC: rec,
    REASON_PLACE_CHANGE: text(row.placementEndReason),
    HOME_POST: text(row.homePostcode),
    PL_POST: text(row.placementPostcode),
    URN: text(row.urn),
  }
}

/**
 * The 903 Episodes rows for the year ending 31 March `yearEnding`: every derived episode open at
 * any time in the year (DECOM on or before 31 March, DEC none or on or after 1 April). A DEC after
 * 31 March is reported blank with a blank REC: at the year end the child was still in that
 * episode (SSDA903 guide: DEC and REC are completed only for episodes ending in the year), and so
 * is its REASON_PLACE_CHANGE (rule 233: not required when the episode has not ceased).
 */
export function episodeRowsForYear(child: string, episodes: readonly DerivedEpisode[], yearEnding: number): Ssda903Row<'Episodes'>[] {
  const start = `${yearEnding - 1}-04-01`
  const end = `${yearEnding}-03-31`
  return episodes
    .filter((e) => e.decom <= end && (e.dec === null || e.dec >= start))
    .map((e) => {
      const ended = e.dec !== null && e.dec <= end
      const row = episodeRow(child, ddmmyyyy(e.decom), e.rne, ended ? ddmmyyyy(e.dec) : '', ended ? text(e.rec) : '', e.row)
      // The reason the placement changed belongs to the year the episode ends in (rule 233).
      return ended ? row : { ...row, REASON_PLACE_CHANGE: '' }
    })
}

/** An imported row, reported as loaded (its own RNE, DEC and REC). */
export function importedEpisodeRow(child: string, row: CareEpisodeInput): Ssda903Row<'Episodes'> {
  return episodeRow(child, ddmmyyyy(row.startsOn), text(row.importedRne), ddmmyyyy(row.importedDec), text(row.importedRec), row)
}
