import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { auditTable, gradeTable, programmeFields, programmeSummary, programmeTable, templateFields, templateTable, templateValues, themeTable } from './caseAuditPresenters.js'
import { programmeBody, programmeSchema, templateBody, templateSchema } from './caseAuditSchemas.js'

const page = 'pages/child-protection/record.njk'
const hub = { text: 'Case audits', href: '/case-audits' }
const templateForm = z.preprocess((v) => templateBody((v ?? {}) as Record<string, unknown>), templateSchema)
const programmeForm = z.preprocess((v) => programmeBody((v ?? {}) as Record<string, unknown>), programmeSchema)
const replacesQuery = z.object({ replaces: z.uuid().optional().catch(undefined) })

/** The QA team's set-up (issue 6 part 5): templates, programmes, the worklist and the roll-up. */
export async function qaSetupRoutes(app: FastifyInstance, deps: Deps) {
  const { caseAudits } = deps.services
  const body = (request: FastifyRequest) => (request.body ?? {}) as Values
  const model = (title: string, errors: FieldErrors, values: Values, anchors: Record<string, string> = {}) => ({ title, caption: 'Case audits', captionHref: '/case-audits', errors, errorList: errorList(errors, anchors), values, breadcrumbs: [{ text: 'Home', href: '/' }, hub, { text: title }] })

  app.get('/case-audits', { config: { access: 'caseAudit.view' } }, async (request, reply) => {
    const actor = actorOf(request)
    const links = [{ href: '/case-audits/summary', text: 'Grades and themes' }, ...(can(actor, 'caseAudit.programme') ? [{ href: '/case-audits/programmes', text: 'Audit programmes' }] : []), ...(can(actor, 'caseAudit.configure') ? [{ href: '/case-audits/templates', text: 'Audit templates' }] : [])]
    const tables = can(actor, 'caseAudit.conduct') ? [auditTable('Audits to do or moderate', await caseAudits.worklist(actor), 'No audits waiting.')] : []
    return reply.render(page, { ...model('Case audits', {}, {}), breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Case audits' }], links, tables })
  })

  app.get('/case-audits/summary', { config: { access: 'caseAudit.view' } }, async (request, reply) => {
    const s = await caseAudits.summary(actorOf(request))
    const tables = [gradeTable('Grades by team', s.byTeam), gradeTable('Grades by theme', s.byTheme), gradeTable('Grades by month', s.byMonth), themeTable(s.themes)]
    return reply.render(page, { ...model('Case audit grades and themes', {}, {}), tables })
  })

  const renderTemplates = (reply: FastifyReply, replaces?: string) => async (status: number, errors: FieldErrors, values: Values) => {
    const templates = await caseAudits.templates()
    const replaced = templates.find((t) => t.id === replaces && !t.retiredAt)
    const shown = replaced && status === 200 ? templateValues(replaced.name, caseAudits.questionsOf(replaced.questions)) : values
    const forms = [
      formOf(replaced ? `/case-audits/templates/${replaced.id}/replace` : '/case-audits/templates', replaced ? 'Save the new version and retire this one' : 'Save template', templateFields, shown, { heading: replaced ? `Replace ${replaced.name}` : 'New template' }),
      ...(replaced ? [formOf(`/case-audits/templates/${replaced.id}/retire`, 'Retire without replacing', [], {}, { heading: 'Retire this template', buttonClasses: 'govuk-button--warning' })] : []),
    ]
    return reply.code(status).render(page, { ...model('Audit templates', errors, shown, { questions: 'questions.0.text' }), tables: [templateTable(templates, (q) => (Array.isArray(q) ? q.length : 0))], forms })
  }

  app.get('/case-audits/templates', { config: { access: 'caseAudit.configure' } }, async (request, reply) => renderTemplates(reply, replacesQuery.parse(request.query ?? {}).replaces)(200, {}, {}))

  app.post('/case-audits/templates', { config: { access: 'caseAudit.configure' } }, async (request, reply) =>
    submit(reply, templateForm, body(request), renderTemplates(reply), async (input) => (await caseAudits.createTemplate(actorOf(request), input), '/case-audits/templates')),
  )

  /** A template in use is never edited: the new version is saved and the old one retired together. */
  app.post('/case-audits/templates/:id/replace', { config: { access: 'caseAudit.configure' } }, async (request, reply) => {
    const id = parseParams(idParam, request.params).id
    return submit(reply, templateForm, body(request), renderTemplates(reply, id), async (input) => (await caseAudits.createTemplate(actorOf(request), input, id), '/case-audits/templates'))
  })

  app.post('/case-audits/templates/:id/retire', { config: { access: 'caseAudit.configure' } }, async (request, reply) => {
    await caseAudits.retireTemplate(actorOf(request), parseParams(idParam, request.params).id)
    return reply.redirect('/case-audits/templates')
  })

  const renderProgrammes = (reply: FastifyReply) => async (status: number, errors: FieldErrors, values: Values) => {
    const [templates, teams, programmes] = await Promise.all([caseAudits.activeTemplates(), caseAudits.teams(), caseAudits.programmes()])
    const shown = status === 200 ? { 'criteria.population': 'OPEN', 'criteria.sizeKind': 'PERCENT', 'criteria.sizeValue': '1', kind: 'RANDOM' } : values
    const form = formOf('/case-audits/programmes', 'Draw the sample', programmeFields(templates, teams), shown, { heading: 'New programme' })
    return reply.code(status).render(page, { ...model('Audit programmes', errors, shown), tables: [programmeTable(programmes)], forms: [form] })
  }

  app.get('/case-audits/programmes', { config: { access: 'caseAudit.programme' } }, async (_request, reply) => renderProgrammes(reply)(200, {}, {}))

  app.post('/case-audits/programmes', { config: { access: 'caseAudit.programme' } }, async (request, reply) =>
    submit(reply, programmeForm, body(request), renderProgrammes(reply), async (input) => `/case-audits/programmes/${(await caseAudits.createProgramme(actorOf(request), input)).programme.id}`),
  )

  app.get('/case-audits/programmes/:id', { config: { access: 'caseAudit.programme' } }, async (request, reply) => {
    const actor: Actor = actorOf(request)
    const [p, teams] = await Promise.all([caseAudits.programme(actor, parseParams(idParam, request.params).id), caseAudits.teams()])
    const title = p.programme.name
    return reply.render(page, { ...model(title, {}, {}), breadcrumbs: [{ text: 'Home', href: '/' }, hub, { text: 'Audit programmes', href: '/case-audits/programmes' }, { text: title }], rows: rowsOf(programmeSummary(p, new Map(teams.map((t) => [t.id, t.name])))), tables: [auditTable(`Sample: ${p.audits.length} children`, p.audits)] })
  })
}
