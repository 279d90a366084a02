import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Deps } from '../../deps.js'
import { isAppError, type FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseOrFail, parseParams } from '../../http/forms.js'
import type { UserView } from './adminRepository.js'
import { conflictRows, roleItems, serviceItems, teamItems, teamRows, userFormValues, userRows, userSummaryRows } from './adminPresenters.js'
import { editUserSchema, newTeamSchema, newUserSchema, userIdSchema, versionSchema, type UserChanges } from './adminSchemas.js'

const usersCrumb = { text: 'Users', href: '/admin/users' }
const access = { access: 'admin.manage' } as const
const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>

/** Runs a service call; a 422 from its business rules goes back to the form like a schema error. */
async function orFieldErrors<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }> {
  try {
    return { ok: true, value: await fn() }
  } catch (e) {
    if (isAppError(e) && e.status === 422 && Object.keys(e.fieldErrors).length) return { ok: false, errors: e.fieldErrors }
    throw e
  }
}

export async function adminRoutes(app: FastifyInstance, deps: Deps) {
  const { admin } = deps.services

  async function renderNewUser(reply: FastifyReply, values: Record<string, unknown>, errors: FieldErrors = {}) {
    // The password is never sent back to the browser, even when the form is shown again.
    const { password: _password, ...kept } = values
    return reply.render('pages/admin/user-new.njk', {
      title: 'Add a user', values: kept, errors, errorList: errorList(errors),
      roleItems: roleItems(kept.role), teamItems: teamItems(await admin.listTeams(), kept.teamId),
      breadcrumbs: [usersCrumb, { text: 'Add a user' }],
    })
  }

  async function renderEditUser(reply: FastifyReply, user: UserView, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const errors = (extra.errors ?? {}) as FieldErrors
    const locked = admin.isLocked(user)
    return reply.render('pages/admin/user-edit.njk', {
      title: `Change ${user.displayName}`, user, values, errors, errorList: errorList(errors),
      summaryRows: userSummaryRows(user, locked), canUnlock: locked || user.failedSignIns > 0,
      roleItems: roleItems(values.role), teamItems: teamItems(await admin.listTeams(), values.teamId),
      breadcrumbs: [usersCrumb, { text: user.displayName }], ...extra,
    })
  }

  async function renderTeams(reply: FastifyReply, values: Record<string, unknown> = {}, errors: FieldErrors = {}, saved = false) {
    return reply.render('pages/admin/teams.njk', {
      title: 'Teams', rows: teamRows(await admin.teamsWithCounts()), values, errors, errorList: errorList(errors), saved,
      serviceItems: serviceItems(values.service), breadcrumbs: [{ text: 'Teams' }],
    })
  }

  app.get('/admin/users', { config: access }, async (request, reply) => {
    const users = await admin.listUsers()
    const { saved } = (request.query ?? {}) as { saved?: string }
    return reply.render('pages/admin/users.njk', {
      title: 'Users', rows: userRows(users, admin.isLocked), count: users.length, saved: saved === 'created' || saved === 'updated' ? saved : null,
      breadcrumbs: [{ text: 'Users' }],
    })
  })

  app.get('/admin/users/new', { config: access }, async (_request, reply) => renderNewUser(reply, {}))

  app.post('/admin/users', { config: access }, async (request, reply) => {
    const values = bodyOf(request)
    const parsed = newUserSchema.safeParse(values)
    if (!parsed.success) return renderNewUser(reply.code(422), values, fieldErrorsOf(parsed.error))
    const result = await orFieldErrors(() => admin.createUser(actorOf(request), parsed.data))
    if (!result.ok) return renderNewUser(reply.code(422), values, result.errors)
    return reply.redirect('/admin/users?saved=created', 303)
  })

  app.get('/admin/users/:id', { config: access }, async (request, reply) => {
    const user = await admin.user(parseParams(userIdSchema, request.params).id)
    return renderEditUser(reply, user, userFormValues(user))
  })

  app.post('/admin/users/:id', { config: access }, async (request, reply) => {
    // A malformed id names no user: parseParams makes it a 404, not a form error.
    const { id } = parseParams(userIdSchema, request.params)
    const values = bodyOf(request)
    const user = await admin.user(id)
    const parsed = editUserSchema.safeParse(values)
    if (!parsed.success) return renderEditUser(reply.code(422), user, values, { errors: fieldErrorsOf(parsed.error) })
    const version = parseOrFail(versionSchema, values.version)
    try {
      const result = await orFieldErrors(() => admin.updateUser(actorOf(request), id, version, parsed.data))
      if (!result.ok) return renderEditUser(reply.code(422), user, values, { errors: result.errors })
      return reply.redirect('/admin/users?saved=updated', 303)
    } catch (e) {
      if (!isAppError(e) || e.status !== 409) throw e
      // Show the saved user, not the stale input, so the next save starts from what is really there.
      const { current, yours } = e.detail as { current: UserView; yours: UserChanges }
      const rows = conflictRows(yours, current, await admin.listTeams())
      return renderEditUser(reply.code(409), current, userFormValues(current), { conflict: { message: e.message, rows } })
    }
  })

  app.get('/admin/teams', { config: access }, async (request, reply) =>
    renderTeams(reply, {}, {}, (request.query as { saved?: string } | undefined)?.saved === 'created'),
  )

  app.post('/admin/teams', { config: access }, async (request, reply) => {
    const values = bodyOf(request)
    const parsed = newTeamSchema.safeParse(values)
    if (!parsed.success) return renderTeams(reply.code(422), values, fieldErrorsOf(parsed.error))
    const result = await orFieldErrors(() => admin.createTeam(actorOf(request), parsed.data))
    if (!result.ok) return renderTeams(reply.code(422), values, result.errors)
    return reply.redirect('/admin/teams?saved=created', 303)
  })
}
