import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { annexALists } from '../../domain/annexA/lists.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import type { FieldErrors } from '../../errors.js'
import { runView, windowFormView } from './annexAPresenters.js'
import { maxImportBytes } from './annexAService.js'
import { importIdParam, parseWindow, runIdParam, windowInput, type WindowInput } from './annexASchemas.js'

const exportAccess = { access: 'annexA.export' } as const
const importAccess = { access: 'annexA.import' } as const
const crumbs = [{ text: 'Ofsted Annex A', href: '/annex-a' }]
const anchors = { to: 'to-day', months: 'months' }
const maxMb = maxImportBytes / 1024 / 1024
const uploadSchema = z.object({ fieldname: z.literal('file'), filename: z.string().min(1) })

/** The uploaded workbook, read only after the guard and the CSRF check, capped in size. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ file: Buffer; name: string } | { error: string }> {
  const missing = { error: 'Select an Annex A workbook (.xlsx)' }
  if (!request.isMultipart()) return missing
  const part = await request.file({ limits: { fileSize: maxImportBytes, files: 1, fields: 0, parts: 1 } })
  if (!part || !uploadSchema.safeParse(part).success) return missing
  try {
    const file = await part.toBuffer()
    return file.byteLength ? { file, name: part.filename } : { error: 'The selected file is empty' }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      return { error: `The selected file must be smaller than ${maxMb} MB` }
    throw err
  }
}

/**
 * The Ofsted Annex A workbook (issue 7 part 4): choose the window, run it in the background, watch
 * its progress (the page refreshes itself, no script), download it (audited); import another
 * workbook and compare it list by list with ours.
 */
export async function annexARoutes(app: FastifyInstance, deps: Deps) {
  const { annexA } = deps.services
  const today = () => deps.clock.today()
  await app.register(multipart, { limits: { fileSize: maxImportBytes, files: 1 } })

  const showForm = (reply: FastifyReply, input: WindowInput, errors: FieldErrors = {}) =>
    reply.code(Object.keys(errors).length ? 400 : 200).render('pages/annex-a/index.njk', {
      title: 'Ofsted Annex A',
      form: windowFormView(input),
      lists: annexALists,
      runs: annexA.runsFor(actorOf(reply.request)).map(runView),
      mayImport: can(actorOf(reply.request), 'annexA.import'),
      errors,
      errorList: errorList(errors, anchors),
    })

  app.get('/annex-a', { config: exportAccess }, async (_request, reply) =>
    showForm(reply, windowInput({}, { today: today() })),
  )

  app.post('/annex-a/runs', { config: exportAccess }, async (request, reply) => {
    const input = windowInput(
      typeof request.body === 'object' && request.body ? (request.body as Record<string, unknown>) : {},
    )
    const parsed = parseWindow(input, today())
    if ('errors' in parsed) return showForm(reply, input, parsed.errors)
    const run = await annexA.start(actorOf(request), parsed.window)
    return reply.redirect(`/annex-a/runs/${run.id}`, 303)
  })

  app.get('/annex-a/runs/:runId', { config: exportAccess }, async (request, reply) => {
    const run = runView(annexA.run(actorOf(request), parseParams(runIdParam, request.params).runId))
    return reply.header('cache-control', 'no-store').render('pages/annex-a/run.njk', {
      title: `Annex A to ${run.to}`,
      run,
      breadcrumbs: [...crumbs, { text: 'Run' }],
    })
  })

  app.get('/annex-a/runs/:runId/download', { config: exportAccess }, async (request, reply) => {
    const { filename, xlsx } = await annexA.download(
      actorOf(request),
      parseParams(runIdParam, request.params).runId,
    )
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(xlsx)
  })

  const showImports = async (reply: FastifyReply, problems: readonly string[] = [], error?: string) =>
    reply.code(problems.length || error ? 400 : 200).render('pages/annex-a/imports.njk', {
      title: 'Import an Annex A workbook',
      maxMb,
      imports: await annexA.imports(),
      error,
      problems,
      errorList: error ? errorList({ file: error }) : problems.map((text) => ({ text, href: '#file' })),
      breadcrumbs: [
        ...(can(actorOf(reply.request), 'annexA.export') ? crumbs : []),
        { text: 'Imported workbooks' },
      ],
    })

  app.get('/annex-a/imports', { config: importAccess }, async (_request, reply) => showImports(reply))

  app.post('/annex-a/imports', { config: importAccess }, async (request, reply) => {
    const upload = await readUpload(request)
    if ('error' in upload) return showImports(reply, [], upload.error)
    const outcome = await annexA.importWorkbook(actorOf(request), upload.name, upload.file)
    if (outcome.status === 'refused')
      return showImports(
        reply,
        outcome.problems.map((p) => p.message),
      )
    return reply.redirect(
      `/annex-a/imports/${outcome.id}${outcome.status === 'already' ? '?already=1' : ''}`,
      303,
    )
  })

  app.get('/annex-a/imports/:importId', { config: importAccess }, async (request, reply) => {
    const { importId } = parseParams(importIdParam, request.params)
    const query = (request.query ?? {}) as Record<string, unknown>
    const input = windowInput(query, { today: today() })
    const parsed = parseWindow(input, today())
    const errors = 'errors' in parsed ? parsed.errors : {}
    const window = 'window' in parsed ? parsed.window : annexA.window(today(), 6)
    const comparison = await annexA.compare(actorOf(request), importId, window)
    return reply
      .code(Object.keys(errors).length ? 400 : 200)
      .header('cache-control', 'no-store')
      .render('pages/annex-a/compare.njk', {
        title: `Compare: ${comparison.imported.label}`,
        comparison,
        already: query.already === '1',
        form: windowFormView(input),
        errors,
        errorList: errorList(errors, anchors),
        breadcrumbs: [
          ...(can(actorOf(request), 'annexA.export') ? crumbs : []),
          { text: 'Imported workbooks', href: '/annex-a/imports' },
          { text: 'Comparison' },
        ],
      })
  })
}
