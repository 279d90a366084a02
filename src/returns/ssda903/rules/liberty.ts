/**
 * SSDA903 rules on DoLo (from 2026-27): orders of the High Court depriving a looked-after child of
 * their liberty (DoLOs, under the inherent jurisdiction). While one is open the child may only be in a
 * children's home (K2) or an other placement of kind Z12 or Z13. The DfE 903 validation rules 700-710.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { dateOf } from './dates.js'
import { periodsOfCare } from './lookedAfter.js'
/** Episodes overlapping a DoLO (an open DoLO runs on) whose placement `wrong` rejects, with the DoLO rows. */
const placementsDuringDolo = (wrong: (place: string) => boolean) => (ctx: RuleContext): Hit[] => {
  const hits: Hit[] = []
  const seen = new Set<string>()
  ctx.current.DoLo.forEach((d, index) => {
    const [start, end] = [dateOf(d.DOLO_START), dateOf(d.DOLO_END)]
    if (start === null) return
    for (const e of ctx.rowsOf('Episodes', d.CHILD)) {
      const [decom, dec] = [dateOf(e.row.DECOM), dateOf(e.row.DEC)]
      if (decom === null || !wrong(e.row.PLACE.trim()) || (dec !== null && start > dec) || (end !== null && end < decom)) continue
      if (!seen.has(`D${index}`)) hits.push({ table: 'DoLo', row: index, child: d.CHILD, fields: ['DOLO_START'] })
      if (!seen.has(`E${e.index}`)) hits.push({ table: 'Episodes', row: e.index, child: d.CHILD, fields: ['PLACE'] })
      seen.add(`D${index}`).add(`E${e.index}`)
    }
  })
  return hits
}

export const libertyRules: readonly Rule[] = [
  defineRule({ code: '700', type: 'ERROR', message: 'The start date of the DoLO is not a valid date.', tables: ['DoLo'], fields: ['DOLO_START'], fromYear: 2027,
    check: (ctx) => rowsWhere(ctx, 'DoLo', ['DOLO_START'], (r) => dateOf(r.DOLO_START) === null) }),
  defineRule({ code: '701', type: 'ERROR', message: 'The end date of the DoLO is not a valid date.', tables: ['DoLo'], fields: ['DOLO_END'], fromYear: 2027,
    check: (ctx) => rowsWhere(ctx, 'DoLo', ['DOLO_END'], (r) => !blank(r.DOLO_END) && dateOf(r.DOLO_END) === null) }),
  defineRule({ code: '702', type: 'ERROR', message: 'The date that the DoLO ended is before the date that it started.', tables: ['DoLo'], fields: ['DOLO_START', 'DOLO_END'], fromYear: 2027,
    check: (ctx) => rowsWhere(ctx, 'DoLo', ['DOLO_START', 'DOLO_END'], (r) => { const [s, e] = [dateOf(r.DOLO_START), dateOf(r.DOLO_END)]; return s !== null && e !== null && e <= s }) }),
  defineRule({ code: '703', type: 'ERROR', message: 'The date that the DoLO started is after the end of the collection year.', tables: ['DoLo'], fields: ['DOLO_START'], fromYear: 2027,
    check: (ctx) => rowsWhere(ctx, 'DoLo', ['DOLO_START'], (r) => (dateOf(r.DOLO_START) ?? '') > ctx.collectionEnd) }),
  defineRule({ code: '704', type: 'ERROR', message: 'The date that the DoLO ended is before the start or after the end of the collection year.', tables: ['DoLo'], fields: ['DOLO_END'], fromYear: 2027,
    check: (ctx) => rowsWhere(ctx, 'DoLo', ['DOLO_END'], (r) => { const e = dateOf(r.DOLO_END); return e !== null && (e < ctx.collectionStart || e > ctx.collectionEnd) }) }),
  defineRule({ code: '705', type: 'ERROR', message: 'A DoLO cannot start when the previous DoLO is still open.', tables: ['DoLo'], fields: ['DOLO_START', 'DOLO_END'], fromYear: 2027,
    check: (ctx) => {
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.DoLo.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('DoLo', child).map(({ index, row }) => ({ index, start: dateOf(row.DOLO_START) ?? '', end: dateOf(row.DOLO_END), open: blank(row.DOLO_END) }))
        rows.sort((a, b) => (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.start.localeCompare(b.start))
        rows.slice(1).forEach((r, i) => {
          const prev = rows[i]!
          if (prev.open || (prev.end !== null && r.start < prev.end)) hits.push({ table: 'DoLo', row: r.index, child, fields: ['DOLO_START', 'DOLO_END'] })
        })
      }
      return hits
    } }),
  defineRule({ code: '707', type: 'ERROR', message: 'Child ceased to be looked after but there is a DoLO without an end date.', tables: ['DoLo', 'Episodes'], fields: ['DOLO_END'], fromYear: 2027,
    check: (ctx) =>
      rowsWhere(ctx, 'DoLo', ['DOLO_END'], (d) => {
        const [start, end] = [dateOf(d.DOLO_START), dateOf(d.DOLO_END)]
        if (start === null) return false
        const periods = periodsOfCare(ctx, d.CHILD)
        return !periods.some((p) => (end === null ? p.end === null && start >= p.start : end >= p.start && (p.end === null || end <= p.end)))
      }) }),
  defineRule({ code: '708', type: 'ERROR', message: 'Dates of DoLOs are before child’s date of birth.', tables: ['DoLo'], fields: ['DOLO_START'], fromYear: 2027,
    check: (ctx) => rowsWhere(ctx, 'DoLo', ['DOLO_START'], (r) => { const [s, dob] = [dateOf(r.DOLO_START), dateOf(r.DOB)]; return s !== null && dob !== null && s <= dob }) }),
  defineRule({ code: '709', type: 'ERROR', message: 'Child with a DoLO is in an unexpected placement type.', tables: ['DoLo', 'Episodes'], fields: ['DOLO_START', 'PLACEMENT'], fromYear: 2027,
    check: placementsDuringDolo((place) => !['K2', 'Z12', 'Z13'].includes(place)) }),
  defineRule({ code: "710", type: 'ERROR', message: "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.", tables: ["DoLo", "Episodes"], fields: ["DOLO_START", "PLACEMENT"], fromYear: 2027,
    check: placementsDuringDolo((place) => ['K1', 'P1', 'R5', 'K3'].includes(place)) }),
]
