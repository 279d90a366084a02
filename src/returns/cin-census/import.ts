/**
 * Imports a CIN census XML file from another system (issue 4 §9: to migrate a council, or to test).
 *
 * 1. Parse: hostile input (DOCTYPE/ENTITY, oversize, malformed) is refused by `parseCensus`.
 * 2. Check the whole file first. A child that cannot be loaded (no LAchildID, a date that is not a
 *    date, a code outside our lists, dates in the wrong order, keys given twice) is an error in the
 *    report; if any child has one, nothing is written and the report is 'refused'. The DfE rule
 *    findings (`validateCensus`) are reported too, but do not block: a migration loads what the
 *    old system held.
 * 3. In one transaction, upsert by stable keys: a child by LAchildID (child_ref); a CIN episode by
 *    (child, referral date) with its referral; an assessment and a section 47 by (episode, start
 *    date); a CP plan by (child, start date); an ICPC by its enquiry, or by its episode when the
 *    file gives the episode's DateOfInitialCPC; a review conference by (episode, date). Only what
 *    differs is written, so a second import of the same file changes nothing. Nothing is deleted:
 *    rows the file does not mention are left as they are. One summary audit row per import.
 *
 * The census carries no names: a new child is named 'Unknown' with the LAchildID as surname, for a
 * worker to correct. Imported rows name the system actor as author, chair and authoriser, and
 * placeholder text for the conference fields the census does not carry.
 */
import { randomUUID } from 'node:crypto'
import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { addMonths } from '../../domain/timescales/dates.js'
import { sexOf, truthy, unloadableProblems } from './importChecks.js'
import { importRepository, importUserId, type ImportRepository } from './importRepository.js'
import { parseCensus, type ParseOptions } from './parse.js'
import type { CensusChild, CinEpisode } from './types.js'
import { validateCensus, type CollectionYear, type Finding } from './validate.js'

export type ImportOptions = {
  /** '2021-22' and so on; taken from the header's Year when not given. */
  readonly collectionYear?: string
  readonly maxBytes?: ParseOptions['maxBytes']
}

export type ChildStatus = 'created' | 'updated' | 'unchanged' | 'error'
export type ChildOutcome = { readonly position: number; readonly laChildId: string | null; status: ChildStatus; readonly messages: string[] }

export type ImportReport = {
  readonly status: 'imported' | 'refused'
  readonly collectionYear: string | null
  /** Set when the file itself was refused (hostile, malformed, not a census); children is then empty. */
  readonly fileError: string | null
  readonly children: ChildOutcome[]
  readonly counts: Record<ChildStatus, number>
  /** Rows inserted and updated, by table. */
  readonly rows: { inserted: Record<string, number>; updated: Record<string, number> }
  /** The DfE rule findings for the file (informative: they do not stop an import). */
  readonly findings: Finding[]
  readonly durationMs: number
}

/** Header Year '2022' → '2021-22'. */
export function collectionYearOfHeader(year: string | null): string | null {
  if (year === null || !/^\d{4}$/.test(year)) return null
  const end = Number(year)
  return `${end - 1}-${String(end % 100).padStart(2, '0')}`
}

/** Our rules cover 2024-25 to 2026-27; an earlier file is checked with the earliest set we have. */
const rulesYear = (year: string): CollectionYear => (year >= '2026-27' ? '2026-27' : year >= '2025-26' ? '2025-26' : '2024-25')

const placeholder = 'Not recorded (imported from a CIN census)'

type Counts = { inserted: Record<string, number>; updated: Record<string, number> }
const bump = (m: Record<string, number>, table: string) => (m[table] = (m[table] ?? 0) + 1)

/** Fields that differ between what we hold and what the file says (dates as text, arrays by value). */
function changed<T extends Record<string, unknown>>(existing: T, wanted: Partial<T>): Partial<T> {
  const out: Partial<T> = {}
  for (const [k, v] of Object.entries(wanted) as [keyof T, T[keyof T]][]) {
    const have = existing[k]
    const same = Array.isArray(v) && Array.isArray(have) ? v.length === have.length && v.every((x, i) => x === have[i]) : have === v
    if (!same) out[k] = v
  }
  return out
}

/** Whether the referral came within 12 months of the child's previous one in the file (CIN guide: re-referral). */
function isReReferral(episodes: readonly CinEpisode[], e: CinEpisode): boolean {
  const date = e.referralDate!
  return episodes.some((o) => o.referralDate !== null && o.referralDate < date && o.referralDate >= addMonths(date, -12))
}

type Loaded = Awaited<ReturnType<typeof loadExisting>>

async function loadExisting(repo: ImportRepository, refs: string[]) {
  const kids = await repo.childrenByRef(refs)
  const ids = kids.map((k) => k.id)
  // One after another: a transaction is one connection, which runs one query at a time.
  const episodes = await repo.episodes(ids)
  const referrals = await repo.referrals(ids)
  const assessments = await repo.assessments(ids)
  const section47s = await repo.section47s(ids)
  const conferences = await repo.conferences(ids)
  const cpPlans = await repo.cpPlans(ids)
  return { kids, episodes, referrals, assessments, section47s, conferences, cpPlans }
}

/** Writes one child's census record; returns whether anything was inserted or updated. */
async function upsertChild(repo: ImportRepository, existing: Loaded, c: CensusChild, counts: Counts): Promise<'created' | 'updated' | 'unchanged'> {
  let touched = false
  const ins = (table: string) => {
    touched = true
    bump(counts.inserted, table)
  }
  const upd = async <T extends Record<string, unknown>>(table: string, row: T & { id: string; version: number }, wanted: Partial<T>, write: (id: string, set: Partial<T>, version: number) => Promise<unknown>) => {
    const diff = changed(row, wanted)
    if (Object.keys(diff).length === 0) return
    touched = true
    bump(counts.updated, table)
    await write(row.id, diff, row.version)
  }
  const ref = c.laChildId!
  const realDisabilities = c.disabilities.filter((d) => d !== 'NONE')
  const childFields = {
    upn: c.upn,
    upnUnknownReason: c.upnUnknown,
    dateOfBirth: c.birthDate,
    expectedDateOfBirth: c.expectedBirthDate,
    sex: sexOf(c)!,
    ethnicity: c.ethnicity!,
    // One disability column: the first one the file gives (README: what does not round-trip).
    disability: realDisabilities[0] ?? 'NONE',
  }
  const held = existing.kids.find((k) => k.childRef === ref)
  let childId: string
  let created = false
  if (held) {
    childId = held.id
    await upd('children', held, childFields, repo.updateChild)
  } else {
    // The census has no names: a placeholder a worker replaces (the LAchildID keeps it findable).
    childId = await repo.insertChild({ childRef: ref, firstName: 'Unknown', lastName: ref, ...childFields })
    created = true
    ins('children')
  }
  const author = { childId, createdBy: importUserId }
  const conferenceText = { chairId: importUserId, attendance: placeholder, childViews: placeholder, viewsGatheredHow: placeholder, imported: true }

  for (const e of c.episodes) {
    const referralDate = e.referralDate!
    const episodeFields = { endDate: e.closureDate, closureReason: e.reasonForClosure }
    const heldEpisode = existing.episodes.find((x) => x.childId === childId && x.startDate === referralDate)
    let episodeId: string
    if (heldEpisode) {
      episodeId = heldEpisode.id
      await upd('cin_episodes', heldEpisode, episodeFields, repo.updateEpisode)
    } else {
      episodeId = await repo.insertEpisode({ childId, startDate: referralDate, ...episodeFields })
      ins('cin_episodes')
    }
    const referralFields = { referralDate, source: e.referralSource!, primaryNeed: e.primaryNeedCode, isReReferral: isReReferral(c.episodes, e) }
    const heldReferral = existing.referrals.find((r) => r.cinEpisodeId === episodeId && r.referralDate === referralDate) ?? existing.referrals.find((r) => r.cinEpisodeId === episodeId)
    let referralId: string
    if (heldReferral) {
      referralId = heldReferral.id
      await upd('referrals', heldReferral, referralFields, repo.updateReferral)
    } else {
      referralId = await repo.insertReferral({ childId, cinEpisodeId: episodeId, ...referralFields })
      ins('referrals')
    }
    const conferences = existing.conferences.filter((x) => x.cinEpisodeId === episodeId)
    const newConferences: { id: string; kind: string; s47EnquiryId: string | null; heldOn: string }[] = []
    const allConferences = () => [...conferences, ...newConferences]

    if (e.dateOfInitialCpc !== null) {
      const held = conferences.find((x) => x.kind === 'ICPC' && x.s47EnquiryId === null)
      if (held) await upd('cp_conferences', held, { heldOn: e.dateOfInitialCpc }, repo.updateConference)
      else {
        const id = await repo.insertConference({ ...author, ...conferenceText, cinEpisodeId: episodeId, kind: 'ICPC', heldOn: e.dateOfInitialCpc })
        newConferences.push({ id, kind: 'ICPC', s47EnquiryId: null, heldOn: e.dateOfInitialCpc })
        ins('cp_conferences')
      }
    }

    for (const a of e.assessments) {
      const fields = { factors: [...a.factors], authorisedOn: a.authorisationDate, authorisedBy: a.authorisationDate ? importUserId : null }
      const held = existing.assessments.find((x) => x.cinEpisodeId === episodeId && x.startDate === a.startDate)
      if (held) await upd('assessments', held, fields, repo.updateAssessment)
      else {
        await repo.insertAssessment({ ...author, cinEpisodeId: episodeId, referralId, startDate: a.startDate!, ...fields })
        ins('assessments')
      }
    }

    for (const s of e.section47s) {
      const outcome = s.icpcDate !== null ? 'SUBSTANTIATED' : truthy(s.icpcNotRequired) ? 'NOT_SUBSTANTIATED' : null
      const fields = { icpcTargetOn: s.icpcTarget!, outcome }
      const held = existing.section47s.find((x) => x.cinEpisodeId === episodeId && x.startDate === s.startDate)
      let s47Id: string
      if (held) {
        s47Id = held.id
        await upd('s47_enquiries', held, fields, repo.updateSection47)
      } else {
        s47Id = await repo.insertSection47({ ...author, cinEpisodeId: episodeId, startDate: s.startDate!, ...fields })
        bump(counts.inserted, 'strategy_discussions')
        ins('s47_enquiries')
      }
      if (s.icpcDate !== null) {
        const heldIcpc = conferences.find((x) => x.kind === 'ICPC' && x.s47EnquiryId === s47Id)
        if (heldIcpc) await upd('cp_conferences', heldIcpc, { heldOn: s.icpcDate }, repo.updateConference)
        else {
          const id = await repo.insertConference({ ...author, ...conferenceText, cinEpisodeId: episodeId, kind: 'ICPC', s47EnquiryId: s47Id, heldOn: s.icpcDate })
          newConferences.push({ id, kind: 'ICPC', s47EnquiryId: s47Id, heldOn: s.icpcDate })
          ins('cp_conferences')
        }
      }
    }

    for (const p of e.cpPlans) {
      const start = p.startDate!
      const fields = {
        cinEpisodeId: episodeId,
        initialCategory: p.initialCategory!,
        latestCategory: p.latestCategory ?? p.initialCategory!,
        endDate: p.endDate,
        endReason: p.endDate ? 'Ended (imported from a CIN census)' : null,
      }
      const held = existing.cpPlans.find((x) => x.childId === childId && x.startDate === start)
      if (held) await upd('cp_plans', held, fields, repo.updateCpPlan)
      else {
        // A plan starts from an ICPC: the latest in the episode on or before its start, else one on the start date.
        const icpc = allConferences()
          .filter((x) => x.kind === 'ICPC' && x.heldOn <= start)
          .sort((x, y) => (x.heldOn < y.heldOn ? 1 : -1))[0]
        let icpcId = icpc?.id
        if (!icpcId) {
          icpcId = await repo.insertConference({ ...author, ...conferenceText, cinEpisodeId: episodeId, kind: 'ICPC', heldOn: start })
          newConferences.push({ id: icpcId, kind: 'ICPC', s47EnquiryId: null, heldOn: start })
          ins('cp_conferences')
        }
        await repo.insertCpPlan({ ...author, icpcId, startDate: start, ...fields })
        ins('cp_plans')
      }
      for (const r of p.reviews) {
        if (r.date === null || allConferences().some((x) => x.kind === 'RCPC' && x.heldOn === r.date)) continue
        const id = await repo.insertConference({ ...author, ...conferenceText, cinEpisodeId: episodeId, kind: 'RCPC', heldOn: r.date })
        newConferences.push({ id, kind: 'RCPC', s47EnquiryId: null, heldOn: r.date })
        ins('cp_conferences')
      }
    }
  }
  return created ? 'created' : touched ? 'updated' : 'unchanged'
}

const emptyCounts = (): Record<ChildStatus, number> => ({ created: 0, updated: 0, unchanged: 0, error: 0 })

/** Imports a CIN census file; see the module comment. Never throws for a bad file: the report says why. */
export async function importCensus(db: AppDb, actor: Actor, xml: string | Uint8Array, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now()
  const refused = (fileError: string, collectionYear: string | null = null, children: ChildOutcome[] = [], findings: Finding[] = []): ImportReport => {
    const counts = emptyCounts()
    for (const c of children) counts[c.status]++
    return { status: 'refused', collectionYear, fileError, children, counts, rows: { inserted: {}, updated: {} }, findings, durationMs: Math.round(performance.now() - started) }
  }
  let census
  try {
    census = parseCensus(xml, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
  } catch (err) {
    return refused(err instanceof Error ? err.message : String(err))
  }
  const collectionYear = options.collectionYear ?? collectionYearOfHeader(census.header.year)
  if (collectionYear === null || !/^\d{4}-\d{2}$/.test(collectionYear))
    return refused(`The collection year could not be read from the header (Year '${census.header.year ?? ''}'); give it as YYYY-YY.`)
  const findings = validateCensus(census, { collectionYear: rulesYear(collectionYear) })

  const seenRefs = new Map<string, number>()
  for (const c of census.children) if (c.laChildId !== null) seenRefs.set(c.laChildId, (seenRefs.get(c.laChildId) ?? 0) + 1)
  const outcomes: ChildOutcome[] = census.children.map((c) => {
    const messages = unloadableProblems(c, seenRefs)
    return { position: c.position, laChildId: c.laChildId, status: messages.length ? 'error' : 'unchanged', messages }
  })
  const errors = outcomes.filter((o) => o.status === 'error').length
  if (errors > 0) return refused(`${errors} ${errors === 1 ? 'child' : 'children'} could not be loaded, so nothing was imported.`, collectionYear, outcomes, findings)

  const rows: Counts = { inserted: {}, updated: {} }
  await withTransaction(db, async (tx) => {
    const repo = importRepository(tx)
    await repo.ensureImportUser()
    const existing = await loadExisting(repo, census.children.map((c) => c.laChildId!))
    for (const [i, c] of census.children.entries()) outcomes[i]!.status = await upsertChild(repo, existing, c, rows)
    const counts = emptyCounts()
    for (const o of outcomes) counts[o.status]++
    const changes = Object.values(rows.inserted).reduce((a, b) => a + b, 0) + Object.values(rows.updated).reduce((a, b) => a + b, 0)
    await recordWrite(tx, actor, {
      action: 'return.cinCensus.import',
      entityType: 'cin_census_import',
      entityId: randomUUID(),
      detail: { collectionYear, children: census.children.length, ...counts, changes, inserted: rows.inserted, updated: rows.updated, findings: findings.length },
    })
  })
  const counts = emptyCounts()
  for (const o of outcomes) counts[o.status]++
  return { status: 'imported', collectionYear, fileError: null, children: outcomes, counts, rows, findings, durationMs: Math.round(performance.now() - started) }
}
