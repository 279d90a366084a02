import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Deps } from '../../deps.js'
import { can } from '../../access/guard.js'
import { actorOf } from '../../http/auth.js'
import { errorList } from '../../http/forms.js'
import { importSsda903, type Ssda903ImportInput } from '../../returns/ssda903/import.js'
import { isKnownYear } from '../../returns/ssda903/importChecks.js'
import { DEFAULT_MAX_BYTES } from '../../returns/ssda903/parseXml.js'
import { ssda903ReportView, yearItems } from './ssda903ImportPresenters.js'

const access = { access: 'returns.ssda903Import' } as const
const page = '/returns/ssda903/import'
const maxMb = DEFAULT_MAX_BYTES / 1024 / 1024
/** The 903 has 12 tables: one CSV file each (or one XML file). */
const maxFiles = 12

type Upload = { yearEnding: number | null; input: Ssda903ImportInput | null; errors: Record<string, string> }

/**
 * The form's parts, read only now (after the guard and the CSRF check, whose token is in the URL:
 * src/http/csrf.ts): the collection year and the files, each capped at the XML parser's limit.
 */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  const errors: Record<string, string> = {}
  let yearEnding: number | null = null
  const files: { name: string; content: Buffer }[] = []
  if (request.isMultipart()) {
    try {
      for await (const part of request.parts({ limits: { fileSize: DEFAULT_MAX_BYTES, files: maxFiles, fields: 2, parts: maxFiles + 2 } })) {
        if (part.type === 'field') {
          if (part.fieldname === 'yearEnding' && /^\d{4}$/.test(String(part.value))) yearEnding = Number(part.value)
        } else if (part.fieldname === 'files' && part.filename) {
          const content = await part.toBuffer()
          if (content.byteLength) files.push({ name: part.filename.slice(0, 200), content })
        } else await part.toBuffer()
      }
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'FST_REQ_FILE_TOO_LARGE') errors.files = `Each file must be smaller than ${maxMb} MB`
      else if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') errors.files = `Select at most ${maxFiles} files`
      // Only the body is read in this loop: any other failure is a broken upload, not a server fault.
      else errors.files = 'The upload could not be read. Select the files again'
    }
  }
  if (yearEnding === null || !isKnownYear(yearEnding)) errors.yearEnding = 'Select the collection year of the return'
  if (!errors.files && files.length === 0) errors.files = 'Select the 903 CSV files, or one 903 XML file'
  const xml = files.filter((f) => /\.xml$/i.test(f.name))
  if (!errors.files && xml.length && (xml.length > 1 || files.length > 1)) errors.files = 'Select either CSV files or one XML file, not both'
  if (Object.keys(errors).length) return { yearEnding, input: null, errors }
  const input: Ssda903ImportInput = xml.length ? { format: 'XML', file: xml[0]! } : { format: 'CSV', files }
  return { yearEnding, input, errors }
}

/**
 * Import an SSDA903 return from another system (issue 5 part 9): the collection year, a GOV.UK file
 * upload of the CSV set or the XML file, the import (checked first, one transaction, idempotent:
 * returns/ssda903/import.ts) and its report. Bad input is a 422 with the report; nothing is saved.
 */
export async function ssda903ImportRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db
  // Streamed on demand (request.parts), never attached to the body; only this scope parses multipart.
  await app.register(multipart, { limits: { fileSize: DEFAULT_MAX_BYTES, files: maxFiles } })

  const crumbs = (request: FastifyRequest, ...rest: { text: string; href?: string }[]) => [
    ...(can(actorOf(request), 'returns.ssda903') ? [{ text: 'SSDA903 return', href: '/returns/ssda903' }] : []),
    ...rest,
  ]

  const showForm = (reply: FastifyReply, yearEnding: number | null, errors: Record<string, string> = {}) =>
    reply.code(Object.keys(errors).length ? 422 : 200).render('pages/returns/ssda903-import.njk', {
      title: 'Import an SSDA903 return',
      maxMb,
      maxFiles,
      years: yearItems(yearEnding),
      errors,
      errorList: errorList(errors),
      breadcrumbs: crumbs(reply.request, { text: 'Import a return' }),
    })

  app.get(page, { config: access }, async (_request, reply) => showForm(reply, null))

  app.post(page, { config: access }, async (request, reply) => {
    const upload = await readUpload(request)
    if (!upload.input || upload.yearEnding === null) return showForm(reply, upload.yearEnding, upload.errors)
    const report = await importSsda903(db, actorOf(request), upload.input, upload.yearEnding)
    const view = ssda903ReportView(report)
    return reply
      .code(report.status === 'refused' ? 422 : 200)
      .header('cache-control', 'no-store')
      .render('pages/returns/ssda903-import-report.njk', {
        title: report.status === 'refused' ? 'SSDA903 return not imported' : `SSDA903 return ${view.year} ${report.status === 'imported' ? 'imported' : 'already imported'}`,
        report: view,
        errorList: report.status === 'refused' ? [{ text: `${view.problemCount} ${view.problemCount === 1 ? 'problem' : 'problems'} must be fixed: nothing was imported`, href: '#problems' }] : [],
        breadcrumbs: crumbs(request, { text: 'Import a return', href: page }, { text: 'Report' }),
      })
  })
}
