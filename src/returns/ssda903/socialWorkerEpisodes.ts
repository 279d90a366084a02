/**
 * Two small translations from Cairn's records to the SSDA903 return.
 *
 * Social worker episodes (SWEpisodes, from 2023-24) come from a child's allocations to named
 * workers. Allocations can overlap (a new worker allocated before the old allocation is ended) or
 * last no time at all (a correction the same day). The return wants one worker at a time with no
 * gaps or overlaps (903 rules SW08, SW09, SW10): so each episode runs until the next one starts,
 * and an allocation that lasted no time (or gave way the same day) is left out. SW_REASON is the
 * reason for the change of social worker, given on every episode from April 2023 (rule SW01b): the
 * allocation's own reason when it is a SW_REASON code, else OTHERS.
 */
import type { IsoDate } from '../../domain/timescales/index.js'

export type SocialWorkerEpisode<T> = { readonly startDate: string; readonly endDate: string | null; readonly reason: string; readonly from: T }

export function socialWorkerEpisodes<T extends { startDate: string; endDate: string | null; reason: string }>(allocations: readonly T[], yearEnd: IsoDate | string, isReasonCode: (r: string) => boolean): SocialWorkerEpisode<T>[] {
  const sorted = [...allocations].filter((a) => a.endDate !== a.startDate).sort((a, b) => a.startDate.localeCompare(b.startDate))
  // A later allocation starting the same day replaces an earlier one.
  const kept = sorted.filter((a, i) => sorted[i + 1]?.startDate !== a.startDate)
  return kept.map((a, i) => {
    const next = kept[i + 1]
    const endDate = next ? next.startDate : a.endDate !== null && a.endDate <= yearEnd ? a.endDate : null
    return { startDate: a.startDate, endDate, reason: isReasonCode(a.reason) ? a.reason : 'OTHERS', from: a }
  })
}

/**
 * The CIN census has two "UPN unknown" codes the 903 does not (CIN UN6: under 6 with no UPN; UN7:
 * aged 18 or over); the 903 allows UN1–UN5 only (rule 168). A child under 6 with no UPN has never
 * attended school (903 UN2); a young person of 18 or over has ceased to be looked after (UN1).
 */
export function upnUnknownFor903(code: string | null): string | null {
  return code === 'UN6' ? 'UN2' : code === 'UN7' ? 'UN1' : code
}
