/**
 * UPN rules (DfE "Unique pupil numbers" guidance; research/standards.md §1.6). The check-letter
 * arithmetic is the domain's (src/domain/children/upn.ts).
 */
import { isValidUpn } from '../../../domain/children/upn.js'
import { defineRule, hitIf } from './define.js'

/**
 * DfE LA codes accepted in UPN characters 2-4 (rule 1530, 2023-24 onwards): the English LA
 * numbers plus 001-005 (the DfE's special codes).
 */
const ranges: [number, number][] = [
  [1, 5],
  [201, 213],
  [301, 320],
  [330, 336],
  [340, 344],
  [350, 359],
  [370, 373],
  [380, 384],
  [390, 394],
  [660, 681],
  [701, 708],
  [800, 803],
  [805, 808],
  [810, 813],
  [820, 823],
  [835, 839],
  [850, 852],
  [855, 857],
  [865, 896],
  [935, 938],
  [940, 941],
]
const singles = [
  420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921, 925, 926, 928,
  929, 931, 933, 942, 943,
]
export const upnLaCodes: ReadonlySet<string> = new Set([
  ...ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i).padStart(3, '0'))),
  ...singles.map(String),
])

const thirteen = (upn: string | null): upn is string => upn !== null && upn.length === 13

/** 1510: the check letter (character 1) must match characters 2-13 (only a 13-digit-bodied UPN is tested). */
export const rule1510 = defineRule({
  code: '1510',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['UPN'],
  message: 'UPN invalid (wrong check letter at character 1)',
  check: (c) => {
    const upn = c.upn
    if (!thirteen(upn) || !/^\d{12}$/.test(upn.slice(1))) return []
    return hitIf(!isValidUpn(upn), 'UPN')
  },
})

/** 1520: a UPN must not appear on more than one child in the return. */
export const rule1520 = defineRule({
  code: '1520',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['UPN'],
  message: 'More than one record with the same UPN.',
  check: (c, ctx) => hitIf(c.upn !== null && (ctx.upnCounts.get(c.upn) ?? 0) > 1, 'UPN'),
})

/** 1530: characters 2-4 must be a recognised DfE LA code. */
export const rule1530 = defineRule({
  code: '1530',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['UPN'],
  message: 'UPN invalid (characters 2-4 not a recognised LA code)',
  check: (c) => hitIf(thirteen(c.upn) && !upnLaCodes.has(c.upn.slice(1, 4)), 'UPN'),
})

/** 1540: characters 5-12 must be numeric. */
export const rule1540 = defineRule({
  code: '1540',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['UPN'],
  message: 'UPN invalid (characters 5-12 not all numeric)',
  check: (c) => hitIf(c.upn !== null && !/^\d+$/.test(c.upn.slice(4, 12)), 'UPN'),
})

/** 1550: character 13 must be a digit or one of the 23 letters of the check alphabet (a temporary UPN). */
export const rule1550 = defineRule({
  code: '1550',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['UPN'],
  message: 'UPN invalid (character 13 not a recognised value)',
  check: (c) => hitIf(thirteen(c.upn) && !/^[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/.test(c.upn.slice(12)), 'UPN'),
})

/**
 * 1560Q: a former UPN must be 13 characters, a letter then 12 digits. The reference validator and
 * this implementation both query a temporary (letter-ending) former UPN; see the differences doc.
 */
export const rule1560Q = defineRule({
  code: '1560Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['FormerUPN'],
  message: 'Please check and either amend or provide a reason: Former UPN wrongly formatted',
  check: (c) => hitIf(c.formerUpn !== null && !/^[A-Za-z]\d{12}$/.test(c.formerUpn), 'FormerUPN'),
})

export const upnRules = [rule1510, rule1520, rule1530, rule1540, rule1550, rule1560Q]
