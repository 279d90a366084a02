/**
 * Header and return-level ("LA level") rules. The DfE reports these against the return, not a
 * child, so they carry no LAchildID.
 */
import { defineRule, inPeriod } from './define.js'

/** 100: ReferenceDate must be 31 March of the collection Year (CIN census guide, header). */
export const rule100 = defineRule({
  code: '100',
  type: 'ERROR',
  scope: 'return',
  module: 'Header',
  fields: ['ReferenceDate'],
  message: 'Reference Date is incorrect',
  check: (census) => {
    const { year, referenceDate } = census.header
    const ok = year !== null && /^\d{4}$/.test(year) && referenceDate === `${year}-03-31`
    return ok ? [] : [{ field: 'ReferenceDate', at: 'Header' }]
  },
})

/** 2883: more CP plans start in the year than initial conferences (CIN-level and S47-level) are held. */
export const rule2883 = defineRule({
  code: '2883',
  type: 'ERROR',
  scope: 'return',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'DateOfInitialCPC'],
  message: 'There are more child protection plans starting than initial conferences taking place',
  check: (census, ctx) => {
    let plans = 0
    let conferences = 0
    for (const e of census.children.flatMap((c) => c.episodes)) {
      plans += e.cpPlans.filter((p) => inPeriod(p.startDate, ctx)).length
      if (inPeriod(e.dateOfInitialCpc, ctx)) conferences++
      conferences += e.section47s.filter((s) => inPeriod(s.icpcDate, ctx)).length
    }
    return plans > conferences ? [{ field: 'CPPstartDate', at: 'return' }] : []
  },
})

/** 2886Q: more than 2% of children (excluding unborn children) have no sex recorded (Sex missing or U). */
export const rule2886Q = defineRule({
  code: '2886Q',
  type: 'QUERY',
  scope: 'return',
  module: 'ChildIdentifiers',
  fields: ['ExpectedPersonBirthDate', 'ChildIdentifiers'],
  message:
    'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)',
  check: (census) => {
    const n = census.children.length
    const missing = census.children.filter(
      (c) => (c.sex === null || c.sex === 'U') && c.expectedBirthDate === null,
    ).length
    return n > 0 && missing / n > 0.02 ? [{ field: 'Sex', at: 'return' }] : []
  },
})

/**
 * 2887Q: fewer than 8 distinct disability codes are used in the return. The DfE text counts the
 * codes used; the reference validator counts NONE entries instead (docs/cin-validator-differences.md).
 */
export const rule2887Q = defineRule({
  code: '2887Q',
  type: 'QUERY',
  scope: 'return',
  module: 'Disabilities',
  fields: ['Disability'],
  message:
    'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
  check: (census) => {
    const used = new Set(census.children.flatMap((c) => c.disabilities.map((d) => d.toUpperCase())))
    used.delete('NONE')
    return used.size < 8 ? [{ field: 'Disability', at: 'return' }] : []
  },
})

/** 2888Q: no child in the return has more than one disability code (other than NONE). */
export const rule2888Q = defineRule({
  code: '2888Q',
  type: 'QUERY',
  scope: 'return',
  module: 'Disabilities',
  fields: ['Disability'],
  message:
    'Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.',
  check: (census) => {
    const counts = census.children.map((c) => c.disabilities.filter((d) => d !== 'NONE').length)
    return counts.some((n) => n > 0) && Math.max(...counts) <= 1
      ? [{ field: 'Disability', at: 'return' }]
      : []
  },
})

export const headerRules = [rule100, rule2883, rule2886Q, rule2887Q, rule2888Q]
