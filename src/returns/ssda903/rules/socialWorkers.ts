/**
 * SSDA903 rules on SWEpisodes (from 2023-24): the child's social worker episodes over the full year
 * for children looked after at 31 March. SW_ID is the Social Work England registration number
 * ("SW...") or "XX" when there was none. The DfE 903 validation rules (stage 1 and 2 checks).
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule } from './define.js'
import { addDays, addYears, dateOf } from './dates.js'
import { socialWorkerChangeReasons } from '../../../domain/codeLists/ssda903.js'

export const socialWorkersRules: readonly Rule[] = [
  defineRule({ code: 'SW01aSTG1', type: 'ERROR', message: 'For each social worker episode, information should be complete', tables: ['SWEpisodes'], fields: ['SW_DECOM', 'SW_ID'], fromYear: 2025,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DECOM', 'SW_ID'], (r) => blank(r.SW_DECOM) || (blank(r.SW_ID) && (dateOf(r.SW_DECOM) ?? '9999') < '2023-04-01')) }),
  defineRule({ code: 'SW01bSTG1', type: 'ERROR', message: 'For each social worker episode, information should be complete', tables: ['SWEpisodes'], fields: ['SW_DECOM', 'SW_ID', 'SW_REASON'], fromYear: 2025,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DECOM', 'SW_ID', 'SW_REASON'], (r) => blank(r.SW_DECOM) || ((blank(r.SW_ID) || blank(r.SW_REASON)) && (dateOf(r.SW_DECOM) ?? '') >= '2023-04-01')) }),
  defineRule({ code: 'SW02STG1', type: 'ERROR', message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.', tables: ['SWEpisodes'], fields: ['SW_ID'], fromYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_ID'], (r) => !/^(SW|XX)/.test(r.SW_ID.trim())) }),
  defineRule({ code: 'SW04STG1', type: 'ERROR', message: 'Date social worker episode began is not a valid date..', tables: ['SWEpisodes'], fields: ['SW_DECOM'], fromYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DECOM'], (r) => !blank(r.SW_DECOM) && dateOf(r.SW_DECOM) === null) }),
  defineRule({ code: 'SW05STG1', type: 'ERROR', message: 'Date social worker episode began is not a valid date.', tables: ['SWEpisodes'], fields: ['SW_DEC'], fromYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DEC'], (r) => !blank(r.SW_DEC) && dateOf(r.SW_DEC) === null) }),
  defineRule({ code: 'SW06STG2', type: 'ERROR', message: 'Social worker episode data should be within the social worker data reporting year.', tables: ['SWEpisodes'], fields: ['SW_DECOM'], fromYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DECOM'], (r) => (dateOf(r.SW_DECOM) ?? '') > ctx.collectionEnd) }),
  defineRule({ code: 'SW07STG2', type: 'ERROR', message: 'Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.', tables: ['SWEpisodes'], fields: ['SW_DEC'], fromYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DEC'], (r) => { const dec = dateOf(r.SW_DEC); return dec !== null && (dec < addYears(ctx.collectionStart, -1) || dec > ctx.collectionEnd) }) }),
  defineRule({ code: 'SW08STG2', type: 'ERROR', message: 'A new social worker episode has started, but the previous episode has not ended.', tables: ['SWEpisodes'], fields: ['SW_DEC'], fromYear: 2024,
    check: (ctx) => {
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.SWEpisodes.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('SWEpisodes', child).filter(({ row }) => dateOf(row.SW_DECOM) !== null)
        rows.sort((a, b) => dateOf(a.row.SW_DECOM)!.localeCompare(dateOf(b.row.SW_DECOM)!) || a.index - b.index)
        for (const { index, row } of rows.slice(0, -1)) if (blank(row.SW_DEC)) hits.push({ table: 'SWEpisodes', row: index, child, fields: ['SW_DEC'] })
      }
      return hits
    } }),
  defineRule({ code: 'SW09STG2', type: 'ERROR', message: 'Social worker episode appears to have lasted for less than 24 hours.', tables: ['SWEpisodes'], fields: ['SW_DECOM', 'SW_DEC'], fromYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_DECOM', 'SW_DEC'], (r) => !blank(r.SW_DEC) && dateOf(r.SW_DEC) !== null && dateOf(r.SW_DEC) === dateOf(r.SW_DECOM)) }),
  defineRule({ code: 'SW10STG2', type: 'ERROR', message: 'A new social worker episode has started before the end date of the previous social worker episode.', tables: ['SWEpisodes'], fields: ['SW_DECOM'], fromYear: 2024,
    check: (ctx) => {
      // The next episode should start within 7 days of the previous one ending, unless the family asked for the change.
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.SWEpisodes.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('SWEpisodes', child).map(({ index, row }) => ({ index, decom: dateOf(row.SW_DECOM), dec: dateOf(row.SW_DEC), reason: row.SW_REASON.trim() }))
        rows.sort((a, b) => (a.decom ?? '9999').localeCompare(b.decom ?? '9999') || (a.dec ?? '9999').localeCompare(b.dec ?? '9999'))
        rows.slice(1).forEach((r, i) => {
          const prevEnd = rows[i]!.dec
          if (r.reason === 'FCONTA' || r.decom === null || prevEnd === null) return
          if (r.decom < addDays(prevEnd, -7) || r.decom > addDays(prevEnd, 7)) hits.push({ table: 'SWEpisodes', row: r.index, child, fields: ['SW_DECOM'] })
        })
      }
      return hits
    } }),
  defineRule({ code: 'SW11bSTG2', type: 'ERROR', message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.', tables: ['SWEpisodes'], fields: ['SW_DEC'], fromYear: 2024,
    check: (ctx) => {
      // An episode ending in the last days of the year with no later episode for the child.
      const hits: Hit[] = []
      const from = addDays(ctx.collectionEnd, -5)
      for (const child of new Set(ctx.current.SWEpisodes.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('SWEpisodes', child)
        for (const { index, row } of rows) {
          const dec = dateOf(row.SW_DEC)
          if (dec === null || dec < from || dec > ctx.collectionEnd) continue
          if (!rows.some((o) => o.index !== index && (dateOf(o.row.SW_DECOM) ?? '') >= dec)) hits.push({ table: 'SWEpisodes', row: index, child, fields: ['SW_DEC'] })
        }
      }
      return hits
    } }),
  defineRule({ code: 'SW12STG2', type: 'ERROR', message: 'If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after', tables: ['SWEpisodes', 'Episodes'], fields: ['SW_DECOM'], fromYear: 2024,
    check: (ctx) => {
      // For a child looked after on 31 March: each start or end of a period of care since a year before
      // the collection year must fall within a reported social worker episode. Unlike the reference,
      // an open episode (REC blank) is not the end of care, and an episode covering the date counts
      // as well as one starting after it (docs/903-validator-differences.md).
      const openAtEnd = new Set(ctx.current.Episodes.filter((e) => dateOf(e.DECOM) !== null && (blank(e.DEC) || (dateOf(e.DEC) ?? '') > ctx.collectionEnd)).map((e) => e.CHILD))
      const covered = (child: string, on: string, orAfter: boolean) =>
        ctx.rowsOf('SWEpisodes', child).some(({ row }) => {
          const [from, to] = [dateOf(row.SW_DECOM), blank(row.SW_DEC) ? null : dateOf(row.SW_DEC)]
          return from !== null && ((from <= on && (to === null || to >= on)) || (orAfter && from >= on))
        })
      const since = addYears(ctx.collectionStart, -1)
      return rowsWhere(ctx, 'Episodes', ['DECOM'], (e) => {
        const [decom, dec] = [dateOf(e.DECOM), dateOf(e.DEC)]
        if (!openAtEnd.has(e.CHILD) || decom === null || ['V3', 'V4'].includes(e.LS.trim())) return false
        const starts = e.RNE.trim() === 'S' && decom >= since && decom <= ctx.collectionEnd
        const ends = !blank(e.REC) && e.REC.trim() !== 'X1' && dec !== null && dec >= since && dec <= ctx.collectionEnd
        return (starts && !covered(e.CHILD, decom, true)) || (ends && !covered(e.CHILD, dec!, false))
      })
    } }),
  defineRule({ code: 'SW13STG1', type: 'ERROR', message: 'The reason for social worker change is not valid.', tables: ['SWEpisodes'], fields: ['SW_REASON'], fromYear: 2025,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_REASON'], (r) => !blank(r.SW_REASON) && !socialWorkerChangeReasons.some((c) => c.code === r.SW_REASON.trim())) }),
  defineRule({ code: 'SW13STG1', type: 'ERROR', message: 'The reason for social worker change is either not valid or has not been entered.', tables: ['SWEpisodes'], fields: ['SW_REASON'], fromYear: 2024, toYear: 2024,
    check: (ctx) => rowsWhere(ctx, 'SWEpisodes', ['SW_REASON'], (r) => !socialWorkerChangeReasons.some((c) => c.code === r.SW_REASON.trim())) }),
  defineRule({ code: 'SW17STG2', type: 'ERROR', message: 'There is no social worker episode open at 31 March', tables: ['SWEpisodes'], fields: ['SW_DEC', 'SW_DECOM'], fromYear: 2026,
    check: (ctx) => {
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.SWEpisodes.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('SWEpisodes', child)
        const latest = rows.reduce((a, b) => ((dateOf(b.row.SW_DECOM) ?? '') > (dateOf(a.row.SW_DECOM) ?? '') ? b : a))
        if (!blank(latest.row.SW_DEC)) hits.push({ table: 'SWEpisodes', row: latest.index, child, fields: ['SW_DEC', 'SW_DECOM'] })
      }
      return hits
    } }),
]
