/** Select items for the team and worker fields, keeping what the user chose. */
export function teamItems(teams: { id: string; name: string }[], selected: unknown) {
  return [{ value: '', text: 'Select a team' }, ...teams.map((t) => ({ value: t.id, text: t.name, selected: t.id === selected }))]
}

export function workerItems(workers: { id: string; displayName: string; teamName: string }[], selected: unknown) {
  return [{ value: '', text: 'Select a worker' }, ...workers.map((w) => ({ value: w.id, text: `${w.displayName} (${w.teamName})`, selected: w.id === selected }))]
}

/** A GOV.UK tag for a queue row's priority. */
export const priorityTag = (protection: boolean) => (protection ? { text: 'Child protection', classes: 'govuk-tag--red' } : { text: 'Assessment', classes: 'govuk-tag--blue' })

/** The 422 field errors of a refused allocation, or its message against the worker field. */
export const refusalErrors = (e: { message: string; fieldErrors: Record<string, string> }) => (Object.keys(e.fieldErrors).length ? e.fieldErrors : { workerId: e.message })
