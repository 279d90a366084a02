/**
 * The DfE children's social work workforce census (CSWW) as XML, in the structure of the 2022 XSD
 * (schemas/workforce-census/social_work_workforce_2022.xsd): a header, the authority's
 * vacancies and agency staff at the reference date (30 September), then one CSWWWorker per social
 * worker in post at the reference date or who left in the year to it. Pure: facts in, XML out.
 *
 * Cairn fills what it holds: agency or employed, FTE, organisational role, role start and end dates,
 * the reason for leaving, FTE and cases at the reference date, and absence on it. It holds no dates of
 * birth, gender, ethnicity or qualification details for staff, so those optional elements are left
 * out. Two elements are required but not held:
 * - SWENo (the Social Work England registration number): Cairn holds none, so the export carries a
 *   placeholder derived from the user's ID, in the XSD's pattern; a council replaces it before
 *   submission (this is synthetic data only).
 * - QualInst (the awarding institution, at least one): "Not recorded".
 */
export type CensusStaff = {
  userId: string
  role: string
  fte: number
  employment: string
  asye: boolean
  startedOn: string
  leftOn: string | null
  leavingReason: string | null
  awayFrom: string | null
  awayUntil: string | null
  /** Live allocations at the reference date. */
  cases: number
}

/** Roles in the census: registered social workers. Personal advisers and front-door workers who are not case holders are counted too when they are in these roles. */
export const censusRoles: readonly string[] = ['social_worker', 'team_manager', 'service_manager', 'iro', 'front_door']

/** OrgRole: 2 middle manager, 3 first-line manager, 5 case holder, 6 qualified without cases. */
function orgRole(s: CensusStaff): string {
  if (s.role === 'service_manager') return '2'
  if (s.role === 'team_manager') return '3'
  return s.cases > 0 ? '5' : '6'
}

/** ReasonLeave codes, from the leaving reason as recorded. */
const reasonCodes: readonly (readonly [string, string])[] = [
  ['resign', '1'],
  ['voluntary redundancy', '2'],
  ['compulsory redundancy', '3'],
  ['dismiss', '4'],
  ['retire', '5'],
  ['deceased', '6'],
  ['moved to a non-child', '7'],
  ['not known', '9'],
]
export function reasonLeaveCode(reason: string | null): string {
  if (!reason) return '10'
  const lower = reason.toLowerCase()
  return reasonCodes.find(([start]) => lower.startsWith(start))?.[1] ?? '8'
}

/** A placeholder SWENo in the XSD's pattern ([A-Za-z]{2}\d{10}), stable for each user. */
export function placeholderSweNo(userId: string): string {
  const hex = userId.replace(/-/g, '')
  const n = (parseInt(hex.slice(0, 8), 16) * 4 + (parseInt(hex.slice(8, 10), 16) % 4)) % 1e10
  return `SW${String(n).padStart(10, '0')}`
}

/** The reference date: the latest 30 September on or before today. */
export function censusReferenceDate(today: string): string {
  const year = Number(today.slice(0, 4))
  return today >= `${year}-09-30` ? `${year}-09-30` : `${year - 1}-09-30`
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const el = (name: string, value: string | number) => `<${name}>${escape(String(value))}</${name}>`
const inPost = (s: CensusStaff, day: string) => s.startedOn <= day && (s.leftOn === null || s.leftOn > day)

export function censusWorkers(staff: readonly CensusStaff[], referenceDate: string): CensusStaff[] {
  const yearStart = `${Number(referenceDate.slice(0, 4)) - 1}-10-01`
  return staff.filter(
    (s) => censusRoles.includes(s.role) && s.startedOn <= referenceDate && (inPost(s, referenceDate) || (s.employment !== 'AGENCY' && s.leftOn !== null && s.leftOn >= yearStart)),
  )
}

export function buildWorkforceCensusXml(input: { staff: readonly CensusStaff[]; fundedFte: number | null; laCode: string; referenceDate: string; generatedAt: Date }): { xml: string; workers: number } {
  const { referenceDate } = input
  const workers = censusWorkers(input.staff, referenceDate)
  const current = workers.filter((s) => inPost(s, referenceDate))
  const agency = current.filter((s) => s.employment === 'AGENCY')
  const employedFte = current.filter((s) => s.employment !== 'AGENCY').reduce((sum, s) => sum + s.fte, 0)
  const agencyFte = agency.reduce((sum, s) => sum + s.fte, 0)
  // Vacancies: funded posts not filled by an employed worker, whether or not an agency worker covers them.
  const vacancies = input.fundedFte === null ? 0 : Math.max(0, input.fundedFte - employedFte)

  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<Message>']
  lines.push(
    '  <Header>',
    `    <CollectionDetails>${el('Collection', 'CSWW')}${el('Year', referenceDate.slice(0, 4))}${el('ReferenceDate', referenceDate)}</CollectionDetails>`,
    `    <Source>${el('SourceLevel', 'L')}${el('LEA', input.laCode)}${el('SoftwareCode', 'Cairn')}${el('DateTime', input.generatedAt.toISOString().slice(0, 19))}</Source>`,
    '  </Header>',
    `  <LALevelVacancies>${el('NumberOfVacancies', vacancies.toFixed(2))}${el('NoAgencyFTE', agencyFte.toFixed(2))}${el('NoAgencyHeadcount', agency.length)}</LALevelVacancies>`,
  )
  for (const s of workers) {
    const here = inPost(s, referenceDate)
    const isAgency = s.employment === 'AGENCY'
    const parts = [el('AgencyWorker', isAgency ? '1' : '0'), el('SWENo', placeholderSweNo(s.userId))]
    if (!isAgency) parts.push(el('FTE', s.fte.toFixed(6)))
    parts.push(el('QualInst', 'Not recorded'))
    if (!isAgency) {
      parts.push(el('OrgRole', orgRole(s)), el('RoleStartDate', s.startedOn))
      if (s.asye) parts.push(el('StartOrigin', '1'))
      if (s.leftOn !== null && s.leftOn <= referenceDate) parts.push(el('RoleEndDate', s.leftOn), el('ReasonLeave', reasonLeaveCode(s.leavingReason)))
    }
    if (here && !isAgency) {
      parts.push(el('FTE30', s.fte.toFixed(6)))
      if (s.cases > 0 || orgRole(s) === '5') parts.push(el('Cases30', s.cases))
      const away = s.awayFrom !== null && s.awayFrom <= referenceDate && (s.awayUntil === null || s.awayUntil >= referenceDate)
      parts.push(el('Absat30Sept', away ? '1' : '0'))
    }
    lines.push(`  <CSWWWorker>${parts.join('')}</CSWWWorker>`)
  }
  lines.push('</Message>', '')
  return { xml: lines.join('\n'), workers: workers.length }
}
