import { roleName } from '../../access/roles.js'
import type { AuditEventRow, AuditSubject } from './auditRepository.js'
import type { AuditQuery } from './auditService.js'
import { pagination } from '../../http/pagination.js'

/** Presenters are the only way data leaves the server (ARCHITECTURE.md §6.10). */

const maxShown = 200

/** 'teamId' → 'Team id': the stored field names, made readable without a table to keep in step. */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  return text.length > maxShown ? `${text.slice(0, maxShown)}…` : text
}

/** The `changes` jsonb of a write ({ field: { from, to } }) as readable before → after lines. */
export function readableChanges(changes: unknown): { field: string; from: string; to: string }[] {
  if (!changes || typeof changes !== 'object') return []
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown } | null>).map(([field, c]) => ({
    field: fieldLabel(field),
    from: readableValue(c?.from),
    to: readableValue(c?.to),
  }))
}

/** An access event's detail (a search term, a break-glass reason) as short lines. */
export function readableDetail(detail: unknown): { field: string; value: string }[] {
  if (!detail || typeof detail !== 'object') return []
  return Object.entries(detail as Record<string, unknown>).map(([field, value]) => ({ field: fieldLabel(field), value: readableValue(value) }))
}

function entityOf(e: AuditEventRow): string {
  if (e.entityType === 'child' && e.childRef) return `Child ${e.childRef}`
  const own = [fieldLabel(e.entityType).replace(/_/g, ' '), e.entityId].filter(Boolean).join(' ')
  return e.childRef ? `${own} (child ${e.childRef})` : own
}

export function eventView(e: AuditEventRow) {
  return {
    at: e.at,
    who: e.actorName ?? 'Unknown user',
    role: roleName(e.actorRole),
    kind: e.kind === 'write' ? 'Change' : 'Access',
    isWrite: e.kind === 'write',
    action: e.action,
    entity: entityOf(e),
    changes: e.kind === 'write' ? readableChanges(e.changes) : [],
    detail: readableDetail(e.detail),
  }
}

export function subjectHeading(s: AuditSubject | null): string {
  if (!s) return ''
  return s.kind === 'child' ? `Who looked at or changed child ${s.childRef}` : `What ${s.displayName} (${s.email}) did`
}

/** The query string that asks for this subject again, for pagination links and the export. */
export function queryString(q: Pick<AuditQuery, 'child' | 'email'>, page?: number): string {
  const params = new URLSearchParams()
  if (q.child) params.set('child', q.child)
  else if (q.email) params.set('email', q.email)
  if (page && page > 1) params.set('page', String(page))
  return params.toString()
}

/** GOV.UK pagination for the audit viewer, each page asking for the same subject. */
export const auditPagination = (q: AuditQuery, page: number, pages: number) => pagination(page, pages, (n) => `/audit?${queryString(q, n)}`)

export const csvHeader = ['When (UTC)', 'Who', 'Role', 'Kind', 'Action', 'Entity type', 'Entity ID', 'Child ID', 'Changes', 'Detail']

export function csvRow(e: AuditEventRow): unknown[] {
  const changes = readableChanges(e.changes).map((c) => `${c.field}: ${c.from} → ${c.to}`).join('; ')
  const detail = readableDetail(e.detail).map((d) => `${d.field}: ${d.value}`).join('; ')
  return [e.at.toISOString(), e.actorName ?? 'Unknown user', roleName(e.actorRole), e.kind, e.action, e.entityType, e.entityId ?? '', e.childRef ?? '', changes, detail]
}
