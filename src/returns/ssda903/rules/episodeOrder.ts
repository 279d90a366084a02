/**
 * Helpers for the Header, Episodes and Reviews rules: a child's episodes in start-date order with
 * their dates parsed once per validation, the child's Header row and date of birth, and hits that
 * name only the affected fields that the table really has (a rule reported on Header and Episodes
 * lists DOB on the Header row and DECOM on the episode).
 */
import { ssda903Columns, type Ssda903Row, type Ssda903TableName } from '../tables.js'
import { isoOf, type Hit, type RuleContext } from './define.js'

export type OrderedEpisode = {
  readonly index: number
  readonly row: Ssda903Row<'Episodes'>
  readonly decom: string | null
  readonly dec: string | null
}

const episodeCache = new WeakMap<RuleContext, Map<string, OrderedEpisode[]>>()

/** A child's episodes in start-date order (undated last, then file order), as the DfE tool sorts them. */
export function orderedEpisodes(ctx: RuleContext, child: string): readonly OrderedEpisode[] {
  let cache = episodeCache.get(ctx)
  if (!cache) episodeCache.set(ctx, (cache = new Map()))
  let list = cache.get(child)
  if (!list) {
    list = ctx
      .rowsOf('Episodes', child)
      .map(({ index, row }) => ({ index, row, decom: isoOf(row.DECOM), dec: isoOf(row.DEC) }))
      .sort((a, b) => (a.decom ?? '9999').localeCompare(b.decom ?? '9999') || a.index - b.index)
    cache.set(child, list)
  }
  return list
}

/** Every child with an episode, in first-appearance order. */
export function episodeChildren(ctx: RuleContext): string[] {
  return [...new Set(ctx.current.Episodes.map((r) => r.CHILD))]
}

/** Runs `check` on each child's ordered episodes and gathers the hits. */
export function perChild(ctx: RuleContext, check: (eps: readonly OrderedEpisode[], child: string) => Hit[]): Hit[] {
  return episodeChildren(ctx).flatMap((child) => check(orderedEpisodes(ctx, child), child))
}

/** The child's (first) Header row and its index, if any. */
export function headerOf(ctx: RuleContext, child: string): { readonly index: number; readonly row: Ssda903Row<'Header'> } | undefined {
  return ctx.rowsOf('Header', child)[0]
}

/** The child's date of birth from the Header, as ISO, or null. */
export function dobOf(ctx: RuleContext, child: string): string | null {
  const h = headerOf(ctx, child)
  return h ? isoOf(h.row.DOB) : null
}

/** The rule's fields that `table` has (once each); all of them when the table has none. */
export function fieldsIn(table: Ssda903TableName, fields: readonly string[]): string[] {
  const cols = ssda903Columns[table] as readonly string[]
  const mine = [...new Set(fields.filter((f) => cols.includes(f)))]
  return mine.length > 0 ? mine : [...new Set(fields)]
}

export function hitOn(table: Ssda903TableName, row: number, child: string, fields: readonly string[]): Hit {
  return { table, row, child, fields: fieldsIn(table, fields) }
}

/** Hits on the episodes given and, once, on the child's Header row (rules the DfE reports on both). */
export function withHeader(ctx: RuleContext, child: string, episodes: readonly number[], fields: readonly string[]): Hit[] {
  if (episodes.length === 0) return []
  const hits = episodes.map((i) => hitOn('Episodes', i, child, fields))
  const h = headerOf(ctx, child)
  if (h) hits.push(hitOn('Header', h.index, child, fields))
  return hits
}

export const isOneOf = (codes: readonly string[]) => (value: string): boolean => codes.includes(value.trim())

export const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'] as const
export const isTemporary = isOneOf(TEMPORARY)
/** Z1 was split into Z11–Z14 for 2025-26 (lac2025_26). */
export const otherPlacements = (yearEnding: number): readonly string[] => (yearEnding >= 2026 ? ['Z11', 'Z12', 'Z13', 'Z14'] : ['Z1'])
/** SEX codes: 1/2 up to 2023-24, M/F/U from 2024-25 (rules 101, 232). */
export const isMale = (ctx: RuleContext, sex: string): boolean => sex.trim() === (ctx.yearEnding >= 2025 ? 'M' : '1')
export const isFemale = (ctx: RuleContext, sex: string): boolean => sex.trim() === (ctx.yearEnding >= 2025 ? 'F' : '2')
