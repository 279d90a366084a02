import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { errorList, fieldErrorsOf } from '../../http/forms.js'

const signInForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254, 'Email address must be 254 characters or fewer'),
  password: z.string().min(1, 'Enter your password').max(200, 'Password must be 200 characters or fewer'),
})

const returnToSchema = z.string().regex(/^\/(?!\/)[\w\-/?=&%.]*$/).max(500).catch('/')

export async function authRoutes(app: FastifyInstance, deps: Deps) {
  const page = (returnTo: string, values: Record<string, unknown> = {}, errors: Record<string, string> = {}) => ({
    title: 'Sign in',
    returnTo,
    values,
    errors,
    errorList: errorList(errors),
    demoLogins: deps.demoLoginsShown ? deps.demoLogins : [],
  })

  app.get('/', { config: { access: 'public' } }, async (request, reply) => {
    const actor = request.actor
    if (!actor) return reply.redirect('/sign-in')
    return reply.redirect(can(actor, 'work.mine') ? '/my-work' : can(actor, 'admin.manage') ? '/admin/users' : '/children')
  })

  app.get('/sign-in', { config: { access: 'public' } }, async (request, reply) => {
    const returnTo = returnToSchema.parse((request.query as Record<string, unknown>).returnTo ?? '/')
    return reply.render('pages/auth/sign-in.njk', page(returnTo))
  })

  app.post(
    '/sign-in',
    { config: { access: 'public', rateLimit: { max: deps.config.SIGN_IN_ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>
      const returnTo = returnToSchema.parse(body.returnTo ?? '/')
      const parsed = signInForm.safeParse(body)
      if (!parsed.success) return reply.code(422).render('pages/auth/sign-in.njk', page(returnTo, { email: body.email }, fieldErrorsOf(parsed.error)))
      const result = await deps.services.auth.signIn(parsed.data.email, parsed.data.password)
      if (!result.ok) {
        const errors = { email: 'Enter a correct email address and password. Accounts lock for 15 minutes after 5 failed attempts.' }
        return reply.code(401).render('pages/auth/sign-in.njk', page(returnTo, { email: parsed.data.email }, errors))
      }
      // A new session id on sign-in prevents session fixation.
      await request.session.regenerate()
      request.session.userId = result.actor.id
      request.session.signedInAt = deps.clock.now().getTime()
      return reply.redirect(returnTo)
    },
  )

  app.post('/sign-out', { config: { access: 'public' } }, async (request, reply) => {
    await request.session.destroy()
    return reply.redirect('/sign-in')
  })
}
