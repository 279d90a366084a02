import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Deps } from '../../deps.js'
import { isAppError, type FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { toCsv } from '../../http/csv.js'
import { errorList, fieldErrorsOf, parseOrFail } from '../../http/forms.js'
import { auditPagination, csvHeader, csvRow, eventView, queryString, subjectHeading } from './auditPresenters.js'
import { auditExportMax, auditPageSize, auditQuerySchema } from './auditService.js'

const access = { access: 'audit.view' } as const

function renderForm(reply: FastifyReply, values: Record<string, unknown>, errors: FieldErrors) {
  return reply.render('pages/audit/index.njk', { title: 'Audit', values, errors, errorList: errorList(errors), breadcrumbs: [{ text: 'Audit' }] })
}

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  const { audit } = deps.services

  app.get('/audit', { config: access }, async (request, reply) => {
    const values = (request.query ?? {}) as Record<string, unknown>
    const parsed = auditQuerySchema.safeParse(values)
    if (!parsed.success) return renderForm(reply.code(422), values, fieldErrorsOf(parsed.error))
    const q = parsed.data
    try {
      const result = await audit.view(actorOf(request), q)
      return reply.render('pages/audit/index.njk', {
        title: 'Audit',
        values, errors: {}, errorList: [],
        subject: result.subject, heading: subjectHeading(result.subject),
        events: result.rows.map(eventView), total: result.total, page: result.page, pageSize: auditPageSize,
        pagination: auditPagination(q, result.page, result.pages),
        exportHref: result.subject ? `/audit/export.csv?${queryString(q)}` : null, exportMax: auditExportMax,
        breadcrumbs: [{ text: 'Audit', href: '/audit' }, ...(result.subject ? [{ text: subjectHeading(result.subject) }] : [])],
      })
    } catch (e) {
      if (isAppError(e) && e.status === 422) return renderForm(reply.code(422), values, e.fieldErrors)
      throw e
    }
  })

  // A download, so a bad query is the error page rather than the form; the export is audited before a byte is sent.
  app.get('/audit/export.csv', { config: access }, async (request, reply) => {
    const q = parseOrFail(auditQuerySchema, request.query)
    const { subject, rows } = await audit.export(actorOf(request), q)
    const name = subject.kind === 'child' ? `child-${subject.childRef}` : `user-${subject.userId}`
    // The byte-order mark makes Excel read UTF-8 (names, curly quotes) rather than guess a code page.
    const body = '\uFEFF' + toCsv([csvHeader, ...rows.map(csvRow)])
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${name}.csv"`)
      .header('cache-control', 'no-store')
      .send(body)
  })
}
