import { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { validationFailed } from '../../errors.js'
import { auditRepository, type AuditSubject } from './auditRepository.js'

export const auditPageSize = 50
/** An export is bounded so one request cannot hold the whole trail in memory. */
export const auditExportMax = 50_000

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/** The two ways in: a child (10-character child ID or UUID) or a user's email. */
export const auditQuerySchema = z.object({
  child: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'Enter one child ID' })
      .trim()
      .refine((v) => /^[A-Za-z0-9]{10}$/.test(v) || z.uuid().safeParse(v).success, 'Enter a child ID of 10 letters or numbers, or the record’s UUID')
      .optional(),
  ),
  email: z.preprocess(
    blankToUndefined,
    z.string({ error: 'Enter one email address' }).trim().toLowerCase().pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.gov.uk' })).optional(),
  ),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})
export type AuditQuery = z.infer<typeof auditQuerySchema>

/** What the query asked for, as recorded in the viewer's own audit row. */
type AuditAction = 'audit.view' | 'audit.export'

const asked = (q: AuditQuery) => (q.child ? { child: q.child } : q.email ? { email: q.email } : {})

export function auditService(db: AppDb) {
  const repo = auditRepository(db)

  /** Turns the query into a subject; an unknown child or user is a field error on the form. */
  async function subjectOf(q: AuditQuery): Promise<AuditSubject | null> {
    if (q.child) {
      const child = await repo.childByRefOrId(q.child)
      if (!child) throw validationFailed({ child: 'No child has this ID' })
      return { kind: 'child', childId: child.id, childRef: child.childRef }
    }
    if (q.email) {
      const user = await repo.userByEmail(q.email)
      if (!user) throw validationFailed({ email: 'No user has this email address' })
      return { kind: 'user', userId: user.id, email: user.email, displayName: user.displayName }
    }
    return null
  }

  /**
   * Reading the trail is itself audited (ARCHITECTURE.md §6.6). A child lookup carries the child's id,
   * so the viewing shows up in that child's own trail.
   */
  async function record(actor: Actor, action: AuditAction, q: AuditQuery, subject: AuditSubject | null, extra: Record<string, unknown>) {
    await recordAccess(db, actor, {
      action,
      entityType: 'audit_event',
      entityId: subject?.kind === 'user' ? subject.userId : null,
      childId: subject?.kind === 'child' ? subject.childId : null,
      detail: { ...asked(q), ...extra },
    })
  }

  /** A lookup that finds nothing is audited too, so probing for a child's existence leaves a mark. */
  async function resolve(actor: Actor, action: AuditAction, q: AuditQuery): Promise<AuditSubject | null> {
    try {
      return await subjectOf(q)
    } catch (e) {
      await record(actor, action, q, null, { found: false })
      throw e
    }
  }

  return {
    /** One page of events, newest first. With no query it is the empty form, still audited. */
    async view(actor: Actor, q: AuditQuery) {
      const subject = await resolve(actor, 'audit.view', q)
      const [total, rows] = subject
        ? await Promise.all([repo.count(subject), repo.events(subject, auditPageSize, (q.page - 1) * auditPageSize)])
        : [0, []]
      await record(actor, 'audit.view', q, subject, { page: q.page, total })
      return { subject, rows, total, page: q.page, pages: Math.ceil(total / auditPageSize) }
    },

    /** Every event for the subject, up to the export limit, for a CSV download. */
    async export(actor: Actor, q: AuditQuery) {
      const subject = await resolve(actor, 'audit.export', q)
      if (!subject) throw validationFailed({ child: 'Enter a child ID or a user’s email address to export' })
      const rows = await repo.events(subject, auditExportMax)
      await record(actor, 'audit.export', q, subject, { rows: rows.length })
      return { subject, rows, truncated: rows.length === auditExportMax }
    },
  }
}

export type AuditService = ReturnType<typeof auditService>
