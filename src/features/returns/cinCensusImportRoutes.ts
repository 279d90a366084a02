import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Deps } from '../../deps.js'
import { can } from '../../access/guard.js'
import { actorOf } from '../../http/auth.js'
import { errorList } from '../../http/forms.js'
import { DEFAULT_MAX_BYTES } from '../../returns/cin-census/parse.js'
import { importReportView } from './cinCensusImportPresenters.js'

const access = { access: 'returns.cinCensusImport' } as const
const page = '/returns/cin-census/import'
const maxMb = DEFAULT_MAX_BYTES / 1024 / 1024
/** The one part the form sends: a file in the `file` field (the CSRF token is in the URL: src/http/csrf.ts). */
const uploadSchema = z.object({ fieldname: z.literal('file'), filename: z.string().min(1) })

type Upload = { xml: Buffer } | { error: string }

/**
 * The file from the multipart body, read only now (after the guard and the CSRF check), and capped
 * at the size the CLI import accepts (parse.ts DEFAULT_MAX_BYTES).
 */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  const missing = { error: 'Select a CIN census XML file' }
  if (!request.isMultipart()) return missing
  const part = await request.file({ limits: { fileSize: DEFAULT_MAX_BYTES, files: 1, fields: 0, parts: 1 } })
  if (!part || !uploadSchema.safeParse(part).success) return missing
  try {
    const xml = await part.toBuffer()
    return xml.byteLength ? { xml } : { error: 'The selected file is empty' }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      return { error: `The selected file must be smaller than ${maxMb} MB` }
    throw err
  }
}

/**
 * Import a CIN census file from another system (issue 4 §9): a GOV.UK file upload, the import
 * (checked first, one transaction, idempotent: returns/cin-census/import.ts) and its report, child
 * by child. A refused file changes nothing and is shown with an error summary.
 */
export async function cinCensusImportRoutes(app: FastifyInstance, deps: Deps) {
  const { cinCensus } = deps.services
  // Streamed on demand (request.file), never attached to the body; only this scope parses multipart.
  await app.register(multipart, { limits: { fileSize: DEFAULT_MAX_BYTES, files: 1 } })

  /** The census page, for those who may open it (an administrator may import but not run the return). */
  const crumbs = (request: FastifyRequest, ...rest: { text: string; href?: string }[]) => [
    ...(can(actorOf(request), 'returns.cinCensus')
      ? [{ text: 'CIN census', href: '/returns/cin-census' }]
      : []),
    ...rest,
  ]

  const showForm = (reply: FastifyReply, error?: string) =>
    reply.code(error ? 422 : 200).render('pages/returns/cin-census-import.njk', {
      title: 'Import a CIN census file',
      maxMb,
      error,
      errorList: error ? errorList({ file: error }) : [],
      breadcrumbs: crumbs(reply.request, { text: 'Import a file' }),
    })

  app.get(page, { config: access }, async (_request, reply) => showForm(reply))

  app.post(page, { config: access }, async (request, reply) => {
    const upload = await readUpload(request)
    if ('error' in upload) return showForm(reply, upload.error)
    const report = await cinCensus.importFile(actorOf(request), upload.xml)
    // A file refused as a whole (hostile, malformed, not a census) goes back to the form.
    if (report.status === 'refused' && report.children.length === 0)
      return showForm(reply, `The file was not imported. ${report.fileError ?? ''}`.trim())
    const view = importReportView(report)
    return reply
      .code(view.imported ? 200 : 422)
      .header('cache-control', 'no-store')
      .render('pages/returns/cin-census-import-report.njk', {
        title: view.imported
          ? `CIN census ${view.collectionYear ?? ''} imported`
          : 'CIN census file not imported',
        report: view,
        errorList: view.imported
          ? []
          : [{ text: view.fileError ?? 'The file was not imported', href: '#children' }],
        breadcrumbs: crumbs(request, { text: 'Import a file', href: page }, { text: 'Report' }),
      })
  })
}
