/**
 * The writes of an SSDA903 import (import.ts), planned in memory from a checked return
 * (importChecks.ts) so they can be inserted table by table in multi-row statements. The mapping is
 * the storage contract of README.md: every row is flagged `imported` and keeps the values the file
 * gave (blank → null), so the export reproduces it.
 */
import { randomUUID } from 'node:crypto'
import type {
  adoptionDecisions,
  adoptions,
  careEpisodes,
  careLeaverOutcomes,
  careParenthood,
  carePeriods,
  children,
  claAnnualOutcomes,
  claReviews,
  importedSocialWorkerEpisodes,
  libertyOrders,
  missingEpisodes,
  previousPermanence,
  ssda903ImportChildren,
  ssda903Imports,
  uascStatuses,
} from '../../db/schema/index.js'
import { isoOf, sexOf, upnUnknownCodes } from './importChecks.js'
import type { Ssda903Return } from './tables.js'

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert']

/** New rows by table, parents first (the order of the inserts). */
export type Inserts = {
  children: Row<typeof children>[]
  ssda903_imports: Row<typeof ssda903Imports>[]
  ssda903_import_children: Row<typeof ssda903ImportChildren>[]
  care_parenthood: Row<typeof careParenthood>[]
  care_periods: Row<typeof carePeriods>[]
  care_episodes: Row<typeof careEpisodes>[]
  cla_reviews: Row<typeof claReviews>[]
  uasc_statuses: Row<typeof uascStatuses>[]
  cla_annual_outcomes: Row<typeof claAnnualOutcomes>[]
  care_leaver_outcomes: Row<typeof careLeaverOutcomes>[]
  adoptions: Row<typeof adoptions>[]
  adoption_decisions: Row<typeof adoptionDecisions>[]
  previous_permanence: Row<typeof previousPermanence>[]
  missing_episodes: Row<typeof missingEpisodes>[]
  imported_social_worker_episodes: Row<typeof importedSocialWorkerEpisodes>[]
  liberty_orders: Row<typeof libertyOrders>[]
}

export type HeldChild = { id: string; childRef: string; sex: string; dateOfBirth: string | null; ethnicity: string; upn: string | null; upnUnknownReason: string | null; version: number }
export type ChildUpdate = { id: string; version: number; set: Partial<Pick<HeldChild, 'sex' | 'dateOfBirth' | 'ethnicity' | 'upn' | 'upnUnknownReason'>> }
export type ImportPlan = { readonly inserts: Inserts; readonly childUpdates: ChildUpdate[]; readonly created: number }

export type PlanInput = {
  readonly data: Ssda903Return
  readonly yearEnding: number
  readonly format: 'CSV' | 'XML'
  readonly contentHash: string
  readonly held: ReadonlyMap<string, HeldChild>
  readonly createdBy: string
}

const blank = (v: string): string | null => (v === '' ? null : v)
const date = (v: string): string | null => (v === '' ? null : isoOf(v))
/** Missing dates are stored at 12:00 UTC on the day, so the Europe/London date is the day given. */
const noon = (v: string): Date | null => (v === '' ? null : new Date(`${isoOf(v)}T12:00:00Z`))

/** The care_episodes.change a 903 RNE stands for (S start; L legal status; P, T placement; B, U both). */
const changeOf = (rne: string, first: boolean): string =>
  ({ S: 'START', L: 'LEGAL_STATUS', P: 'PLACEMENT', T: 'PLACEMENT', B: 'BOTH', U: 'BOTH' })[rne] ?? (first ? 'START' : 'BOTH')

export function planImport(input: PlanInput): ImportPlan {
  const { data, yearEnding, held, createdBy } = input
  const inserts: Inserts = {
    children: [], ssda903_imports: [], ssda903_import_children: [], care_parenthood: [], care_periods: [], care_episodes: [], cla_reviews: [], uasc_statuses: [],
    cla_annual_outcomes: [], care_leaver_outcomes: [], adoptions: [], adoption_decisions: [], previous_permanence: [], missing_episodes: [], imported_social_worker_episodes: [], liberty_orders: [],
  }
  const childUpdates: ChildUpdate[] = []
  const ids = new Map<string, string>()
  const importId = randomUUID()
  inserts.ssda903_imports.push({ id: importId, collectionYear: yearEnding, format: input.format, contentHash: input.contentHash, childCount: data.Header.length, createdBy })
  data.Header.forEach((h, i) => {
    const upn = /^UN\d$/.test(h.UPN) && upnUnknownCodes.has(h.UPN) ? null : blank(h.UPN)
    const wanted = { sex: sexOf(h.SEX)!, dateOfBirth: isoOf(h.DOB), ethnicity: h.ETHNIC, upn, upnUnknownReason: upn === null ? blank(h.UPN) : null }
    const have = held.get(h.CHILD)
    let id: string
    if (have) {
      id = have.id
      const set: ChildUpdate['set'] = {}
      for (const [k, v] of Object.entries(wanted) as [keyof ChildUpdate['set'], string | null][]) if (have[k] !== v) (set as Record<string, string | null>)[k] = v
      if (Object.keys(set).length) childUpdates.push({ id, version: have.version, set })
    } else {
      id = randomUUID()
      // The 903 carries no names: a worker corrects 'Unknown' later, as after a CIN census import.
      inserts.children.push({ id, childRef: h.CHILD, firstName: 'Unknown', lastName: h.CHILD, ...wanted })
    }
    ids.set(h.CHILD, id)
    inserts.ssda903_import_children.push({ importId, childId: id, position: i + 1 })
    if (h.MOTHER !== '' || h.MC_DOB !== '') inserts.care_parenthood.push({ childId: id, isMother: blank(h.MOTHER), motherChildDob: date(h.MC_DOB), createdBy })
  })
  const childId = (ref: string) => ids.get(ref)!
  const made = { imported: true, createdBy }

  // Periods of care: each child's rows by DECOM; a row whose REC is not X1 (nor blank) ends the period.
  const byChild = new Map<string, Ssda903Return['Episodes'][number][]>()
  for (const e of data.Episodes) byChild.set(e.CHILD, [...(byChild.get(e.CHILD) ?? []), e])
  for (const [ref, rows] of byChild) {
    const sorted = [...rows].sort((a, b) => isoOf(a.DECOM)!.localeCompare(isoOf(b.DECOM)!))
    let period: Row<typeof carePeriods> | null = null
    for (const e of sorted) {
      const first = period === null
      if (period === null) {
        period = { id: randomUUID(), childId: childId(ref), startedOn: isoOf(e.DECOM)!, ...made }
        inserts.care_periods.push(period)
      }
      inserts.care_episodes.push({
        periodId: period.id!, childId: childId(ref), startsOn: isoOf(e.DECOM)!, change: changeOf(e.RNE, first), sameCarers: e.RNE === 'T' || e.RNE === 'U',
        legalStatus: e.LS, categoryOfNeed: e.CIN, placementType: e.PLACE, placementProvider: blank(e.PLACE_PROVIDER), urn: blank(e.URN),
        placementPostcode: blank(e.PL_POST), homePostcode: blank(e.HOME_POST), placementEndReason: blank(e.REASON_PLACE_CHANGE),
        importedRne: blank(e.RNE), importedDec: date(e.DEC), importedRec: blank(e.REC), ...made,
      })
      if (e.REC !== '' && e.REC !== 'X1') {
        period.endedOn = date(e.DEC)
        period.reasonCeased = e.REC
        period = null
      }
    }
  }
  for (const r of data.Reviews) inserts.cla_reviews.push({ childId: childId(r.CHILD), heldOn: isoOf(r.REVIEW)!, participation: r.REVIEW_CODE, ...made })
  for (const u of data.UASC) inserts.uasc_statuses.push({ childId: childId(u.CHILD), ceasedOn: date(u.DUC), createdBy })
  for (const o of data.OC2)
    inserts.cla_annual_outcomes.push({
      childId: childId(o.CHILD), collectionYear: yearEnding, convicted: blank(o.CONVICTED), substanceMisuse: blank(o.SUBSTANCE_MISUSE), interventionReceived: blank(o.INTERVENTION_RECEIVED),
      interventionOffered: blank(o.INTERVENTION_OFFERED), sdqReason: blank(o.SDQ_REASON), importedSdqScore: blank(o.SDQ_SCORE), importedHealthCheck: blank(o.HEALTH_CHECK),
      importedImmunisations: blank(o.IMMUNISATIONS), importedTeethCheck: blank(o.TEETH_CHECK), importedHealthAssessment: blank(o.HEALTH_ASSESSMENT), ...made,
    })
  for (const o of data.OC3) inserts.care_leaver_outcomes.push({ childId: childId(o.CHILD), collectionYear: yearEnding, inTouch: blank(o.IN_TOUCH), activity: blank(o.ACTIV), accommodation: blank(o.ACCOM), ...made })
  for (const a of data.AD1)
    inserts.adoptions.push({
      childId: childId(a.CHILD), decidedOn: date(a.DATE_INT), matchedOn: date(a.DATE_MATCH), fosterCarers: blank(a.FOSTER_CARE), adopterCount: blank(a.NB_ADOPTR),
      adopterSexes: blank(a.SEX_ADOPTR), adopterLegalStatus: blank(a.LS_ADOPTR), ...made,
    })
  for (const p of data.PlacedAdoption)
    inserts.adoption_decisions.push({ childId: childId(p.CHILD), decidedOn: isoOf(p.DATE_PLACED)!, reversedOn: date(p.DATE_PLACED_CEASED), reversalReason: blank(p.REASON_PLACED_CEASED), ...made })
  for (const p of data.PrevPerm)
    inserts.previous_permanence.push({ childId: childId(p.CHILD), collectionYear: yearEnding, prevPerm: blank(p.PREV_PERM), laPerm: blank(p.LA_PERM), datePerm: blank(p.DATE_PERM), createdBy })
  for (const m of data.Missing) inserts.missing_episodes.push({ childId: childId(m.CHILD), kind: m.MISSING, startedAt: noon(m.MIS_START)!, endedAt: noon(m.MIS_END), ...made })
  for (const s of data.SWEpisodes)
    inserts.imported_social_worker_episodes.push({ childId: childId(s.CHILD), swId: blank(s.SW_ID), startedOn: date(s.SW_DECOM), endedOn: date(s.SW_DEC), reason: blank(s.SW_REASON), createdBy })
  for (const d of data.DoLo) inserts.liberty_orders.push({ childId: childId(d.CHILD), startedOn: isoOf(d.DOLO_START)!, endedOn: date(d.DOLO_END), ...made })
  return { inserts, childUpdates, created: inserts.children.length }
}

/** Rows planned, by table, leaving out empty tables (for the report and the audit summary). */
export function insertCounts(inserts: Inserts): Record<string, number> {
  return Object.fromEntries(Object.entries(inserts).filter(([, rows]) => rows.length > 0).map(([table, rows]) => [table, rows.length]))
}
