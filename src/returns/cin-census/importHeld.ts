/**
 * The rows a CIN census import already holds (importRepository.ts), indexed once by the stable keys
 * the import matches on (import.ts), so that planning (importPlan.ts) looks each one up by key
 * rather than searching a list per row.
 */
import type { ExistingRows } from './importRepository.js'

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const list = map.get(key(row))
    if (list) list.push(row)
    else map.set(key(row), [row])
  }
  return map
}
const first = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T> =>
  new Map([...group(rows, key)].map(([k, list]) => [k, list[0]!]))

/** The held rows, indexed by the keys the import matches on (as `Array.find` would: the first row wins). */
export function indexExisting(e: ExistingRows) {
  return {
    kids: first(e.kids, (k) => k.childRef),
    episodes: first(e.episodes, (x) => `${x.childId}|${x.startDate}`),
    referrals: group(e.referrals, (r) => r.cinEpisodeId),
    conferences: group(e.conferences, (x) => x.cinEpisodeId),
    assessments: first(e.assessments, (x) => `${x.cinEpisodeId}|${x.startDate}`),
    section47s: first(e.section47s, (x) => `${x.cinEpisodeId}|${x.startDate}`),
    cpPlans: first(e.cpPlans, (x) => `${x.childId}|${x.startDate}`),
  }
}
export type Held = ReturnType<typeof indexExisting>
