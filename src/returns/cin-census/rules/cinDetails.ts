/** CINdetails field rules (CIN census guide, module 2: the CIN episode). */
import { addDays } from '../../../domain/timescales/dates.js'
import type { CensusChild, CinEpisode } from '../types.js'
import { before, defineRule, ep, isNo, outsidePeriod, type Hit, type RuleContext } from './define.js'

/** One hit per episode for which `bad` holds. */
const perEpisode =
  (field: string, bad: (e: CinEpisode, c: CensusChild, ctx: RuleContext) => boolean) =>
  (c: CensusChild, ctx: RuleContext): Hit[] =>
    c.episodes.filter((e) => bad(e, c, ctx)).map((e) => ({ field, at: ep(e) }))

export const referralSources = [
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '3A',
  '3B',
  '3C',
  '3D',
  '3E',
  '3F',
  '4',
  '5A',
  '5B',
  '5C',
  '5D',
  '6',
  '7',
  '8',
  '9',
  '10',
]
export const primaryNeedCodes = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9']
export const closureReasons = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9']

export const rule8555Q = defineRule({
  code: '8555Q',
  type: 'QUERY',
  module: 'CINdetails',
  fields: ['PersonDeathDate', 'CINreferralDate'],
  message: 'Child cannot be referred after its recorded date of death',
  check: perEpisode('CINreferralDate', (e, c) => before(c.deathDate, e.referralDate)),
})

export const rule8568 = defineRule({
  code: '8568',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ReferralNFA'],
  message: 'RNFA flag is missing or invalid',
  check: perEpisode(
    'ReferralNFA',
    (e) => !['1', '0', 'true', 'false'].includes(e.referralNfa?.toLowerCase() ?? ''),
  ),
})

/**
 * 8569Q: a referral made before one working day prior to the collection start cannot be an NFA
 * referral (it would have been returned last year). A missing flag is treated as not "no".
 */
export const rule8569Q = defineRule({
  code: '8569Q',
  type: 'QUERY',
  module: 'CINdetails',
  fields: ['ReferralNFA'],
  message:
    'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
  check: perEpisode(
    'ReferralNFA',
    (e, _c, ctx) =>
      before(e.referralDate, ctx.workingDaysBefore(ctx.collectionStart, 1)) && !isNo(e.referralNfa),
  ),
})

export const rule8585Q = defineRule({
  code: '8585Q',
  type: 'QUERY',
  module: 'CINdetails',
  fields: ['ReasonForClosure', 'PersonDeathDate'],
  message:
    'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death',
  check: perEpisode('ReasonForClosure', (e, c) => e.reasonForClosure === 'RC2' && c.deathDate === null),
})

export const rule8600 = defineRule({
  code: '8600',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINreferralDate'],
  message: 'Child referral date missing or after data collection period',
  check: perEpisode(
    'CINreferralDate',
    (e, _c, ctx) => e.referralDate === null || e.referralDate > ctx.referenceDate,
  ),
})

/** 8606: a referral more than 40 weeks (280 days) before the date of birth or expected date of birth. */
export const rule8606 = defineRule({
  code: '8606',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINreferralDate', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
  message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
  check: perEpisode('CINreferralDate', (e, c) =>
    [c.birthDate, c.expectedBirthDate].some((d) => d !== null && before(e.referralDate, addDays(d, -280))),
  ),
})

export const rule8610 = defineRule({
  code: '8610',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ReferralNFA', 'PrimaryNeedCode'],
  message: 'Primary Need code is missing for a referral which led to further action.',
  check: perEpisode('PrimaryNeedCode', (e) => isNo(e.referralNfa) && e.primaryNeedCode === null),
})

export const rule8620 = defineRule({
  code: '8620',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINclosureDate'],
  message: 'CIN Closure Date present and does not fall within the Census year',
  check: perEpisode('CINclosureDate', (e, _c, ctx) => outsidePeriod(e.closureDate, ctx)),
})

export const rule8630 = defineRule({
  code: '8630',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINreferralDate', 'CINclosureDate'],
  message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
  check: perEpisode('CINclosureDate', (e) => before(e.closureDate, e.referralDate)),
})

export const rule8640 = defineRule({
  code: '8640',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ReasonForClosure'],
  message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
  check: perEpisode(
    'ReasonForClosure',
    (e) => e.reasonForClosure !== null && !closureReasons.includes(e.reasonForClosure),
  ),
})

export const rule8650 = defineRule({
  code: '8650',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['PrimaryNeedCode'],
  message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
  check: perEpisode(
    'PrimaryNeedCode',
    (e) => e.primaryNeedCode !== null && !primaryNeedCodes.includes(e.primaryNeedCode),
  ),
})

export const rule8805 = defineRule({
  code: '8805',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINclosureDate', 'ReasonForClosure'],
  message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
  check: perEpisode('ReasonForClosure', (e) => e.closureDate !== null && e.reasonForClosure === null),
})

export const rule8810 = defineRule({
  code: '8810',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['ReasonForClosure', 'CINclosureDate'],
  message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
  check: perEpisode('CINclosureDate', (e) => e.reasonForClosure !== null && e.closureDate === null),
})

/** 8866: referrals from 1 April 2013 need a valid source of referral. */
export const rule8866 = defineRule({
  code: '8866',
  type: 'ERROR',
  module: 'CINdetails',
  fields: ['CINreferralDate', 'ReferralSource'],
  message: 'Source of Referral is missing or an invalid code',
  check: perEpisode(
    'ReferralSource',
    (e) =>
      !before(e.referralDate, '2013-04-01') &&
      e.referralDate !== null &&
      !referralSources.includes(e.referralSource ?? ''),
  ),
})

export const cinDetailsRules = [
  rule8555Q,
  rule8568,
  rule8569Q,
  rule8585Q,
  rule8600,
  rule8606,
  rule8610,
  rule8620,
  rule8630,
  rule8640,
  rule8650,
  rule8805,
  rule8810,
  rule8866,
]
