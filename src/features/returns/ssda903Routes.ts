import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { parseCsvSet, type CsvFile } from '../../returns/ssda903/parseCsv.js'
import { runView } from './ssda903Presenters.js'
import { ssda903Years, yearLabel } from './ssda903Services.js'

const access = { access: 'returns.ssda903' } as const
const idParam = z.object({ id: z.uuid() })
const fileParam = z.object({ id: z.uuid(), file: z.string().regex(/^[A-Za-z0-9_.-]{1,60}$/) })
const yearValues = ssda903Years.map(String) as [string, ...string[]]
const runSchema = z.object({ yearEnding: z.enum(yearValues, { error: 'Select the collection year' }) })
const crumbs = [{ text: 'SSDA903 return', href: '/returns/ssda903' }]
const maxFileBytes = 20 * 1024 * 1024
const maxFiles = 12

type RunForm = { body: Record<string, string>; files: CsvFile[]; error?: string }

/**
 * The run form: the year, and optionally last year's return as the DfE CSV files (for the rules
 * that compare with it). Files are read only now, after the access guard and the CSRF check
 * (the token is in the action URL for a multipart form: src/http/csrf.ts), and capped in size.
 */
async function readRunForm(request: FastifyRequest): Promise<RunForm> {
  if (!request.isMultipart()) return { body: (request.body ?? {}) as Record<string, string>, files: [] }
  const body: Record<string, string> = {}
  const files: CsvFile[] = []
  try {
    for await (const part of request.parts({ limits: { fileSize: maxFileBytes, files: maxFiles, fields: 5 } })) {
      if (part.type === 'field') body[part.fieldname] = String(part.value)
      else if (part.fieldname === 'previous' && part.filename) {
        const content = await part.toBuffer()
        if (content.byteLength) files.push({ name: part.filename, content })
      } else await part.toBuffer()
    }
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { body, files: [], error: `Each file must be smaller than ${maxFileBytes / 1024 / 1024} MB` }
    if (code === 'FST_FILES_LIMIT_REACHED') return { body, files: [], error: `Select at most ${maxFiles} files` }
    // A truncated or malformed upload is bad input, not a server error.
    return { body, files: [], error: 'The upload could not be read: select the files again' }
  }
  return { body, files }
}

/** The SSDA903 return: choose a year, run the export and validation, read the findings, download. */
export async function ssda903Routes(app: FastifyInstance, deps: Deps) {
  const { ssda903 } = deps.services
  // Streamed on demand (request.parts), never attached to the body; only this scope parses multipart.
  await app.register(multipart, { limits: { fileSize: maxFileBytes, files: maxFiles } })

  const showForm = (reply: FastifyReply, errors: Record<string, string> = {}) =>
    reply.render('pages/returns/ssda903.njk', {
      title: 'SSDA903 return',
      yearItems: [...ssda903Years].reverse().map((y) => ({ value: String(y), text: `${yearLabel(y)} (1 April ${y - 1} to 31 March ${y})` })),
      runs: ssda903.runsFor(actorOf(reply.request)).map(runView),
      mayImport: can(actorOf(reply.request), 'returns.ssda903Import'),
      errors,
      errorList: errorList(errors, { yearEnding: 'yearEnding', previous: 'previous' }),
    })

  app.get('/returns/ssda903', { config: access }, async (_request, reply) => showForm(reply))

  app.post('/returns/ssda903/runs', { config: access }, async (request, reply) => {
    const form = await readRunForm(request)
    const parsed = runSchema.safeParse(form.body)
    const errors: Record<string, string> = {}
    if (!parsed.success) errors.yearEnding = 'Select the collection year'
    if (form.error) errors.previous = form.error
    const previous = form.files.length ? parseCsvSet(form.files) : null
    if (previous?.problems.length) {
      const first = previous.problems[0]!
      errors.previous = `Last year's files could not be read (${previous.problems.length} problems). ${first.file}${first.row ? `, line ${first.row}` : ''}: ${first.message}`
    }
    if (!parsed.success || Object.keys(errors).length) return showForm(reply.code(422), errors)
    const run = await ssda903.start(actorOf(request), Number(parsed.data.yearEnding) as (typeof ssda903Years)[number], previous?.data ?? null)
    return reply.redirect(`/returns/ssda903/runs/${run.id}`, 303)
  })

  app.get('/returns/ssda903/runs/:id', { config: access }, async (request, reply) => {
    const run = runView(ssda903.run(actorOf(request), parseParams(idParam, request.params).id))
    const links = await ssda903.childIds([...new Set(run.rules.flatMap((r) => r.children))])
    const rules = run.rules.map((r) => ({ ...r, children: r.children.map((ref) => ({ ref, href: links.has(ref) ? `/children/${links.get(ref)}` : null })) }))
    return reply.header('cache-control', 'no-store').render('pages/returns/ssda903-run.njk', {
      title: `SSDA903 ${run.year}`,
      run: { ...run, rules },
      breadcrumbs: [...crumbs, { text: `Run for ${run.year}` }],
    })
  })

  app.get('/returns/ssda903/runs/:id/files/:file', { config: access }, async (request, reply) => {
    const { id, file } = parseParams(fileParam, request.params)
    const out = await ssda903.download(actorOf(request), id, file)
    return reply
      .header('content-type', out.contentType)
      .header('content-disposition', `attachment; filename="${out.filename}"`)
      .header('cache-control', 'no-store')
      .send(out.body)
  })
}
