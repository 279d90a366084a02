/** ChildIdentifiers rules (CIN census guide, module 1: child identifiers). */
import { addDays, addMonths } from '../../../domain/timescales/dates.js'
import { after, before, defineRule, ep, hitIf, inPeriod, isNo, isYes } from './define.js'

/** 1570 (from 2024-25): LAchildID at most 20 characters. */
export const rule1570 = defineRule({
  code: '1570',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['LAchildID'],
  message: 'LA Child ID must not be longer than 20 characters',
  check: (c) => hitIf(c.laChildId !== null && [...c.laChildId].length > 20, 'LAchildID'),
})

/** 1580 (from 2024-25): LAchildID letters and digits only. */
export const rule1580 = defineRule({
  code: '1580',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['LAchildID'],
  message: 'LA Child ID must not contain any non-alphanumeric characters',
  check: (c) => hitIf(c.laChildId !== null && !/^[\p{L}\p{N}]+$/u.test(c.laChildId), 'LAchildID'),
})

/** 4180 (2024-25 form): Sex must be M, F or U. A GenderCurrent-only file fails for every child. */
export const rule4180 = defineRule({
  code: '4180',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['Sex'],
  message: 'Sex must be provided and equal M, F, or U',
  check: (c) => hitIf(c.sex === null || !['M', 'F', 'U'].includes(c.sex), 'Sex'),
})

export const rule8500 = defineRule({
  code: '8500',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['LAchildID'],
  message: 'LA Child ID missing',
  check: (c) => hitIf(c.laChildId === null, 'LAchildID'),
})

export const rule8510 = defineRule({
  code: '8510',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['LAchildID'],
  message: 'More than one child record with the same LA Child ID',
  check: (c, ctx) =>
    hitIf(c.laChildId !== null && (ctx.laChildIdCounts.get(c.laChildId) ?? 0) > 1, 'LAchildID'),
})

export const rule8520 = defineRule({
  code: '8520',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['PersonBirthDate', 'ReferenceDate'],
  message:
    'Date of Birth is after data collection period (must be on or before the end of the census period)',
  check: (c, ctx) => hitIf(after(c.birthDate, ctx.referenceDate), 'PersonBirthDate'),
})

export const rule8525Q = defineRule({
  code: '8525Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['PersonBirthDate', 'ExpectedPersonBirthDate'],
  message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
  check: (c) => hitIf((c.birthDate === null) === (c.expectedBirthDate === null), 'PersonBirthDate'),
})

/** 8530Q: an expected DOB should fall after (ReferenceDate - 30 days) and before (ReferenceDate + 9 months). */
export const rule8530Q = defineRule({
  code: '8530Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['ExpectedPersonBirthDate'],
  message:
    'Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
  check: (c, ctx) => {
    const d = c.expectedBirthDate
    if (d === null) return []
    return hitIf(
      d >= addMonths(ctx.referenceDate, 9) || d <= addDays(ctx.referenceDate, -30),
      'ExpectedPersonBirthDate',
    )
  },
})

export const rule8535Q = defineRule({
  code: '8535Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['PersonDeathDate', 'PersonBirthDate'],
  message:
    'Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth',
  check: (c) =>
    hitIf(c.deathDate !== null && (c.birthDate === null || c.birthDate > c.deathDate), 'PersonDeathDate'),
})

export const rule8545Q = defineRule({
  code: '8545Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['PersonDeathDate'],
  message:
    "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
  check: (c, ctx) => hitIf(c.deathDate !== null && !inPeriod(c.deathDate, ctx), 'PersonDeathDate'),
})

export const rule8590 = defineRule({
  code: '8590',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['LAchildID'],
  message: 'Child does not have a recorded CIN episode.',
  check: (c) => hitIf(c.episodes.length === 0, 'LAchildID'),
})

export const rule8750 = defineRule({
  code: '8750',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['Sex', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
  message: 'Sex must equal U for an unborn child',
  check: (c) => hitIf(c.birthDate === null && c.expectedBirthDate !== null && c.sex !== 'U', 'Sex'),
})

/**
 * 8770Q (2024-25): a child of school age (born on or before 31 August six years before the year
 * after the reference date) with a referral going on to further action needs a UPN or a reason
 * UN2-UN7 for its absence (UN1, "not yet of school age", does not fit).
 */
export const rule8770Q = defineRule({
  code: '8770Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['UPNunknown', 'UPNunknown'],
  message:
    'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
  check: (c, ctx) => {
    const cutoff = addMonths(addDays(addMonths(ctx.referenceDate, 4), 31), -72)
    if (c.birthDate === null || c.birthDate > cutoff || c.upn !== null) return []
    if (!c.episodes.some((e) => isNo(e.referralNfa))) return []
    const reason = c.upnUnknown?.toUpperCase() ?? ''
    return hitIf(!['UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7'].includes(reason), 'UPNunknown')
  },
})

/** 8772: UN7 (referral with no further action) but an episode is not an NFA referral. */
export const rule8772 = defineRule({
  code: '8772',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['UPNunknown', 'ReferralNFA'],
  message:
    'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
  check: (c) =>
    hitIf(
      c.upnUnknown === 'UN7' && (c.episodes.length === 0 || c.episodes.some((e) => !isYes(e.referralNfa))),
      'UPNunknown',
    ),
})

/** 8775Q: a child over 25 at the reference date whose episode is open or closed after the 25th birthday. */
export const rule8775Q = defineRule({
  code: '8775Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['PersonBirthDate', 'CINclosureDate'],
  message: 'Please check and either amend data or provide a reason: Child is over 25 years old',
  check: (c, ctx) => {
    if (c.birthDate === null || c.birthDate >= addMonths(ctx.referenceDate, -300)) return []
    const birthday25 = addMonths(c.birthDate, 300)
    return hitIf(
      c.episodes.some((e) => e.closureDate === null || e.closureDate > birthday25),
      'PersonBirthDate',
    )
  },
})

/** 4008: a CIN plan cannot start after the child's death. */
export const rule4008 = defineRule({
  code: '4008',
  type: 'ERROR',
  module: 'ChildIdentifiers',
  fields: ['PersonDeathDate', 'CINPlanStartDate'],
  message: 'CIN Plan shown as starting after the child’s Date of Death.',
  check: (c) =>
    c.episodes.flatMap((e) =>
      e.cinPlans
        .filter((p) => before(c.deathDate, p.startDate))
        .map(() => ({ field: 'CINPlanStartDate', at: ep(e) })),
    ),
})

export const rule4009Q = defineRule({
  code: '4009Q',
  type: 'QUERY',
  module: 'ChildIdentifiers',
  fields: ['PersonDeathDate', 'CINPlanEndDate'],
  message: 'CIN Plan cannot end after the child’s Date of Death',
  check: (c) =>
    c.episodes.flatMap((e) =>
      e.cinPlans
        .filter((p) => before(c.deathDate, p.endDate))
        .map(() => ({ field: 'CINPlanEndDate', at: ep(e) })),
    ),
})

export const childIdentifierRules = [
  rule1570,
  rule1580,
  rule4180,
  rule8500,
  rule8510,
  rule8520,
  rule8525Q,
  rule8530Q,
  rule8535Q,
  rule8545Q,
  rule8590,
  rule8750,
  rule8770Q,
  rule8772,
  rule8775Q,
  rule4008,
  rule4009Q,
]
