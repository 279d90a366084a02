/**
 * SSDA903 rules on UASC: unaccompanied asylum-seeking children and the date that status ceased,
 * which is at the latest the 18th birthday. The DfE 903 validation rules.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule } from './define.js'
import { addYears, dateOf } from './dates.js'
import { differsFromHeader, moreThanOnce, notInHeader } from './integrity.js'

export const uascRules: readonly Rule[] = [
  defineRule({ code: '104', type: 'ERROR', message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.', tables: ['UASC'], fields: ['DUC'],
    check: (ctx) => rowsWhere(ctx, 'UASC', ['DUC'], (r) => !blank(r.DUC) && dateOf(r.DUC) === null) }),
  defineRule({ code: '304', type: 'ERROR', message: 'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.', tables: ['UASC'], fields: ['DUC'],
    check: (ctx) => rowsWhere(ctx, 'UASC', ['DUC'], (r) => { const [duc, dob] = [dateOf(r.DUC), dateOf(r.DOB)]; return duc !== null && dob !== null && duc > addYears(dob, 18) }) }),
  defineRule({ code: '1014', type: 'ERROR', message: 'UASC information is not required for care leavers', tables: ['Episodes', 'UASC', 'OC3'], fields: ['ACTIV', 'ACCOM', 'IN_TOUCH', 'DUC'],
    check: (ctx) => {
      // A UASC child with care leaver information but no episode open in the year.
      const hits: Hit[] = []
      ctx.current.UASC.forEach((u, index) => {
        const oc3 = ctx.rowsOf('OC3', u.CHILD).filter(({ row }) => !blank(row.IN_TOUCH) || !blank(row.ACTIV) || !blank(row.ACCOM))
        const episodes = ctx.rowsOf('Episodes', u.CHILD)
        if (oc3.length === 0 || episodes.length === 0) return
        const inYear = episodes.some(({ row }) => {
          const [decom, dec] = [dateOf(row.DECOM), dateOf(row.DEC)]
          return decom !== null && decom <= ctx.collectionEnd && (dec === null || dec >= ctx.collectionStart)
        })
        if (inYear) return
        hits.push({ table: 'UASC', row: index, child: u.CHILD, fields: ['DUC'] })
        for (const o of oc3) hits.push({ table: 'OC3', row: o.index, child: u.CHILD, fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'] })
      })
      return hits
    } }),
  defineRule({ code: 'INT09', type: 'ERROR', message: 'Internal Check: Child in UASC does not exist in Header.', tables: ['Header', 'UASC'], fields: ['CHILD'],
    check: notInHeader('UASC') }),
  defineRule({ code: 'INT18', type: 'ERROR', message: 'Internal Check: DOB in UASC is different to DOB in Header.', tables: ['Header', 'UASC'], fields: ['DOB'],
    check: differsFromHeader('UASC', 'DOB') }),
  defineRule({ code: 'INT21', type: 'ERROR', message: 'Internal Check: SEX in UASC is different to SEX in Header.', tables: ['Header', 'UASC'], fields: ['SEX'],
    check: differsFromHeader('UASC', 'SEX') }),
  defineRule({ code: 'INT36', type: 'ERROR', message: 'Internal Check: Child should only exist once in UASC.', tables: ['UASC'], fields: ['CHILD'],
    check: moreThanOnce('UASC') }),
]
