/** What stops a census child being imported (import.ts): structural problems, and what our tables' constraints would refuse. */
import { abuseCategories, assessmentFactors, closureReasons, codesOf, disabilities, ethnicities, primaryNeeds, referralSources, sexes, upnUnknownReasons } from '../../domain/codeLists/index.js'
import type { CensusChild } from './types.js'

const genderToSex: Record<string, string> = { '1': 'M', '2': 'F', '0': 'U', '9': 'U' }
const childRefPattern = /^[A-Za-z0-9]{1,20}$/
export const truthy = (v: string | null) => v === 'true' || v === '1'

const sets = {
  sex: new Set<string>(codesOf(sexes)),
  ethnicity: new Set<string>(codesOf(ethnicities)),
  disability: new Set<string>(codesOf(disabilities)),
  upnUnknown: new Set<string>(codesOf(upnUnknownReasons)),
  source: new Set<string>(codesOf(referralSources)),
  need: new Set<string>(codesOf(primaryNeeds)),
  closure: new Set<string>(codesOf(closureReasons)),
  factor: new Set<string>(codesOf(assessmentFactors)),
  category: new Set<string>(codesOf(abuseCategories)),
}

export const sexOf = (c: CensusChild): string | null => (c.sex !== null ? (sets.sex.has(c.sex) ? c.sex : null) : c.genderCurrent !== null ? (genderToSex[c.genderCurrent] ?? null) : null)

/** The problems that stop a child being loaded (structural, or refused by our tables' constraints). */
export function unloadableProblems(child: CensusChild, seenRefs: Map<string, number>): string[] {
  const out: string[] = []
  const code = (value: string | null, set: Set<string>, what: string, required: boolean) => {
    if (value === null) {
      if (required) out.push(`${what} is missing`)
    } else if (!set.has(value)) out.push(`${what} '${value}' is not a code we hold`)
  }
  if (child.laChildId === null) out.push('LAchildID is missing')
  else if (!childRefPattern.test(child.laChildId)) out.push(`LAchildID '${child.laChildId}' must be 1 to 20 letters or numbers`)
  else if ((seenRefs.get(child.laChildId) ?? 0) > 1) out.push(`LAchildID '${child.laChildId}' appears more than once in the file`)
  for (const bad of child.badDates) out.push(`${bad.path} '${bad.value}' is not a date (YYYY-MM-DD)`)
  if (child.birthDate === null && child.expectedBirthDate === null && !child.badDates.some((b) => /BirthDate$/.test(b.path))) out.push('Neither PersonBirthDate nor ExpectedPersonBirthDate is given')
  if (sexOf(child) === null) out.push(`Sex or GenderCurrent is missing or not a code we hold (${child.sex ?? child.genderCurrent ?? 'none'})`)
  code(child.ethnicity, sets.ethnicity, 'Ethnicity', true)
  code(child.upnUnknown, sets.upnUnknown, 'UPNunknown', false)
  for (const d of child.disabilities) code(d, sets.disability, 'Disability', false)
  const referralDates = new Set<string>()
  const planStarts = new Set<string>()
  let openPlans = 0
  child.episodes.forEach((e, i) => {
    const at = `CINdetails[${i + 1}]`
    if (e.referralDate === null) out.push(`${at}: CINreferralDate is missing`)
    else if (referralDates.has(e.referralDate)) out.push(`${at}: a second episode with referral date ${e.referralDate}`)
    else referralDates.add(e.referralDate)
    code(e.referralSource, sets.source, `${at}: ReferralSource`, true)
    code(e.primaryNeedCode, sets.need, `${at}: PrimaryNeedCode`, false)
    code(e.reasonForClosure, sets.closure, `${at}: ReasonForClosure`, false)
    if (e.closureDate !== null && e.referralDate !== null && e.closureDate < e.referralDate) out.push(`${at}: CINclosureDate ${e.closureDate} is before CINreferralDate ${e.referralDate}`)
    const keys = (label: string, dates: (string | null)[]) => {
      const seen = new Set<string>()
      dates.forEach((d, j) => {
        if (d === null) out.push(`${at}/${label}[${j + 1}]: the start date is missing`)
        else if (seen.has(d)) out.push(`${at}/${label}[${j + 1}]: a second ${label} starting ${d}`)
        else seen.add(d)
      })
    }
    keys('Assessments', e.assessments.map((a) => a.startDate))
    e.assessments.forEach((a, j) => {
      if (a.startDate !== null && a.authorisationDate !== null && a.authorisationDate < a.startDate) out.push(`${at}/Assessments[${j + 1}]: AssessmentAuthorisationDate is before AssessmentActualStartDate`)
      for (const f of a.factors) code(f, sets.factor, `${at}/Assessments[${j + 1}]: AssessmentFactors`, false)
    })
    keys('Section47', e.section47s.map((s) => s.startDate))
    e.section47s.forEach((s, j) => {
      if (s.icpcTarget === null) out.push(`${at}/Section47[${j + 1}]: InitialCPCtarget is missing`)
    })
    e.cpPlans.forEach((p, j) => {
      const pat = `${at}/ChildProtectionPlans[${j + 1}]`
      if (p.startDate === null) out.push(`${pat}: CPPstartDate is missing`)
      else if (planStarts.has(p.startDate)) out.push(`${pat}: a second plan starting ${p.startDate}`)
      else planStarts.add(p.startDate)
      code(p.initialCategory, sets.category, `${pat}: InitialCategoryOfAbuse`, true)
      code(p.latestCategory ?? p.initialCategory, sets.category, `${pat}: LatestCategoryOfAbuse`, true)
      if (p.startDate !== null && p.endDate !== null && p.endDate < p.startDate) out.push(`${pat}: CPPendDate is before CPPstartDate`)
      if (p.endDate === null) openPlans++
    })
  })
  if (openPlans > 1) out.push(`${openPlans} child protection plans are open at once; a child has at most one`)
  return out
}
