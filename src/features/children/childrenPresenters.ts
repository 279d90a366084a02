import { describe, disabilities, ethnicities, keyPersonKinds, sexes, upnUnknownReasons, type CodeEntry } from '../../domain/codeLists/index.js'
import { ageOn, formatDate } from '../../domain/format.js'
import { differingRows } from '../../http/conflict.js'
import { splitDate } from '../../http/forms.js'
import type { ChildRow } from './childrenRepository.js'

/** Presenters are the only way data leaves the server (ARCHITECTURE.md §6.10). */
export function childName(c: Pick<ChildRow, 'firstName' | 'lastName'>) {
  return `${c.firstName} ${c.lastName}`
}

export function childSummaryRows(c: ChildRow, today: string) {
  const age = ageOn(c.dateOfBirth, today)
  const rows: [string, string][] = [
    ['Child ID', c.childRef],
    ['Name', childName(c)],
    ['Other names', c.otherNames ?? ''],
    c.dateOfBirth ? ['Date of birth', `${formatDate(c.dateOfBirth)}${age !== null ? ` (age ${age})` : ''}`] : ['Expected date of birth', formatDate(c.expectedDateOfBirth)],
    ['Sex', describe(sexes, c.sex)],
    ['UPN', c.upn ?? `Unknown: ${describe(upnUnknownReasons, c.upnUnknownReason)}`],
    ['Ethnicity', describe(ethnicities, c.ethnicity)],
    ['Disability', describe(disabilities, c.disability)],
    ['Religion', c.religion ?? 'Not recorded'],
    ['First language', c.firstLanguage ?? 'Not recorded'],
  ]
  return rows.map(([key, value]) => ({ key: { text: key }, value: { text: value || 'Not recorded' } }))
}

/** A search result: a restricted record shows no name or date of birth until it is opened. */
export function searchResult(c: ChildRow, unlocked: boolean) {
  if (c.restricted && !unlocked) return { id: c.id, childRef: c.childRef, name: 'Restricted record', dateOfBirth: '', restricted: true }
  return { id: c.id, childRef: c.childRef, name: childName(c), dateOfBirth: formatDate(c.dateOfBirth ?? c.expectedDateOfBirth), restricted: c.restricted }
}

export function selectItems(list: readonly CodeEntry[], selected: unknown, blank?: string) {
  const items = list.map((e) => ({ value: e.code, text: e.description, selected: e.code === selected }))
  return blank ? [{ value: '', text: blank, selected: !selected }, ...items] : items
}

export function childFormOptions(values: Record<string, unknown>) {
  return {
    sexItems: sexes.map((e) => ({ value: e.code, text: e.description, checked: e.code === values.sex })),
    ethnicityItems: selectItems(ethnicities, values.ethnicity, 'Select an ethnicity'),
    disabilityItems: selectItems(disabilities, values.disability ?? 'NONE'),
    upnReasonItems: selectItems(upnUnknownReasons, values.upnUnknownReason, 'UPN is known'),
    keyPersonKindItems: keyPersonKinds.map((e) => ({ value: e.code, text: e.description })),
  }
}

/** Form values from a saved child, in the shape the form posts back. */
export function childFormValues(c: ChildRow): Record<string, unknown> {
  const dob = splitDate(c.dateOfBirth)
  const edob = splitDate(c.expectedDateOfBirth)
  return {
    ...c,
    'dateOfBirth-day': dob.day, 'dateOfBirth-month': dob.month, 'dateOfBirth-year': dob.year,
    'expectedDateOfBirth-day': edob.day, 'expectedDateOfBirth-month': edob.month, 'expectedDateOfBirth-year': edob.year,
  }
}

const fieldLabels: Record<string, string> = {
  firstName: 'First name', lastName: 'Last name', otherNames: 'Other names', dateOfBirth: 'Date of birth',
  expectedDateOfBirth: 'Expected date of birth', sex: 'Sex', ethnicity: 'Ethnicity', disability: 'Disability',
  upn: 'UPN', upnUnknownReason: 'UPN unknown reason', religion: 'Religion', firstLanguage: 'First language',
}

/** The conflict page: each field where your version and the saved version differ. */
export const conflictRows = (yours: Record<string, unknown>, current: Record<string, unknown>) => differingRows(fieldLabels, yours, current)
