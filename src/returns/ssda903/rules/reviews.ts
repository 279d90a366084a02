/**
 * SSDA903 rules on Reviews (the date of each looked-after child review and how the child took
 * part, PN0–PN7). DfE 903 validation rules for lac2022_23 to lac2026_27; messages verbatim.
 * Reviews are held under the Care Planning, Placement and Case Review (England) Regulations 2010
 * reg 33; PN0 is for a child under 4 at the review.
 */
import type { Ssda903Row } from '../tables.js'
import { blank, defineRule, isoOf, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { addYears } from './dates.js'
import { headerOf, hitOn, isOneOf } from './episodeOrder.js'

type Review = Ssda903Row<'Reviews'>

function reviewRule(code: string, message: string, fields: string[], failing: (r: Review, ctx: RuleContext) => boolean, tables: Rule['tables'] = ['Reviews']): Rule {
  return defineRule({ code, type: 'ERROR', message, tables, fields, check: (ctx) => rowsWhere(ctx, 'Reviews', fields, (r) => failing(r, ctx)) })
}

const PARTICIPATION = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']
/** The date of the child's 4th birthday and the review date, when both are valid. */
function fourthBirthday(r: Review): { readonly four: string; readonly review: string } | null {
  const [dob, review] = [isoOf(r.DOB), isoOf(r.REVIEW)]
  return dob !== null && review !== null ? { four: addYears(dob, 4), review } : null
}

export const reviewsRules: readonly Rule[] = [
  reviewRule('166', 'Date of review is invalid or blank.', ['REVIEW'], (r) => isoOf(r.REVIEW) === null),
  // A review with no date and no code is ignored here (166 reports the missing date).
  reviewRule('167', 'Data entry for participation is invalid or blank.', ['REVIEW_CODE'], (r) => (blank(r.REVIEW) ? !blank(r.REVIEW_CODE) : !PARTICIPATION.includes(r.REVIEW_CODE.trim()))),
  reviewRule('440', 'Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.', ['DOB', 'REVIEW', 'REVIEW_CODE'], (r) => {
    const d = fourthBirthday(r)
    return r.REVIEW_CODE.trim() === 'PN0' && d !== null && d.review > d.four
  }),
  reviewRule('441', 'Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.', ['DOB', 'REVIEW', 'REVIEW_CODE'], (r) => {
    const d = fourthBirthday(r)
    return isOneOf(PARTICIPATION.slice(1))(r.REVIEW_CODE) && d !== null && d.review < d.four
  }),
  reviewRule('INT08', 'Internal Check: Child in Reviews does not exist in Header.', ['CHILD'], (r, ctx) => headerOf(ctx, r.CHILD) === undefined, ['Header', 'Reviews']),
  reviewRule('INT17', 'Internal Check: DOB in Reviews is different to DOB in Header.', ['DOB'], (r, ctx) => {
    const h = headerOf(ctx, r.CHILD)
    const [mine, theirs] = [isoOf(r.DOB), h ? isoOf(h.row.DOB) : null]
    return mine !== null && theirs !== null && mine !== theirs
  }, ['Header', 'Reviews']),
  // Short breaks (V3/V4) have no reviews or motherhood details in the return: only when every episode is a short break.
  defineRule({
    code: '399', type: 'ERROR', message: 'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.', tables: ['Episodes', 'Header', 'Reviews'], fields: ['MOTHER', 'LS', 'REVIEW', 'REVIEW_CODE'],
    check: (ctx) => [...new Set(ctx.current.Episodes.map((e) => e.CHILD))].flatMap((child): Hit[] => {
      const episodes = ctx.rowsOf('Episodes', child)
      if (!episodes.every(({ row }) => isOneOf(['V3', 'V4'])(row.LS))) return []
      const header = headerOf(ctx, child)
      const reviews = ctx.rowsOf('Reviews', child)
      const reviewed = reviews.some(({ row }) => !blank(row.REVIEW) || !blank(row.REVIEW_CODE))
      if (!(header && !blank(header.row.MOTHER)) && !reviewed) return []
      return [
        ...episodes.map(({ index }) => hitOn('Episodes', index, child, ['LS'])),
        ...(header ? [hitOn('Header', header.index, child, ['MOTHER'])] : []),
        ...reviews.map(({ index }) => hitOn('Reviews', index, child, ['REVIEW', 'REVIEW_CODE'])),
      ]
    }),
  }),
]
