/**
 * The writes of a CIN census import (import.ts), planned in memory before anything is written.
 * Existing rows are matched by the import's stable keys (see import.ts) through indexes built once
 * (importHeld.ts), and a new row gets its id here (a random UUID, as the table's default would give
 * it), so that the whole file can then be inserted table by table, parents first, in a few
 * multi-row statements instead of one round trip per row. Only fields that differ become updates
 * (importWrites.ts).
 */
import { randomUUID } from 'node:crypto'
import { addMonths } from '../../domain/timescales/dates.js'
import { sexOf, truthy } from './importChecks.js'
import { indexExisting, type Held } from './importHeld.js'
import type { ExistingRows } from './importRepository.js'
import { writePlanner, type Inserts, type Update, type WritePlanner } from './importWrites.js'
import type { CensusChild, CinEpisode } from './types.js'

export type ImportPlan = { readonly inserts: Inserts; readonly updates: Update[] }
export type PlannedStatus = 'created' | 'updated' | 'unchanged'

const placeholder = 'Not recorded (imported from a CIN census)'

/** Whether the referral came within 12 months of the child's previous one in the file (CIN guide: re-referral). */
function isReReferral(episodes: readonly CinEpisode[], e: CinEpisode): boolean {
  const date = e.referralDate!
  return episodes.some(
    (o) => o.referralDate !== null && o.referralDate < date && o.referralDate >= addMonths(date, -12),
  )
}

type Conference = { id: string; kind: string; s47EnquiryId: string | null; heldOn: string; version: number }
type Author = { readonly childId: string; readonly createdBy: string }

/** The child's row; returns its id and whether it is new. */
function planChild(p: WritePlanner, held: Held, c: CensusChild): { childId: string; created: boolean } {
  const ref = c.laChildId!
  const realDisabilities = c.disabilities.filter((d) => d !== 'NONE')
  const fields = {
    upn: c.upn,
    upnUnknownReason: c.upnUnknown,
    dateOfBirth: c.birthDate,
    expectedDateOfBirth: c.expectedBirthDate,
    sex: sexOf(c)!,
    ethnicity: c.ethnicity!,
    // One disability column: the first one the file gives (README: what does not round-trip).
    disability: realDisabilities[0] ?? 'NONE',
  }
  const heldChild = held.kids.get(ref)
  if (heldChild) {
    p.update('children', heldChild, fields)
    return { childId: heldChild.id, created: false }
  }
  // The census has no names: a placeholder a worker replaces (the LAchildID keeps it findable).
  const childId = p.insert('children', {
    id: randomUUID(),
    childRef: ref,
    firstName: 'Unknown',
    lastName: ref,
    ...fields,
  })
  return { childId, created: true }
}

/** The episode and its referral; returns their ids. */
function planEpisode(p: WritePlanner, held: Held, c: CensusChild, e: CinEpisode, childId: string) {
  const referralDate = e.referralDate!
  const episodeFields = { endDate: e.closureDate, closureReason: e.reasonForClosure }
  const heldEpisode = held.episodes.get(`${childId}|${referralDate}`)
  if (heldEpisode) p.update('cin_episodes', heldEpisode, episodeFields)
  const episodeId =
    heldEpisode?.id ??
    p.insert('cin_episodes', { id: randomUUID(), childId, startDate: referralDate, ...episodeFields })

  const referralFields = {
    referralDate,
    source: e.referralSource!,
    primaryNeed: e.primaryNeedCode,
    isReReferral: isReReferral(c.episodes, e),
  }
  const episodeReferrals = held.referrals.get(episodeId) ?? []
  const heldReferral = episodeReferrals.find((r) => r.referralDate === referralDate) ?? episodeReferrals[0]
  if (heldReferral) p.update('referrals', heldReferral, referralFields)
  const referralId =
    heldReferral?.id ??
    p.insert('referrals', { id: randomUUID(), childId, cinEpisodeId: episodeId, ...referralFields })
  return { episodeId, referralId }
}

function planAssessments(
  p: WritePlanner,
  held: Held,
  e: CinEpisode,
  author: Author,
  episodeId: string,
  referralId: string,
) {
  for (const a of e.assessments) {
    const fields = {
      factors: [...a.factors],
      authorisedOn: a.authorisationDate,
      authorisedBy: a.authorisationDate ? author.createdBy : null,
      internalReviewOn: a.internalReviewDate,
    }
    const heldAssessment = held.assessments.get(`${episodeId}|${a.startDate}`)
    if (heldAssessment) p.update('assessments', heldAssessment, fields)
    else
      p.insert('assessments', {
        id: randomUUID(),
        ...author,
        cinEpisodeId: episodeId,
        referralId,
        startDate: a.startDate!,
        ...fields,
      })
  }
}

/** The episode's child protection: ICPCs, section 47s, CP plans and their review conferences. */
function planChildProtection(p: WritePlanner, held: Held, e: CinEpisode, author: Author, episodeId: string) {
  const conferenceText = {
    chairId: author.createdBy,
    attendance: placeholder,
    childViews: placeholder,
    viewsGatheredHow: placeholder,
    imported: true,
  }
  // The episode's conferences, held and new: a plan's ICPC or a review is matched against both.
  const conferences: Conference[] = [...(held.conferences.get(episodeId) ?? [])]
  const heldCount = conferences.length
  const heldIcpc = (s47Id: string | null) =>
    conferences.slice(0, heldCount).find((x) => x.kind === 'ICPC' && x.s47EnquiryId === s47Id)
  const addConference = (
    kind: 'ICPC' | 'RCPC',
    heldOn: string,
    s47EnquiryId: string | null = null,
  ): string => {
    const row = { id: randomUUID(), ...author, ...conferenceText, cinEpisodeId: episodeId, kind, heldOn }
    const id = p.insert('cp_conferences', s47EnquiryId ? { ...row, s47EnquiryId } : row)
    conferences.push({ id, kind, s47EnquiryId, heldOn, version: 1 })
    return id
  }
  const planIcpc = (heldOn: string, s47Id: string | null) => {
    const icpc = heldIcpc(s47Id)
    if (icpc) p.update('cp_conferences', icpc, { heldOn })
    else addConference('ICPC', heldOn, s47Id)
  }

  if (e.dateOfInitialCpc !== null) planIcpc(e.dateOfInitialCpc, null)

  for (const s of e.section47s) {
    const outcome =
      s.icpcDate !== null ? 'SUBSTANTIATED' : truthy(s.icpcNotRequired) ? 'NOT_SUBSTANTIATED' : null
    const fields = { icpcTargetOn: s.icpcTarget!, outcome }
    const heldS47 = held.section47s.get(`${episodeId}|${s.startDate}`)
    if (heldS47) p.update('s47_enquiries', heldS47, fields)
    // A section 47 needs the strategy discussion that started it: one is recorded on the enquiry's start date.
    const newS47 = () => {
      const strategy = {
        id: randomUUID(),
        ...author,
        cinEpisodeId: episodeId,
        heldOn: s.startDate!,
        agencies: ['OTHER'],
        decision: 'S47',
      }
      const strategyDiscussionId = p.insert('strategy_discussions', strategy)
      return p.insert('s47_enquiries', {
        id: randomUUID(),
        ...author,
        cinEpisodeId: episodeId,
        strategyDiscussionId,
        startDate: s.startDate!,
        ...fields,
      })
    }
    const s47Id = heldS47?.id ?? newS47()
    if (s.icpcDate !== null) planIcpc(s.icpcDate, s47Id)
  }

  for (const plan of e.cpPlans) {
    const start = plan.startDate!
    const fields = {
      cinEpisodeId: episodeId,
      initialCategory: plan.initialCategory!,
      latestCategory: plan.latestCategory ?? plan.initialCategory!,
      endDate: plan.endDate,
      endReason: plan.endDate ? 'Ended (imported from a CIN census)' : null,
    }
    const heldPlan = held.cpPlans.get(`${author.childId}|${start}`)
    if (heldPlan) p.update('cp_plans', heldPlan, fields)
    else {
      // A plan starts from an ICPC: the latest in the episode on or before its start, else one on the start date.
      const icpc = conferences
        .filter((x) => x.kind === 'ICPC' && x.heldOn <= start)
        .sort((x, y) => (x.heldOn < y.heldOn ? 1 : -1))[0]
      const icpcId = icpc?.id ?? addConference('ICPC', start)
      p.insert('cp_plans', { id: randomUUID(), ...author, icpcId, startDate: start, ...fields })
    }
    for (const r of plan.reviews) {
      if (r.date === null || conferences.some((x) => x.kind === 'RCPC' && x.heldOn === r.date)) continue
      addConference('RCPC', r.date)
    }
  }
}

/** Plans every child's writes; `statuses[i]` is what the import did to `children[i]`. */
export function planImport(
  census: readonly CensusChild[],
  existing: ExistingRows,
  importUserId: string,
): ImportPlan & { statuses: PlannedStatus[] } {
  const held = indexExisting(existing)
  const p = writePlanner()
  const statuses = census.map((c): PlannedStatus => {
    const writesBefore = p.writes()
    const { childId, created } = planChild(p, held, c)
    const author = { childId, createdBy: importUserId }
    for (const e of c.episodes) {
      const { episodeId, referralId } = planEpisode(p, held, c, e, childId)
      planAssessments(p, held, e, author, episodeId, referralId)
      planChildProtection(p, held, e, author, episodeId)
    }
    return created ? 'created' : p.writes() > writesBefore ? 'updated' : 'unchanged'
  })
  return { inserts: p.inserts, updates: p.updates, statuses }
}
