/**
 * SSDA903 rules on Missing: episodes when a looked-after child was missing (M) or away from placement
 * without authorisation (A) (statutory guidance on children who run away or go missing from home or
 * care, 2014). Each must fall within a period of care. The DfE 903 validation rules.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule } from './define.js'
import { dateOf } from './dates.js'
import { periodsOfCare } from './lookedAfter.js'
import { differsFromHeader, notInHeader } from './integrity.js'
import { missingKinds } from '../../../domain/codeLists/ssda903.js'

export const missingRules: readonly Rule[] = [
  defineRule({ code: '1004', type: 'ERROR', message: 'The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.', tables: ['Missing'], fields: ['MIS_START'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MIS_START'], (r) => dateOf(r.MIS_START) === null) }),
  defineRule({ code: '1005', type: 'ERROR', message: 'The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.', tables: ['Missing'], fields: ['MIS_END'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MIS_END'], (r) => !blank(r.MIS_END) && dateOf(r.MIS_END) === null) }),
  defineRule({ code: '1006', type: 'ERROR', message: 'Missing type invalid.', tables: ['Missing'], fields: ['MISSING'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MISSING'], (r) => !blank(r.MISSING) && !missingKinds.some((k) => k.code === r.MISSING.trim().toUpperCase())) }),
  defineRule({ code: '564', type: 'ERROR', message: 'Child was missing or away from placement without authorisation and the date started is blank.', tables: ['Missing'], fields: ['MISSING', 'MIS_START'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MISSING', 'MIS_START'], (r) => !blank(r.MISSING) && blank(r.MIS_START)) }),
  defineRule({ code: '565', type: 'ERROR', message: 'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.', tables: ['Missing'], fields: ['MISSING', 'MIS_START'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MISSING', 'MIS_START'], (r) => blank(r.MISSING) && !blank(r.MIS_START)) }),
  defineRule({ code: "566", type: 'ERROR', message: "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.", tables: ["Missing"], fields: ["MISSING", "MIS_END"],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MISSING', 'MIS_END'], (r) => blank(r.MISSING) && !blank(r.MIS_END)) }),
  defineRule({ code: '567', type: 'ERROR', message: 'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.', tables: ['Missing'], fields: ['MIS_START', 'MIS_END'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MIS_START', 'MIS_END'], (r) => (dateOf(r.MIS_START) ?? '') > (dateOf(r.MIS_END) ?? '9999')) }),
  defineRule({ code: '570', type: 'ERROR', message: 'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.', tables: ['Missing'], fields: ['MIS_START'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MIS_START'], (r) => (dateOf(r.MIS_START) ?? '') > ctx.collectionEnd) }),
  defineRule({ code: '571', type: 'ERROR', message: 'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.', tables: ['Missing'], fields: ['MIS_END'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MIS_END'], (r) => { const end = dateOf(r.MIS_END); return end !== null && (end < ctx.collectionStart || end > ctx.collectionEnd) }) }),
  defineRule({ code: '586', type: 'ERROR', message: 'Dates of missing periods are before child’s date of birth.', tables: ['Missing'], fields: ['MIS_START'],
    check: (ctx) => rowsWhere(ctx, 'Missing', ['MIS_START'], (r) => { const start = dateOf(r.MIS_START); const dob = dateOf(r.DOB); return start !== null && dob !== null && start <= dob }) }),
  defineRule({ code: '574', type: 'ERROR', message: 'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.', tables: ['Missing'], fields: ['MIS_START', 'MIS_END'],
    check: (ctx) => {
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.Missing.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('Missing', child).map(({ index, row }) => ({ index, start: dateOf(row.MIS_START) ?? '', end: dateOf(row.MIS_END), open: blank(row.MIS_END) }))
        rows.sort((a, b) => (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.start.localeCompare(b.start))
        rows.slice(1).forEach((r, i) => {
          const prev = rows[i]!
          if (prev.open || (prev.end !== null && r.start < prev.end)) hits.push({ table: 'Missing', row: r.index, child, fields: ['MIS_START', 'MIS_END'] })
        })
      }
      return hits
    } }),
  defineRule({ code: '575', type: 'ERROR', message: 'If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.', tables: ['Episodes', 'Missing'], fields: ['MIS_END'],
    check: (ctx) =>
      rowsWhere(ctx, 'Missing', ['MIS_END'], (m) => {
        const start = dateOf(m.MIS_START)
        return start !== null && blank(m.MIS_END) && ctx.rowsOf('Episodes', m.CHILD).some(({ row }) => {
          const [decom, dec] = [dateOf(row.DECOM), dateOf(row.DEC)]
          return decom !== null && dec !== null && start >= decom && start <= dec
        })
      }) }),
  defineRule({ code: '577', type: 'ERROR', message: 'Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.', tables: ['Episodes', 'Missing'], fields: ['MIS_END'],
    check: (ctx) =>
      rowsWhere(ctx, 'Missing', ['MIS_END'], (m) => {
        const [start, end] = [dateOf(m.MIS_START), dateOf(m.MIS_END)]
        if (start === null) return false
        const periods = periodsOfCare(ctx, m.CHILD)
        // A child with no episodes has not ceased to be looked after in this return (other rules report that).
        if (periods.length === 0) return false
        // Fails when no period of care holds it: an open missing episode needs an open period of care.
        return !periods.some((p) => (end === null ? p.end === null && start >= p.start : end >= p.start && (p.end === null || end <= p.end)))
      }) }),
  defineRule({ code: '578', type: 'ERROR', message: 'The date that the child started to be missing is after the child ceased to be looked after.', tables: ['Episodes', 'Missing'], fields: ['MIS_START'],
    check: (ctx) =>
      rowsWhere(ctx, 'Missing', ['MIS_START'], (m) => {
        const start = dateOf(m.MIS_START)
        const periods = periodsOfCare(ctx, m.CHILD)
        return start !== null && periods.length > 0 && periods.every((p) => start < p.start || (p.end !== null && start > p.end))
      }) }),
  defineRule({ code: '581', type: 'ERROR', message: 'Child is missing but has not yet started to be looked after.', tables: ['Episodes', 'Missing'], fields: ['MIS_START'],
    check: (ctx) =>
      rowsWhere(ctx, 'Missing', ['MIS_START'], (m) => {
        const start = dateOf(m.MIS_START)
        const episodes = ctx.rowsOf('Episodes', m.CHILD)
        return start !== null && episodes.length > 0 && !episodes.some(({ row }) => {
          const [decom, dec] = [dateOf(row.DECOM), dateOf(row.DEC)]
          return decom !== null && start >= decom && (dec === null || start <= dec)
        })
      }) }),
  defineRule({ code: 'INT04', type: 'ERROR', message: 'Internal Check: Child in Missing does not exist in Header.', tables: ['Header', 'Missing'], fields: ['CHILD'],
    check: notInHeader('Missing') }),
  defineRule({ code: 'INT13', type: 'ERROR', message: 'Internal Check: DOB in Missing is different to DOB in Header.', tables: ['Header', 'Missing'], fields: ['DOB'],
    check: differsFromHeader('Missing', 'DOB') }),
]
