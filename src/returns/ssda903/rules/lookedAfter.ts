/**
 * Episode facts the rules on the other 903 tables share: a child's episodes with their dates, their
 * periods of care, and whether they were looked after continuously for 12 months at 31 March (the
 * OC2 cohort, as the DfE 903 validation guidance defines it: no episode in the year that starts a
 * period of care (RNE S), ends one (REC other than X1) or is short-break care (LS V3/V4)).
 */
import type { RuleContext } from './define.js'
import { dateOf } from './dates.js'

export type DatedEpisode = {
  readonly index: number
  readonly decom: string | null
  readonly dec: string | null
  readonly RNE: string
  readonly LS: string
  readonly PLACE: string
  readonly REC: string
}

const episodeCache = new WeakMap<RuleContext, Map<string, readonly DatedEpisode[]>>()

/** A child's episodes with ISO dates, in start-date order (undated last); built once per validation. */
export function datedEpisodes(ctx: RuleContext, child: string): readonly DatedEpisode[] {
  let cache = episodeCache.get(ctx)
  if (!cache) episodeCache.set(ctx, (cache = new Map()))
  const known = cache.get(child)
  if (known) return known
  const episodes = ctx
    .rowsOf('Episodes', child)
    .map(({ index, row }) => ({ index, decom: dateOf(row.DECOM), dec: dateOf(row.DEC), RNE: row.RNE, LS: row.LS, PLACE: row.PLACE, REC: row.REC }))
    .sort((a, b) => (a.decom ?? '9999').localeCompare(b.decom ?? '9999') || a.index - b.index)
  cache.set(child, episodes)
  return episodes
}

const claCache = new WeakMap<RuleContext, Map<string, boolean>>()

/** Looked after continuously for at least 12 months at 31 March of the collection year. */
export function continuouslyLookedAfter(ctx: RuleContext, child: string): boolean {
  let cache = claCache.get(ctx)
  if (!cache) claCache.set(ctx, (cache = new Map()))
  const known = cache.get(child)
  if (known !== undefined) return known
  const { collectionStart: start, collectionEnd: end } = ctx
  let inYear = false
  let broken = false
  for (const e of datedEpisodes(ctx, child)) {
    const during = e.decom !== null && e.decom <= end && (e.dec === null || e.dec >= start)
    if (during) inYear = true
    if (e.RNE === 'S' && e.decom !== null && e.decom > start && e.decom <= end) broken = true
    if (e.REC !== 'X1' && e.dec !== null && e.dec >= start && e.dec < end) broken = true
    if ((e.LS === 'V3' || e.LS === 'V4') && during) broken = true
  }
  const result = inYear && !broken
  cache.set(child, result)
  return result
}

/** A child's periods of care: runs of episodes with no gap between one's end and the next start. */
export function periodsOfCare(ctx: RuleContext, child: string): { start: string; end: string | null }[] {
  const periods: { start: string; end: string | null }[] = []
  for (const e of datedEpisodes(ctx, child)) {
    if (e.decom === null) continue
    const last = periods.at(-1)
    if (last && last.end !== null && e.decom <= last.end) last.end = e.dec
    else if (last && last.end === null) continue
    else periods.push({ start: e.decom, end: e.dec })
  }
  return periods
}
