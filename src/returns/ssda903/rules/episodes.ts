/**
 * SSDA903 rules on Episodes (DfE 903 validation rules for lac2022_23 to lac2026_27). They are kept
 * in small modules by kind: single-row codes and dates (episodeCodes.ts), the order of a child's
 * episodes (episodeSequence.ts) and ages and durations (episodeAges.ts); the internal checks are here.
 */
import type { Ssda903TableName } from '../tables.js'
import { defineRule, type Hit, type Rule } from './define.js'
import { episodeAgeRules } from './episodeAges.js'
import { episodeCodeRules } from './episodeCodes.js'
import { headerOf } from './episodeOrder.js'
import { episodeSequenceRules } from './episodeSequence.js'

/** The tables rule 1012 checks for children with no episode in the year. */
const NEEDING_EPISODES = ['PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'] as const satisfies readonly Ssda903TableName[]

const integrityRules: readonly Rule[] = [
  defineRule({
    code: 'INT03', type: 'ERROR', message: 'Internal Check: Child in Episodes does not exist in Header.', tables: ['Header', 'Episodes'], fields: ['CHILD'],
    check: (ctx) => ctx.current.Episodes.flatMap((row, index): Hit[] => (headerOf(ctx, row.CHILD) ? [] : [{ table: 'Episodes', row: index, child: row.CHILD, fields: ['CHILD'] }])),
  }),
  defineRule({
    code: '1012', type: 'ERROR', message: 'No other data should be returned for OC3 children who had no episodes in the current year', tables: ['Episodes'], fields: ['CHILD'],
    check: (ctx) => NEEDING_EPISODES.flatMap((table) =>
      ctx.current[table].flatMap((row, index): Hit[] => (ctx.rowsOf('Episodes', row.CHILD).length > 0 ? [] : [{ table, row: index, child: row.CHILD, fields: ['CHILD'] }])),
    ),
  }),
]

export const episodesRules: readonly Rule[] = [...episodeCodeRules, ...episodeSequenceRules, ...episodeAgeRules, ...integrityRules]
