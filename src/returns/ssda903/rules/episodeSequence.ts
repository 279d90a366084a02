/**
 * SSDA903 rules on the order of a child's episodes: each episode ends where the next begins (X1),
 * the reason for a new episode matches what changed, a period of care starts with RNE S, temporary
 * placements return to the normal placement, and legal statuses last no longer than the Children
 * Act 1989 allows (police protection 72 hours s46, EPO s45, CAO s43, PACE s38) or short-break
 * limits (Care Planning Regulations 2010 reg 48). DfE 903 validation rules, messages verbatim.
 */
import { blank, defineRule, type Hit, type Rule, type RuleContext } from './define.js'
import { hitOn, isOneOf, isTemporary, perChild, type OrderedEpisode } from './episodeOrder.js'

type Years = { fromYear?: number; toYear?: number }
/** Tests an episode against its neighbours in start-date order. */
type SeqTest = (e: OrderedEpisode, prev: OrderedEpisode | undefined, next: OrderedEpisode | undefined, all: readonly OrderedEpisode[], i: number, ctx: RuleContext) => boolean

function seqRule(code: string, message: string, fields: string[], failing: SeqTest, years: Years = {}): Rule {
  return defineRule({
    code, type: 'ERROR', message, tables: ['Episodes'], fields, ...years,
    check: (ctx) => perChild(ctx, (eps, child) => eps.filter((e, i) => failing(e, eps[i - 1], eps[i + 1], eps, i, ctx)).map((e) => hitOn('Episodes', e.index, child, fields))),
  })
}

/** A rule that picks the failing episodes of a child all at once. */
function childRule(code: string, message: string, fields: string[], failing: (eps: readonly OrderedEpisode[], ctx: RuleContext) => readonly OrderedEpisode[]): Rule {
  return defineRule({
    code, type: 'ERROR', message, tables: ['Episodes'], fields,
    check: (ctx) => perChild(ctx, (eps, child) => failing(eps, ctx).map((e) => hitOn('Episodes', e.index, child, fields))),
  })
}

const same = (a: string, b: string) => a.trim() === b.trim()
const PLACEMENT_FIELDS = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'] as const
const samePlacement = (a: OrderedEpisode, b: OrderedEpisode) => PLACEMENT_FIELDS.every((f) => same(a.row[f], b.row[f]))
const CEASED = ['E2', 'E3', 'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E41', 'E45', 'E46', 'E47', 'E48']
const ADOPTED = isOneOf(['E11', 'E12'])
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

/** Runs of back-to-back episodes under legal status `ls` lasting more than `limit` days (open episodes run to 31 March). */
function statusLimit(code: string, message: string, fields: string[], ls: string, limit: number): Rule {
  return childRule(code, message, fields, (eps, ctx) => {
    const bad: OrderedEpisode[] = []
    let run: OrderedEpisode[] = []
    const close = () => {
      const start = run[0]?.decom
      const end = run.map((e) => e.dec ?? ctx.collectionEnd).sort().at(-1)
      if (start && end && days(start, end) > limit) bad.push(...run)
      run = []
    }
    for (const e of eps) {
      if (e.row.LS !== ls || e.decom === null) { close(); continue }
      const last = run.at(-1)
      if (last && !(last.dec !== null && e.decom <= last.dec)) close()
      run.push(e)
    }
    close()
    return bad
  })
}

const message226 = (tail: string) => `Reason for placement change is not required${tail}.`
const test226: SeqTest = (e, prev) => isTemporary(e.row.PLACE) && (!blank(e.row.REASON_PLACE_CHANGE) || (prev !== undefined && !blank(prev.row.REASON_PLACE_CHANGE)))
const message383 = 'A child in a temporary placement must subsequently return to his/her normal placement.'
/** After a temporary placement the child returns (RNE P) to the placement before it; from 2025-26 to the same postcode too. */
const test383 = (postcode: boolean): SeqTest => (e, prev, _n, all, i) => {
  const before = all[i - 2]
  return prev !== undefined && before !== undefined && isTemporary(prev.row.PLACE) && (e.row.RNE !== 'P' || !same(e.row.PLACE, before.row.PLACE) || (postcode && !same(e.row.PL_POST, before.row.PL_POST)))
}

export const episodeSequenceRules: readonly Rule[] = [
  seqRule('142', 'A new episode has started, but the previous episode has not ended.', ['DEC', 'REC'], (e, _p, next) => next !== undefined && e.decom !== null && (e.dec === null || blank(e.row.REC))),
  seqRule('357', 'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.', ['RNE'], (e, prev, _n, _a, _i, ctx) => prev === undefined && e.decom !== null && e.decom >= ctx.collectionStart && e.row.RNE !== 'S'),
  seqRule('388', 'Reason episode ceased is coded new episode begins, but there is no continuation episode.', ['REC'], (e, _p, next) => {
    if (e.dec === null) return false
    if (next === undefined || next.decom === null) return e.row.REC === 'X1' && next === undefined
    return e.row.REC === 'X1' ? e.dec !== next.decom : !blank(e.row.REC) && e.dec === next.decom
  }),
  seqRule('431', 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.', ['RNE', 'DECOM'], (e, prev) => e.row.RNE === 'S' && prev?.dec != null && e.decom !== null && e.decom <= prev.dec),
  seqRule('432', 'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.', ['RNE'], (e, prev) => prev !== undefined && CEASED.includes(prev.row.REC) && e.row.RNE !== 'S'),
  seqRule('433', 'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.', ['RNE', 'DECOM'], (e, prev) => prev !== undefined && isOneOf(['P', 'L', 'T', 'U', 'B'])(e.row.RNE) && (blank(prev.row.DEC) || blank(e.row.DECOM) || !same(prev.row.DEC, e.row.DECOM))),
  seqRule('434', 'Reason for new episode is that child\'s legal status has changed but not the placement, but this is not reflected in the episode data.', ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'], (e, prev) => prev !== undefined && e.row.RNE === 'L' && (same(e.row.LS, prev.row.LS) || !samePlacement(e, prev))),
  seqRule('435', 'Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.', ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'], (e, prev) => prev !== undefined && isOneOf(['P', 'T'])(e.row.RNE) && (!same(e.row.LS, prev.row.LS) || samePlacement(e, prev))),
  seqRule('436', 'Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.', ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'], (e, prev) => prev !== undefined && isOneOf(['U', 'B'])(e.row.RNE) && (same(e.row.LS, prev.row.LS) || samePlacement(e, prev))),
  seqRule('437', 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.', ['REC'], (e, _p, next) => isOneOf(['E2', 'E15'])(e.row.REC) && e.decom !== null && next !== undefined),
  seqRule('501', 'A new episode has started before the end date of the previous episode.', ['DECOM', 'DEC'], (e, prev) => prev?.dec != null && e.decom !== null && e.decom < prev.dec),
  seqRule('504', 'The category of need code differs from that reported at start of current period of being looked after', ['CIN'], (e, prev) => prev !== undefined && prev.row.REC === 'X1' && prev.dec !== null && prev.dec === e.decom && !same(e.row.CIN, prev.row.CIN)),
  // The reason is recorded on the placement that ends, unless it or the next one is temporary.
  seqRule('225', 'Reason for placement change must be recorded.', ['REASON_PLACE_CHANGE'], (e, _p, next) => next !== undefined && e.row.REC === 'X1' && blank(e.row.REASON_PLACE_CHANGE) && !isTemporary(e.row.PLACE) && isOneOf(['P', 'B', 'T', 'U'])(next.row.RNE) && !isTemporary(next.row.PLACE)),
  seqRule('226', message226(''), ['REASON_PLACE_CHANGE', 'PLACE'], test226, { toYear: 2025 }),
  seqRule('226', message226(' for temporary placements'), ['REASON_PLACE_CHANGE', 'PLACE'], test226, { fromYear: 2026 }),
  defineRule({
    code: '233', type: 'ERROR', message: 'Reason for placement change is not required when the episode has not ceased.', tables: ['Episodes'], fields: ['REASON_PLACE_CHANGE', 'REASON_PLACE_CHANGE'], fromYear: 2026,
    check: (ctx) => perChild(ctx, (eps, child) => eps.filter((e) => blank(e.row.DEC) && !blank(e.row.REASON_PLACE_CHANGE)).map((e) => hitOn('Episodes', e.index, child, ['REASON_PLACE_CHANGE']))),
  }),
  seqRule('336', 'Child does not have a foster placement immediately prior to being placed for adoption.', ['PLACE'], (e, prev) => prev !== undefined && isOneOf(['A3', 'A4'])(e.row.PLACE) && !isOneOf(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'])(prev.row.PLACE)),
  seqRule('383', message383, ['PLACE'], test383(false), { toYear: 2025 }),
  seqRule('383', message383, ['PLACE', 'RNE', 'PL_POST'], test383(true), { fromYear: 2026 }),
  childRule('377', 'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.', ['PLACE'], (eps) => {
    const t3 = eps.filter((e) => e.row.PLACE === 'T3')
    return t3.length > 2 ? t3 : []
  }),
  childRule('426', 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.', ['LS'], (eps) => {
    const respite = eps.filter((e) => isOneOf(['V3', 'V4'])(e.row.LS))
    return respite.some((e) => e.row.LS === 'V3') && respite.some((e) => e.row.LS === 'V4') ? respite : []
  }),
  // Short breaks may total no more than 75 days a year (Care Planning Regulations 2010 reg 48); days in the collection year only.
  childRule('367', 'The maximum amount of respite care allowable is 75 days in any 12-month period.', ['LS', 'DECOM', 'DEC'], (eps, ctx) => {
    const spans = eps
      .flatMap((e) => {
        if (e.row.LS !== 'V3' || e.decom === null) return []
        const start = e.decom < ctx.collectionStart ? ctx.collectionStart : e.decom
        const end = e.dec === null || e.dec > ctx.collectionEnd ? ctx.collectionEnd : e.dec
        return [{ e, length: days(start, end) }]
      })
      .filter((s) => s.length > 0)
    return spans.reduce((sum, s) => sum + s.length, 0) > 75 ? spans.map((s) => s.e) : []
  }),
  statusLimit('361', 'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.', ['DECOM', 'LS', 'DEC'], 'L1', 3),
  statusLimit('362', 'Emergency protection order (EPO) lasted longer than 21 days', ['DECOM', 'LS', 'DEC'], 'L2', 21),
  statusLimit('363', 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.', ['LS', 'DECOM', 'DEC'], 'L3', 7),
  statusLimit('364', 'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.', ['LS', 'DECOM', 'DEC'], 'J2', 21),
  // Adoption ends care for good: a later episode means a child adopted from care came back (checked with last year too, when given).
  defineRule({
    code: '199', type: 'ERROR', message: 'Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]', tables: ['Episodes'], fields: ['CHILD'],
    check: (ctx) => perChild(ctx, (eps, child): Hit[] => {
      const adoptedBefore = (ctx.previous?.Episodes ?? []).filter((r) => r.CHILD === child && ADOPTED(r.REC)).length
      let adoptions = adoptedBefore
      const hits: Hit[] = []
      for (const e of eps) {
        if (e.decom === null) continue
        const thisOne = ADOPTED(e.row.REC)
        if (thisOne) adoptions += 1
        if (adoptions > 0 && !(thisOne && adoptions === 1)) hits.push(hitOn('Episodes', e.index, child, ['CHILD']))
      }
      return hits
    }),
  }),
]
