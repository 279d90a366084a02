/**
 * SSDA903 rules on PrevPerm: any permanence order (adoption, special guardianship, residence or
 * child arrangements order) the child held before this period of care. The DfE 903 validation rules.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule } from './define.js'
import { dateOf } from './dates.js'
import { datedEpisodes } from './lookedAfter.js'
import { differsFromHeader, moreThanOnce, notInHeader } from './integrity.js'
import { previousPermanenceOrders } from '../../../domain/codeLists/ssda903.js'

export const permanenceRules: readonly Rule[] = [
  defineRule({ code: '631', type: 'ERROR', message: 'Previous permanence option not a valid value.', tables: ['PrevPerm'], fields: ['PREV_PERM'],
    check: (ctx) => rowsWhere(ctx, 'PrevPerm', ['PREV_PERM'], (r) => !blank(r.PREV_PERM) && !previousPermanenceOrders.some((c) => c.code === r.PREV_PERM.trim())) }),
  defineRule({ code: '633', type: 'ERROR', message: 'Local authority code where previous permanence option was arranged is not a valid value.', tables: ['PrevPerm'], fields: ['LA_PERM'],
    check: (ctx) => rowsWhere(ctx, 'PrevPerm', ['LA_PERM'], (r) => !blank(r.LA_PERM) && !/^(\d{3}|WAL|SCO|NUK|NIR)$/.test(r.LA_PERM.trim())) }),
  defineRule({ code: '635', type: 'ERROR', message: 'There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1', tables: ['PrevPerm'], fields: ['LA_PERM', 'DATE_PERM', 'PREV_PERM'],
    check: (ctx) => rowsWhere(ctx, 'PrevPerm', ['LA_PERM', 'DATE_PERM', 'PREV_PERM'], (r) => (!blank(r.LA_PERM) || !blank(r.DATE_PERM)) && blank(r.PREV_PERM)) }),
  defineRule({ code: '630', type: 'ERROR', message: 'Information on previous permanence option should be returned.', tables: ['Episodes', 'PrevPerm'], fields: ['RNE'],
    check: (ctx) =>
      rowsWhere(ctx, 'Episodes', ['RNE'], (e) => {
        const decom = dateOf(e.DECOM)
        if (e.RNE.trim() !== 'S' || decom === null || decom < ctx.collectionStart) return false
        const pp = ctx.rowsOf('PrevPerm', e.CHILD)
        return pp.length === 0 || pp.some(({ row }) => blank(row.PREV_PERM) || (row.PREV_PERM.trim() !== 'Z1' && (blank(row.LA_PERM) || blank(row.DATE_PERM))))
      }) }),
  defineRule({ code: '632', type: 'ERROR', message: 'Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year', tables: ['Episodes', 'PrevPerm'], fields: ['DATE_PERM', 'DECOM'],
    check: (ctx) => {
      const hits: Hit[] = []
      ctx.current.PrevPerm.forEach((p, index) => {
        if (blank(p.DATE_PERM)) return
        // DATE_PERM may give an unknown day or month as ZZ (e.g. ZZ/ZZ/2015): the latest date it could be.
        const m = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4})$/.exec(p.DATE_PERM.trim())
        const month = m?.[2] === 'ZZ' ? '12' : m?.[2]
        const lastDay = m && month ? String(new Date(Date.UTC(Number(m[3]), Number(month), 0)).getUTCDate()) : ''
        const date = m ? dateOf(`${m[1] === 'ZZ' ? lastDay : m[1]}/${month}/${m[3]}`) : null
        const first = datedEpisodes(ctx, p.CHILD).find((e) => e.decom !== null)
        if (date !== null && (!first || date < first.decom!)) return
        if (first) hits.push({ table: 'Episodes', row: first.index, child: p.CHILD, fields: ['DECOM'] })
        hits.push({ table: 'PrevPerm', row: index, child: p.CHILD, fields: ['DATE_PERM'] })
      })
      return hits
    } }),
  defineRule({ code: '634', type: 'ERROR', message: 'There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.', tables: ['Episodes', 'PrevPerm'], fields: ['LA_PERM', 'PREV_PERM', 'DATE_PERM', 'DECOM'],
    check: (ctx) =>
      rowsWhere(ctx, 'PrevPerm', ['PREV_PERM', 'LA_PERM', 'DATE_PERM'], (p) => {
        const last = datedEpisodes(ctx, p.CHILD).filter((e) => e.decom !== null).at(-1)
        return (!blank(p.PREV_PERM) || !blank(p.LA_PERM) || !blank(p.DATE_PERM)) && last !== undefined && last.decom! < ctx.collectionStart
      }) }),
  defineRule({ code: 'INT07', type: 'ERROR', message: 'Internal Check: Child in PrevPerm does not exist in Header.', tables: ['Header', 'PrevPerm'], fields: ['CHILD'],
    check: notInHeader('PrevPerm') }),
  defineRule({ code: 'INT16', type: 'ERROR', message: 'Internal Check: DOB in PrevPerm is different to DOB in Header.', tables: ['Header', 'PrevPerm'], fields: ['DOB'],
    check: differsFromHeader('PrevPerm', 'DOB') }),
  defineRule({ code: 'INT35', type: 'ERROR', message: 'Internal Check: Child should only exist once in PrevPerm.', tables: ['PrevPerm'], fields: ['CHILD'],
    check: moreThanOnce('PrevPerm') }),
]
