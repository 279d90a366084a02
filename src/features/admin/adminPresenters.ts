import { roleName, roles } from '../../access/roles.js'
import { describe } from '../../domain/codeLists/index.js'
import { formatDateTime } from '../../domain/format.js'
import type { TeamRow, UserView } from './adminRepository.js'
import { teamServices } from './adminSchemas.js'

/** Presenters are the only way data leaves the server (ARCHITECTURE.md §6.10): no hash, no raw rows. */

const scopeHints = {
  team: 'Sees children allocated to them or to their team',
  authority: 'Sees every child in the authority',
  none: 'Sees no child records',
} as const

const tag = (text: string, colour: string) => ({ html: `<strong class="govuk-tag govuk-tag--${colour}">${text}</strong>` })

export function userRows(users: UserView[], isLocked: (u: UserView) => boolean) {
  return users.map((u) => [
    // The name is user input going out as `html` (for the link), so it is escaped here; `text` cells are escaped by the macro.
    { html: `<a class="govuk-link" href="/admin/users/${u.id}">${escapeHtml(u.displayName)}</a>` },
    { text: u.email },
    { text: roleName(u.role) },
    { text: u.teamName ?? 'No team' },
    u.active ? tag('Active', 'green') : tag('Inactive', 'grey'),
    isLocked(u) ? tag('Locked', 'red') : { text: 'No' },
  ])
}

export function roleItems(selected: unknown) {
  return roles.map((r) => ({ value: r.code, text: r.description, hint: { text: scopeHints[r.scope] }, checked: r.code === selected }))
}

export function teamItems(teams: TeamRow[], selected: unknown) {
  return [
    { value: '', text: 'No team', selected: !selected },
    ...teams.map((t) => ({ value: t.id, text: t.name, selected: t.id === selected })),
  ]
}

export function serviceItems(selected: unknown) {
  return [
    { value: '', text: 'Select a service', selected: !selected },
    ...teamServices.map((s) => ({ value: s.code, text: s.description, selected: s.code === selected })),
  ]
}

export function teamRows(teams: { team: TeamRow; members: number; liveAllocations: number }[]) {
  return teams.map(({ team, members, liveAllocations }) => [
    { text: team.name },
    { text: describe(teamServices, team.service) },
    { text: String(team.caseloadThreshold), format: 'numeric' },
    { text: String(members), format: 'numeric' },
    { text: String(liveAllocations), format: 'numeric' },
  ])
}

/** The edit form's values from a saved user, in the shape the form posts back. */
export function userFormValues(u: UserView): Record<string, unknown> {
  return { role: u.role, teamId: u.teamId ?? '', active: u.active ? 'yes' : '', version: u.version }
}

export function userSummaryRows(u: UserView, locked: boolean) {
  const rows: [string, string][] = [
    ['Name', u.displayName],
    ['Email', u.email],
    ['Sign-in', locked ? `Locked until ${formatDateTime(u.lockedUntil)}` : 'Not locked'],
    ['Failed sign-ins in a row', String(u.failedSignIns)],
    ['Added', formatDateTime(u.createdAt)],
  ]
  return rows.map(([key, value]) => ({ key: { text: key }, value: { text: value } }))
}

/** The conflict message: where the admin's change and the saved user now differ. */
export function conflictRows(yours: { role: string; teamId: string | null; active: boolean }, current: UserView, teams: TeamRow[]) {
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? 'No team'
  const rows: [string, string, string][] = [
    ['Role', roleName(yours.role), roleName(current.role)],
    ['Team', teamName(yours.teamId), teamName(current.teamId)],
    ['Active', yours.active ? 'Yes' : 'No', current.active ? 'Yes' : 'No'],
  ]
  return rows.filter(([, a, b]) => a !== b).map((cells) => cells.map((text) => ({ text })))
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
}
