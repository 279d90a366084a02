/**
 * The DfE's internal integrity checks (INT rules) on the child-level 903 tables: every child must
 * have a Header row, agree with it on DOB (and SEX for UASC), and appear once where the table holds
 * one row per child.
 */
import type { Hit, RuleContext } from './define.js'
import { dateOf } from './dates.js'

type ChildTable = 'OC2' | 'OC3' | 'AD1' | 'PlacedAdoption' | 'PrevPerm' | 'Missing' | 'UASC'

function headerOf(ctx: RuleContext, child: string) {
  return ctx.rowsOf('Header', child)[0]?.row
}

/** Rows of `table` whose child has no Header row. */
export const notInHeader =
  (table: ChildTable) =>
  (ctx: RuleContext): Hit[] =>
    ctx.current[table].flatMap((row, index) =>
      headerOf(ctx, row.CHILD) ? [] : [{ table, row: index, child: row.CHILD, fields: ['CHILD'] }],
    )

/** Rows of `table` whose `field` differs from the child's Header (dates compared as dates; blanks ignored). */
export const differsFromHeader =
  (table: ChildTable, field: 'DOB' | 'SEX') =>
  (ctx: RuleContext): Hit[] =>
    ctx.current[table].flatMap((row, index) => {
      const header = headerOf(ctx, row.CHILD)
      const mine = (row as { DOB: string; SEX?: string })[field] ?? ''
      if (!header || mine.trim() === '' || header[field].trim() === '') return []
      const [a, b] = field === 'DOB' ? [dateOf(mine), dateOf(header.DOB)] : [mine.trim(), header[field].trim()]
      const same = a === null || b === null || a === b
      return same ? [] : [{ table, row: index, child: row.CHILD, fields: [field] }]
    })

/** Every row of a child who appears more than once in `table`. */
export const moreThanOnce =
  (table: ChildTable) =>
  (ctx: RuleContext): Hit[] => {
    const counts = new Map<string, number>()
    for (const row of ctx.current[table]) counts.set(row.CHILD, (counts.get(row.CHILD) ?? 0) + 1)
    return ctx.current[table].flatMap((row, index) =>
      (counts.get(row.CHILD) ?? 0) > 1 ? [{ table, row: index, child: row.CHILD, fields: ['CHILD'] }] : [],
    )
  }
