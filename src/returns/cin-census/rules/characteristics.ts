/** ChildCharacteristics and Disabilities rules (CIN census guide, module 1: ethnicity, disability). */
import { defineRule, hitIf, isNo } from './define.js'

export const ethnicityCodes = [
  'ABAN',
  'AIND',
  'AOTH',
  'APKN',
  'BAFR',
  'BCRB',
  'BOTH',
  'CHNE',
  'MOTH',
  'MWAS',
  'MWBA',
  'MWBC',
  'NOBT',
  'OOTH',
  'REFU',
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
] as const
export const disabilityCodes = [
  'NONE',
  'MOB',
  'HAND',
  'PC',
  'INC',
  'COMM',
  'LD',
  'HEAR',
  'VIS',
  'BEH',
  'CON',
  'AUT',
  'DDA',
] as const

export const rule4220 = defineRule({
  code: '4220',
  type: 'ERROR',
  module: 'ChildCharacteristics',
  fields: ['Ethnicity'],
  message: 'Ethnicity is missing or invalid (see Ethnicity table)',
  check: (c) =>
    hitIf(c.ethnicity === null || !(ethnicityCodes as readonly string[]).includes(c.ethnicity), 'Ethnicity'),
})

/**
 * 8540: a born child with a referral going on to further action needs valid disability codes
 * (NONE when there is no disability). A missing Disabilities block fails too.
 */
export const rule8540 = defineRule({
  code: '8540',
  type: 'ERROR',
  module: 'ChildCharacteristics',
  fields: ['Disability', 'PersonBirthDate', 'ReferralNFA'],
  message: 'Child’s disability is missing or invalid (see Disability table)',
  check: (c) => {
    if (c.birthDate === null || !c.episodes.some((e) => isNo(e.referralNfa))) return []
    const valid = (d: string) => (disabilityCodes as readonly string[]).includes(d)
    return hitIf(c.disabilities.length === 0 || !c.disabilities.every(valid), 'Disability')
  },
})

export const rule8790 = defineRule({
  code: '8790',
  type: 'ERROR',
  module: 'Disabilities',
  fields: ['Disability'],
  message: 'Disability information includes both None and other values',
  check: (c) => {
    const upper = c.disabilities.map((d) => d.toUpperCase())
    return hitIf(upper.includes('NONE') && upper.some((d) => d !== 'NONE'), 'Disability')
  },
})

export const rule8794 = defineRule({
  code: '8794',
  type: 'ERROR',
  module: 'Disabilities',
  fields: ['Disability'],
  message: 'Child has two or more disabilities with the same code',
  check: (c) => hitIf(new Set(c.disabilities).size < c.disabilities.length, 'Disability'),
})

export const characteristicsRules = [rule4220, rule8540, rule8790, rule8794]
