import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { govukDist, viewsDir } from './views.js'

export const publicDir = path.join(viewsDir, '..', 'public')

/** GOV.UK Frontend's CSS hard-codes /assets/… for fonts and images, so serve that folder there. */
export function installStaticAssets(app: FastifyInstance): void {
  const govuk = path.join(govukDist, 'govuk')
  const cache = { maxAge: '1d', immutable: false }
  app.register(fastifyStatic, { root: path.join(govuk, 'assets'), prefix: '/assets/', ...cache })
  app.register(fastifyStatic, { root: govuk, prefix: '/stylesheets/', decorateReply: false, allowedPath: (p) => p === '/govuk-frontend.min.css', ...cache })
  app.register(fastifyStatic, { root: publicDir, prefix: '/public/', decorateReply: false, ...cache })
  app.register(fastifyStatic, { root: govuk, prefix: '/javascripts/', decorateReply: false, allowedPath: (p) => p === '/govuk-frontend.min.js', ...cache })
}

export const isStaticAsset = (url: string) => /^\/(assets|stylesheets|javascripts|public)\//.test(url)
