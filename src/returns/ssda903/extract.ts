/**
 * Reads one SSDA903 collection year from the casework and maps it to the 903 tables, exactly as
 * README.md (the contract shared with the import) says. The points that need a choice:
 *
 * - Header: every child with a row in any other table collected that year, plus every child of an
 *   import for the year; import children first, in file order, then the rest by CHILD.
 * - SEX is 1/2 up to 2023-24 (M→1, F→2) and M/F/U from 2024-25 (rules 101, 232); any other value is
 *   passed through so rule 101 reports it.
 * - OC2 health flags for casework rows come from health_records in the year: HEALTH_ASSESSMENT is a
 *   health assessment (initial or review) in the year; HEALTH_CHECK (health promotion, rules 545-546)
 *   is completed only for a child under 5 at 31 March, from the same records; TEETH_CHECK a dental
 *   check; IMMUNISATIONS a record that they are up to date; SDQ_SCORE the latest score in the year.
 * - SWEpisodes: SW_ID is the worker's Social Work England number; SW_DEC and SW_REASON only for an
 *   allocation that ended in the year, SW_REASON being the next allocation's reason when it is a
 *   SW_REASON code, else OTHERS.
 */
import type { Actor } from '../../access/actor.js'
import type { Executor } from '../../db/executor.js'
import { socialWorkerChangeReasons } from '../../domain/codeLists/ssda903.js'
import { socialWorkerEpisodes, upnUnknownFor903 } from './socialWorkerEpisodes.js'
import { ddmmyyyy, deriveEpisodes, episodeRowsForYear, importedEpisodeRow, type CareEpisodeInput } from './episodes.js'
import { ssda903Repository } from './extractRepository.js'
import { collectionPeriod, emptyReturn, tablesCollected, type Ssda903Return, type Ssda903Row, type Ssda903TableName } from './tables.js'

type Rows = { -readonly [T in Ssda903TableName]: Ssda903Row<T>[] }
type Keyed = { childId: string; child: string; dob: string | null }

const t = (v: string | null | undefined): string => v ?? ''
const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
/** The Europe/London calendar date of an instant, ISO. */
const isoInLondon = (at: Date | null): string | null => (at ? londonDate.format(at) : null)
const swReasons = new Set<string>(socialWorkerChangeReasons.map((r) => r.code))

export function sexFor(sex: string, yearEnding: number): string {
  if (yearEnding > 2024) return sex
  return sex === 'M' ? '1' : sex === 'F' ? '2' : sex
}

/** The year's SSDA903 return from the casework (and the year's imports), every table. */
export async function extractReturn(db: Executor, yearEnding: number, actor?: Actor): Promise<Ssda903Return> {
  const repo = ssda903Repository(db, yearEnding, actor)
  const { start, end } = collectionPeriod(yearEnding)
  const collected = new Set(tablesCollected(yearEnding))
  const [importChildren, periods, episodes, reviews, uasc, outcomes, health, oc3, ad1, decisions, prevPerm, missing, allocs, importedSw, dolo] = await Promise.all([
    repo.importChildren(), repo.periods(), repo.episodes(), repo.reviews(), repo.uasc(), repo.outcomes(), repo.health(), repo.careLeaverOutcomes(),
    repo.adoptions(), repo.adoptionDecisions(), repo.previousPermanence(), repo.missing(),
    collected.has('SWEpisodes') ? repo.allocations() : Promise.resolve([]),
    collected.has('SWEpisodes') ? repo.importedSocialWorkerEpisodes() : Promise.resolve([]),
    collected.has('DoLo') ? repo.libertyOrders() : Promise.resolve([]),
  ])
  const out = emptyReturn() as unknown as Rows
  const byChild = new Map<string, { order: number }>()
  const dobOf = (r: Keyed) => ddmmyyyy(r.dob)
  const importSet = new Set(importChildren.map((c) => c.childId))

  // Episodes: derived per period of care (casework) or as loaded (imported).
  const rowsByPeriod = new Map<string, (CareEpisodeInput & Keyed)[]>()
  const episodeRows: { childId: string; child: string; decom: string; row: Ssda903Row<'Episodes'> }[] = []
  for (const e of episodes) {
    if (e.imported) {
      if (importSet.has(e.childId)) episodeRows.push({ childId: e.childId, child: e.child, decom: e.startsOn, row: importedEpisodeRow(e.child, e) })
      continue
    }
    const list = rowsByPeriod.get(e.periodId) ?? []
    list.push(e)
    rowsByPeriod.set(e.periodId, list)
  }
  for (const p of periods) {
    const rows = rowsByPeriod.get(p.id) ?? []
    const first = rows[0]
    if (!first) continue
    const derived = deriveEpisodes(p, rows)
    for (const row of episodeRowsForYear(first.child, derived, yearEnding)) episodeRows.push({ childId: p.childId, child: first.child, decom: row.DECOM.split('/').reverse().join('-'), row })
  }
  out.Episodes = sortRows(episodeRows, (r) => r.decom).map((r) => r.row)
  const keep = (ids: Iterable<string>) => { for (const id of ids) if (!byChild.has(id)) byChild.set(id, { order: 0 }) }
  keep(episodeRows.map((r) => r.childId))
  const lookedAfter = new Set(episodeRows.map((r) => r.childId))

  out.Reviews = reviews.map((r) => ({ CHILD: r.child, DOB: dobOf(r), REVIEW: ddmmyyyy(r.heldOn), REVIEW_CODE: r.participation }))
  keep(reviews.map((r) => r.childId))

  // OC2: imported rows as loaded; casework rows' health flags derived from the year's records.
  const healthOf = new Map<string, { kinds: Set<string>; sdq: number | null }>()
  for (const h of health) {
    const entry = healthOf.get(h.childId) ?? { kinds: new Set<string>(), sdq: null }
    entry.kinds.add(h.kind)
    if (h.kind === 'SDQ' && h.sdqScore !== null) entry.sdq = h.sdqScore
    healthOf.set(h.childId, entry)
  }
  const flag = (v: boolean) => (v ? '1' : '0')
  out.OC2 = outcomes.map(({ o, ...c }) => {
    const h = healthOf.get(c.childId) ?? { kinds: new Set<string>(), sdq: null }
    const assessed = h.kinds.has('INITIAL_HEALTH_ASSESSMENT') || h.kinds.has('REVIEW_HEALTH_ASSESSMENT')
    const underFive = c.dob !== null && c.dob > `${yearEnding - 5}-03-31`
    return {
      CHILD: c.child, DOB: dobOf(c),
      SDQ_SCORE: o.imported ? t(o.importedSdqScore) : h.sdq === null ? '' : String(h.sdq),
      SDQ_REASON: t(o.sdqReason), CONVICTED: t(o.convicted),
      HEALTH_CHECK: o.imported ? t(o.importedHealthCheck) : underFive ? flag(assessed) : '',
      IMMUNISATIONS: o.imported ? t(o.importedImmunisations) : flag(h.kinds.has('IMMUNISATIONS')),
      TEETH_CHECK: o.imported ? t(o.importedTeethCheck) : flag(h.kinds.has('DENTAL')),
      HEALTH_ASSESSMENT: o.imported ? t(o.importedHealthAssessment) : flag(assessed),
      SUBSTANCE_MISUSE: t(o.substanceMisuse), INTERVENTION_RECEIVED: t(o.interventionReceived), INTERVENTION_OFFERED: t(o.interventionOffered),
    }
  })
  keep(outcomes.map((r) => r.childId))

  out.OC3 = oc3.map((r) => ({ CHILD: r.child, DOB: dobOf(r), IN_TOUCH: t(r.inTouch), ACTIV: t(r.activity), ACCOM: t(r.accommodation) }))
  keep(oc3.map((r) => r.childId))

  out.AD1 = ad1.map(({ a, ...c }) => ({
    CHILD: c.child, DOB: dobOf(c), DATE_INT: ddmmyyyy(a.decidedOn), DATE_MATCH: ddmmyyyy(a.matchedOn), FOSTER_CARE: t(a.fosterCarers),
    NB_ADOPTR: t(a.adopterCount), SEX_ADOPTR: t(a.adopterSexes), LS_ADOPTR: t(a.adopterLegalStatus),
  }))
  keep(ad1.map((r) => r.childId))

  // The decision and missing tables are about children looked after in the year (903 rules 1012, EPI).
  const placed = decisions.filter((d) => d.imported || lookedAfter.has(d.childId))
  out.PlacedAdoption = placed.map((d) => {
    const ceased = d.imported || (d.reversedOn !== null && d.reversedOn <= end)
    return { CHILD: d.child, DOB: dobOf(d), DATE_PLACED: ddmmyyyy(d.decidedOn), DATE_PLACED_CEASED: ceased ? ddmmyyyy(d.reversedOn) : '', REASON_PLACED_CEASED: ceased ? t(d.reversalReason) : '' }
  })
  keep(placed.map((r) => r.childId))

  out.PrevPerm = prevPerm.map((r) => ({ CHILD: r.child, DOB: dobOf(r), PREV_PERM: t(r.prevPerm), LA_PERM: t(r.laPerm), DATE_PERM: t(r.datePerm) }))
  keep(prevPerm.map((r) => r.childId))

  // Missing: imported rows are stored at 12:00 UTC on the date, so the London date is the file's date.
  const inYear = (iso: string | null) => iso !== null && iso >= start && iso <= end
  const missingRows = missing.filter((m) => m.imported || (lookedAfter.has(m.childId) && inYear(isoInLondon(m.startedAt))))
  out.Missing = missingRows.map((m) => ({ CHILD: m.child, DOB: dobOf(m), MISSING: m.kind, MIS_START: ddmmyyyy(isoInLondon(m.startedAt)), MIS_END: ddmmyyyy(isoInLondon(m.endedAt)) }))
  keep(missingRows.map((r) => r.childId))

  if (collected.has('SWEpisodes')) {
    const sw: (Ssda903Row<'SWEpisodes'> & { childId: string })[] = []
    const byChildAllocs = new Map<string, typeof allocs>()
    for (const a of allocs) byChildAllocs.set(a.childId, [...(byChildAllocs.get(a.childId) ?? []), a])
    for (const list of byChildAllocs.values())
      for (const e of socialWorkerEpisodes(list, end, (r) => swReasons.has(r)))
        sw.push({ childId: e.from.childId, CHILD: e.from.child, DOB: dobOf(e.from), SW_ID: t(e.from.sweNumber), SW_DECOM: ddmmyyyy(e.startDate), SW_DEC: ddmmyyyy(e.endDate), SW_REASON: e.reason })
    for (const s of importedSw) sw.push({ childId: s.childId, CHILD: s.child, DOB: dobOf(s), SW_ID: t(s.swId), SW_DECOM: ddmmyyyy(s.startedOn), SW_DEC: ddmmyyyy(s.endedOn), SW_REASON: t(s.reason) })
    out.SWEpisodes = sw.map(({ childId: _c, ...row }) => row)
    keep(sw.map((r) => r.childId))
  }
  if (collected.has('DoLo')) {
    out.DoLo = dolo.map((d) => ({ CHILD: d.child, DOB: dobOf(d), DOLO_START: ddmmyyyy(d.startedOn), DOLO_END: d.imported || (d.endedOn !== null && d.endedOn <= end) ? ddmmyyyy(d.endedOn) : '' }))
    keep(dolo.map((r) => r.childId))
  }

  // Header: import children in file order, then every other child with a row, by CHILD.
  const ids = [...new Set([...importChildren.map((c) => c.childId), ...byChild.keys()])]
  const people = ids.length ? await chunked(ids, (chunk) => repo.children(chunk)) : []
  const personOf = new Map(people.map((p) => [p.childId, p]))
  const position = new Map(importChildren.map((c, i) => [c.childId, i]))
  const ordered = ids.map((id) => personOf.get(id)).filter((p) => p !== undefined)
  ordered.sort((a, b) => (position.get(a.childId) ?? Infinity) - (position.get(b.childId) ?? Infinity) || (a.child < b.child ? -1 : a.child > b.child ? 1 : 0))
  out.Header = ordered.map((p) => ({
    CHILD: p.child, SEX: sexFor(p.sex, yearEnding), DOB: ddmmyyyy(p.dob), ETHNIC: p.ethnicity, UPN: t(p.upn ?? upnUnknownFor903(p.upnUnknownReason)),
    // MOTHER is returned for children looked after in the year (903 rules 165, 393); a file's own value as loaded.
    ...(lookedAfter.has(p.childId) || importSet.has(p.childId) ? { MOTHER: t(p.isMother), MC_DOB: ddmmyyyy(p.motherChildDob) } : { MOTHER: '', MC_DOB: '' }),
  }))
  const headerIds = new Set(ordered.map((p) => p.childId))
  out.UASC = uasc.filter((u) => headerIds.has(u.childId)).map((u) => {
    const p = personOf.get(u.childId)!
    // DUC is the date UASC status ceased, or for a child still UASC the 18th birthday, when it will (rule 104).
    const eighteenth = p.dob ? `${Number(p.dob.slice(0, 4)) + 18}${p.dob.slice(4)}` : null
    return { CHILD: p.child, SEX: sexFor(p.sex, yearEnding), DOB: ddmmyyyy(p.dob), DUC: ddmmyyyy(u.ceasedOn ?? (importSet.has(u.childId) ? null : eighteenth)) }
  })

  // Every table in Header order, each child's rows in date order as read.
  const rank = new Map(out.Header.map((h, i) => [h.CHILD, i]))
  for (const table of Object.keys(out) as Ssda903TableName[]) {
    if (table === 'Header') continue
    const rows = out[table] as { CHILD: string }[]
    ;(out as Record<string, unknown>)[table] = rows.map((r, i) => ({ r, i })).sort((a, b) => (rank.get(a.r.CHILD) ?? 0) - (rank.get(b.r.CHILD) ?? 0) || a.i - b.i).map((x) => x.r)
  }
  return out
}

function sortRows<R>(rows: R[], key: (r: R) => string): R[] {
  return rows.map((r, i) => ({ r, i, k: key(r) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i)).map((x) => x.r)
}

async function chunked<T>(ids: readonly string[], read: (chunk: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += 5000) out.push(...(await read(ids.slice(i, i + 5000))))
  return out
}
