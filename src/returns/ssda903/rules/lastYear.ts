/**
 * SSDA903 rules that compare this year's return with last year's (the DfE validator's *_last
 * tables): the child's fixed facts, and anything left open at 31 March carried into this year (an
 * open episode, missing episode or DoLO). Each needs last year's return; validate.ts skips them
 * without it and each reports nothing when ctx.previous is null.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { addYears, dateOf } from './dates.js'
import { datedEpisodes } from './lookedAfter.js'
/** Header rows whose `field` (normalised by `norm`; blanks ignored) differs from last year's for the same child. */
const headerChanged = (field: 'SEX' | 'DOB' | 'ETHNIC' | 'UPN', norm: (v: string) => string) => (ctx: RuleContext): Hit[] => {
  if (!ctx.previous) return []
  const last = new Map(ctx.previous.Header.map((h) => [h.CHILD, h[field].trim()]))
  return rowsWhere(ctx, 'Header', [field], (h) => {
    const before = last.get(h.CHILD)
    return before !== undefined && before !== '' && !blank(h[field]) && norm(before) !== norm(h[field].trim())
  })
}

/**
 * The child's first episode this year, when last year's return ended with an open episode (its
 * latest episode had no DEC) and `field` disagrees with that episode.
 */
const firstEpisodeDiffers = (field: 'DECOM' | 'RNE' | 'LS' | 'CIN' | 'PLACE_PROVIDER' | 'URN', norm: (v: string) => string) => (ctx: RuleContext): Hit[] => {
  if (!ctx.previous) return []
  const lastOpen = new Map<string, { DECOM: string; DEC: string } & Record<typeof field, string>>()
  for (const e of ctx.previous.Episodes) {
    const known = lastOpen.get(e.CHILD)
    if (!known || (dateOf(e.DECOM) ?? '') >= (dateOf(known.DECOM) ?? '')) lastOpen.set(e.CHILD, e)
  }
  const hits: Hit[] = []
  for (const [child, last] of lastOpen) {
    if (!blank(last.DEC)) continue
    const first = datedEpisodes(ctx, child)[0]
    if (!first) continue
    const value = ctx.current.Episodes[first.index]![field].trim()
    if (norm(value) !== norm(last[field].trim())) hits.push({ table: 'Episodes', row: first.index, child, fields: [field] })
  }
  return hits
}

type PlacedRow = RuleContext['current']['PlacedAdoption'][number]
const placedByChild = new WeakMap<RuleContext, Map<string, PlacedRow[]>>()
/** Last year's PlacedAdoption rows for a child (indexed once per validation). */
function lastPlaced(ctx: RuleContext, child: string): PlacedRow[] {
  let index = placedByChild.get(ctx)
  if (!index) {
    index = new Map()
    for (const p of ctx.previous?.PlacedAdoption ?? []) index.set(p.CHILD, [...(index.get(p.CHILD) ?? []), p])
    placedByChild.set(ctx, index)
  }
  return index.get(child) ?? []
}

/** This year's first row for a child whose row last year was still open, when it does not carry on from it. */
function openLastYear<T extends 'Missing' | 'DoLo'>(ctx: RuleContext, table: T, startField: string, endField: string, fields: readonly string[]): Hit[] {
  if (!ctx.previous) return []
  type Row = Record<string, string> & { CHILD: string }
  const openStart = new Map<string, string>()
  for (const r of ctx.previous[table] as readonly Row[]) if (blank(r[endField])) openStart.set(r.CHILD, dateOf(r[startField]!) ?? r[startField]!.trim())
  const hits: Hit[] = []
  for (const [child, start] of openStart) {
    const rows = ctx.rowsOf(table, child).map(({ index, row }) => ({ index, start: dateOf((row as Row)[startField]!) ?? '' }))
    if (rows.length === 0) continue
    const first = rows.reduce((a, b) => (b.start < a.start ? b : a))
    if (first.start !== start) hits.push({ table, row: first.index, child, fields })
  }
  return hits
}

export const lastYearRules: readonly Rule[] = [
  defineRule({ code: '202', type: 'ERROR', message: 'The gender code conflicts with the gender already recorded for this child.', tables: ['Header'], fields: ['SEX'], needsPrevious: true,
    check: headerChanged('SEX', (v) => ({ '1': 'M', '2': 'F' })[v] ?? v) }),
  defineRule({ code: '203', type: 'ERROR', message: 'Date of birth disagrees with the date of birth already recorded for this child.', tables: ['Header'], fields: ['DOB'], needsPrevious: true,
    check: headerChanged('DOB', (v) => dateOf(v) ?? v) }),
  defineRule({ code: '204', type: 'ERROR', message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.', tables: ['Header'], fields: ['ETHNIC'], needsPrevious: true,
    check: headerChanged('ETHNIC', (v) => v) }),
  defineRule({ code: '208', type: 'ERROR', message: 'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.', tables: ['Header'], fields: ['UPN'], needsPrevious: true,
    check: headerChanged('UPN', (v) => v) }),
  defineRule({ code: "502", type: 'ERROR', message: "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.", tables: ["Episodes"], fields: ["DECOM"], needsPrevious: true,
    check: firstEpisodeDiffers('DECOM', (v) => dateOf(v) ?? v) }),
  defineRule({ code: '503A', type: 'ERROR', message: 'The reason for new episode in the first episode does not match open episode at end of last year.', tables: ['Episodes'], fields: ['RNE'], needsPrevious: true,
    check: firstEpisodeDiffers('RNE', (v) => v) }),
  defineRule({ code: '503B', type: 'ERROR', message: 'The legal status in the first episode does not match open episode at end of last year.', tables: ['Episodes'], fields: ['LS'], needsPrevious: true,
    check: firstEpisodeDiffers('LS', (v) => v) }),
  defineRule({ code: '503C', type: 'ERROR', message: 'The category of need in the first episode does not match open episode at end of last year.', tables: ['Episodes'], fields: ['CIN'], needsPrevious: true,
    check: firstEpisodeDiffers('CIN', (v) => v) }),
  defineRule({ code: '503E', type: 'ERROR', message: 'The placement provider in the first episode does not match open episode at end of last year.', tables: ['Episodes'], fields: ['PLACE_PROVIDER'], needsPrevious: true,
    check: firstEpisodeDiffers('PLACE_PROVIDER', (v) => v) }),
  defineRule({ code: '503F', type: 'ERROR', message: 'The Ofsted URN in the  first episode does not match open episode at end of last year.', tables: ['Episodes'], fields: ['URN'], needsPrevious: true,
    check: firstEpisodeDiffers('URN', (v) => v) }),
  defineRule({ code: '205D', type: 'ERROR', message: 'Child identified as UASC this year but not identified as UASC status provided for the child last year.', tables: ['UASC', 'Header'], fields: ['UASC', 'CHILD'], needsPrevious: true,
    check: (ctx) => {
      // UASC status is shown by a UASC row: a child UASC this year who was in last year's return but not UASC then.
      const prev = ctx.previous
      if (!prev) return []
      const lastHeader = new Set(prev.Header.map((h) => h.CHILD))
      const lastUasc = new Set(prev.UASC.map((u) => u.CHILD))
      return rowsWhere(ctx, 'Header', ['CHILD'], (h) => ctx.rowsOf('UASC', h.CHILD).length > 0 && lastHeader.has(h.CHILD) && !lastUasc.has(h.CHILD))
    } }),
  defineRule({ code: '205A', type: 'ERROR', message: 'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.', tables: ['UASC', 'Header'], fields: ['CHILD', 'UASC'], needsPrevious: true,
    check: (ctx) => {
      // UASC last year (a UASC row), none this year, yet last year's DUC does not show the status ending in that year.
      const prev = ctx.previous
      if (!prev) return []
      const lastDuc = new Map(prev.UASC.map((u) => [u.CHILD, dateOf(u.DUC)]))
      const [start, end] = [addYears(ctx.collectionStart, -1), addYears(ctx.collectionEnd, -1)]
      return rowsWhere(ctx, 'Header', ['CHILD'], (h) => {
        if (!lastDuc.has(h.CHILD) || ctx.rowsOf('UASC', h.CHILD).length > 0) return false
        const duc = lastDuc.get(h.CHILD)
        return duc === null || duc === undefined || duc < start || duc > end
      })
    } }),
  defineRule({ code: "1001", type: 'ERROR', message: "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]", tables: ["Episodes", "OC3", "Header"], fields: ["IN_TOUCH", "ACTIV", "ACCOM"], needsPrevious: true,
    check: (ctx) => {
      // A care leaver must be a relevant or former relevant child: looked after for at least 13 weeks (91 days)
      // since age 14 and some time since age 16 (Children (Leaving Care) Act 2000; Care Leavers (England)
      // Regulations 2010 reg 3), and not adopted. Checked, from this and last year's episodes, for
      // young people under 20 at 31 March, whose care since 14 falls within the two returns.
      const prev = ctx.previous
      if (!prev) return []
      const lastEpisodes = new Map<string, (typeof prev.Episodes)[number][]>()
      for (const e of prev.Episodes) lastEpisodes.set(e.CHILD, [...(lastEpisodes.get(e.CHILD) ?? []), e])
      return rowsWhere(ctx, 'OC3', ['IN_TOUCH', 'ACTIV', 'ACCOM'], (o) => {
        const dob = dateOf(ctx.rowsOf('Header', o.CHILD)[0]?.row.DOB ?? '')
        if (dob === null || addYears(dob, 20) <= ctx.collectionEnd) return false
        const byStart = new Map<string, { decom: string; dec: string | null; LS: string; REC: string }>()
        for (const e of [...(lastEpisodes.get(o.CHILD) ?? []), ...ctx.rowsOf('Episodes', o.CHILD).map((r) => r.row)]) {
          const decom = dateOf(e.DECOM)
          if (decom !== null) byStart.set(decom, { decom, dec: dateOf(e.DEC), LS: e.LS.trim(), REC: e.REC.trim() })
        }
        const episodes = [...byStart.values()].sort((a, b) => a.decom.localeCompare(b.decom))
        const days = (from: string) =>
          episodes
            .filter((e) => e.LS !== 'V3' && e.LS !== 'V4')
            .reduce((sum, e) => {
              const begin = e.decom > from ? e.decom : from
              const finish = e.dec ?? ctx.collectionEnd
              return sum + Math.max(0, (Date.parse(finish) - Date.parse(begin)) / 86_400_000)
            }, 0)
        const adopted = ['E11', 'E12'].includes(episodes.at(-1)?.REC ?? '')
        return adopted || days(addYears(dob, 14)) < 91 || days(addYears(dob, 16)) < 1
      })
    } }),
  defineRule({ code: '207', type: 'ERROR', message: 'Mother status for the current year disagrees with the mother status already recorded for this child.', tables: ['Episodes', 'Header'], fields: ['MOTHER'], needsPrevious: true,
    check: (ctx) => {
      const last = new Map((ctx.previous?.Header ?? []).map((h) => [h.CHILD, h.MOTHER.trim()]))
      return rowsWhere(ctx, 'Header', ['MOTHER'], (h) => last.get(h.CHILD) === '1' && h.MOTHER.trim() !== '1' && ctx.rowsOf('Episodes', h.CHILD).length > 0)
    } }),
  defineRule({ code: '624', type: 'ERROR', message: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.', tables: ['Header'], fields: ['MC_DOB'], needsPrevious: true,
    check: (ctx) => {
      const last = new Map((ctx.previous?.Header ?? []).map((h) => [h.CHILD, h.MC_DOB]))
      return rowsWhere(ctx, 'Header', ['MC_DOB'], (h) => {
        const before = last.get(h.CHILD)
        return before !== undefined && !blank(before) && (dateOf(before) ?? before.trim()) !== (dateOf(h.MC_DOB) ?? h.MC_DOB.trim())
      })
    } }),
  defineRule({ code: '626', type: 'ERROR', message: 'Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.', tables: ['Header'], fields: ['MOTHER', 'MC_DOB'], needsPrevious: true,
    check: (ctx) => {
      const last = new Map((ctx.previous?.Header ?? []).map((h) => [h.CHILD, h.MOTHER.trim()]))
      return rowsWhere(ctx, 'Header', ['MOTHER', 'MC_DOB'], (h) => h.MOTHER.trim() === '1' && last.get(h.CHILD) === '0' && (dateOf(h.MC_DOB) ?? '9999') < ctx.collectionStart)
    } }),
  defineRule({ code: 'NoE', type: 'ERROR', message: 'This child has no episodes loaded for previous year even though child started to be looked after before this current year.', tables: ['Episodes'], fields: ['DECOM'], needsPrevious: true,
    check: (ctx) => {
      const last = new Set((ctx.previous?.Episodes ?? []).map((e) => e.CHILD))
      return ctx.previous ? rowsWhere(ctx, 'Episodes', ['DECOM'], (e) => (dateOf(e.DECOM) ?? '9999') < ctx.collectionStart && !last.has(e.CHILD)) : []
    } }),
  defineRule({ code: '562', type: 'ERROR', message: 'Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.', tables: ['Episodes'], fields: ['DECOM'], needsPrevious: true,
    check: (ctx) => {
      // The first episode that started before this year must be last year's latest episode.
      if (!ctx.previous) return []
      const latestLast = new Map<string, string>()
      for (const e of ctx.previous.Episodes) {
        const d = dateOf(e.DECOM)
        if (d !== null && d > (latestLast.get(e.CHILD) ?? '')) latestLast.set(e.CHILD, d)
      }
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.Episodes.map((e) => e.CHILD))) {
        const first = datedEpisodes(ctx, child).find((e) => e.decom !== null && e.decom < ctx.collectionStart)
        if (first && latestLast.get(child) !== first.decom) hits.push({ table: 'Episodes', row: first.index, child, fields: ['DECOM'] })
      }
      return hits
    } }),
  defineRule({ code: '559', type: 'ERROR', message: 'Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED'], needsPrevious: true,
    check: (ctx) => {
      if (!ctx.previous) return []
      const last = new Set((ctx.previous?.PlacedAdoption ?? []).filter((p) => !blank(p.DATE_PLACED)).map((p) => p.CHILD))
      return rowsWhere(ctx, 'PlacedAdoption', ['DATE_PLACED'], (p) => (dateOf(p.DATE_PLACED) ?? '9999') < ctx.collectionStart && !last.has(p.CHILD))
    } }),
  defineRule({ code: '560', type: 'ERROR', message: 'Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'], needsPrevious: true,
    check: (ctx) =>
      rowsWhere(ctx, 'PlacedAdoption', ['DATE_PLACED', 'DATE_PLACED_CEASED'], (p) =>
        lastPlaced(ctx, p.CHILD).some((l) => !blank(l.DATE_PLACED) && blank(l.DATE_PLACED_CEASED) && dateOf(l.DATE_PLACED) !== dateOf(p.DATE_PLACED))) }),
  defineRule({ code: '561', type: 'ERROR', message: 'Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED'], needsPrevious: true,
    check: (ctx) =>
      rowsWhere(ctx, 'PlacedAdoption', ['DATE_PLACED'], (p) =>
        lastPlaced(ctx, p.CHILD).some((l) => dateOf(l.DATE_PLACED) !== null && dateOf(l.DATE_PLACED) === dateOf(p.DATE_PLACED) && (!blank(l.DATE_PLACED_CEASED) || !blank(l.REASON_PLACED_CEASED)))) }),
  defineRule({ code: '584', type: 'ERROR', message: 'Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED'], needsPrevious: true,
    check: (ctx) =>
      rowsWhere(ctx, 'PlacedAdoption', ['DATE_PLACED'], (p) =>
        lastPlaced(ctx, p.CHILD).some((l) => (!blank(l.DATE_PLACED_CEASED) || !blank(l.REASON_PLACED_CEASED)) && (blank(p.DATE_PLACED) || (dateOf(p.DATE_PLACED) ?? '') <= (dateOf(l.DATE_PLACED) ?? '')))) }),
  defineRule({ code: '348', type: 'ERROR', message: 'Care leaver has previously been reported as having died.', tables: ['OC3'], fields: ['IN_TOUCH'], fromYear: 2026, needsPrevious: true,
    check: (ctx) => {
      const died = new Set((ctx.previous?.OC3 ?? []).filter((o) => o.IN_TOUCH.trim() === 'DIED').map((o) => o.CHILD))
      return rowsWhere(ctx, 'OC3', ['IN_TOUCH'], (o) => died.has(o.CHILD) && o.IN_TOUCH.trim() !== 'DIED')
    } }),
  defineRule({ code: "1002", type: 'ERROR', message: "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]", tables: ["Episodes", "OC3"], fields: ["IN_TOUCH", "ACTIV", "ACCOM"], needsPrevious: true,
    check: (ctx) => {
      const last = new Set((ctx.previous?.Episodes ?? []).map((e) => e.CHILD))
      return ctx.previous ? rowsWhere(ctx, 'OC3', ['IN_TOUCH', 'ACTIV', 'ACCOM'], (o) => ctx.rowsOf('Episodes', o.CHILD).length === 0 && !last.has(o.CHILD)) : []
    } }),
  defineRule({ code: '1010', type: 'ERROR', message: 'This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.', tables: ['Episodes', 'OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'], needsPrevious: true,
    check: (ctx) => {
      // Last year's latest episode for the child was still open, yet no episode this year.
      const latest = new Map<string, { decom: string; open: boolean }>()
      for (const e of ctx.previous?.Episodes ?? []) {
        const d = dateOf(e.DECOM)
        if (d !== null && d >= (latest.get(e.CHILD)?.decom ?? '')) latest.set(e.CHILD, { decom: d, open: blank(e.DEC) })
      }
      return rowsWhere(ctx, 'OC3', ['IN_TOUCH', 'ACTIV', 'ACCOM'], (o) => latest.get(o.CHILD)?.open === true && ctx.rowsOf('Episodes', o.CHILD).length === 0)
    } }),
  defineRule({ code: '576', type: 'ERROR', message: 'There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.', tables: ['Missing'], fields: ['CHILD'], needsPrevious: true,
    check: (ctx) =>
      openLastYear(ctx, 'Missing', 'MIS_START', 'MIS_END', ['CHILD']) }),
  defineRule({ code: '706', type: 'ERROR', message: 'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..', tables: ['DoLo'], fields: ['DOLO_START'], fromYear: 2027, needsPrevious: true,
    check: (ctx) =>
      openLastYear(ctx, 'DoLo', 'DOLO_START', 'DOLO_END', ['DOLO_START']) }),
]
