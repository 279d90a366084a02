import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Deps } from '../../deps.js'
import { formatDateTime } from '../../domain/format.js'
import { actorOf } from '../../http/auth.js'
import { publicDir } from '../../http/staticAssets.js'
import { reportModel } from './improvementPresenters.js'
import type { ReportFormat } from './improvementService.js'
import { reportWorkbook } from './improvementXlsx.js'

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The board report (issue 6 part 6): the plan's state and the linked KPIs' trends, as a printable page,
 * a self-contained HTML download (its stylesheet inlined, as the chronology's) and an xlsx workbook.
 * Each is audited as an export.
 */
export async function improvementReportRoutes(app: FastifyInstance, deps: Deps) {
  const { improvement } = deps.services
  const css = readFileSync(path.join(publicDir, 'improvement-plan.css'), 'utf8')

  async function report(request: FastifyRequest, reply: FastifyReply, format: ReportFormat) {
    const actor = actorOf(request)
    const model = { ...reportModel(await improvement.report(actor, format)), title: 'Improvement plan: board report', producedAt: formatDateTime(deps.clock.now()), producedBy: actor.displayName, councilName: deps.councilName }
    reply.header('cache-control', 'no-store')
    const file = `improvement-plan-${deps.clock.today()}`
    if (format === 'xlsx') return reply.header('content-type', xlsxType).header('content-disposition', `attachment; filename="${file}.xlsx"`).send(await reportWorkbook(model))
    if (format === 'html') return reply.header('content-disposition', `attachment; filename="${file}.html"`).render('pages/improvement-plan/export.njk', { ...model, css })
    return reply.render('pages/improvement-plan/report.njk', { ...model, breadcrumbs: [{ text: 'Improvement plan', href: '/improvement-plan' }, { text: 'Board report' }] })
  }

  app.get('/improvement-plan/report', { config: { access: 'improvement.view' } }, (request, reply) => report(request, reply, 'print'))
  app.get('/improvement-plan/report/download', { config: { access: 'improvement.view' } }, (request, reply) => report(request, reply, 'html'))
  app.get('/improvement-plan/report/xlsx', { config: { access: 'improvement.view' } }, (request, reply) => report(request, reply, 'xlsx'))
}
