import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { errorList, parseParams } from '../../http/forms.js'
import { pageModel } from '../child-protection/cpHttp.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { careAnchors } from './carePresenters.js'
import { withCareDates } from './careSchemas.js'

export const page = 'pages/child-protection/record.njk'
export const childIdOf = (params: unknown) => parseParams(idParam, params).id

/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export const careBody = (request: FastifyRequest) => withCareDates((request.body ?? {}) as Record<string, unknown>)

/** The casework page model with breadcrumbs through the child's care page. */
export async function carePage(deps: Deps, actor: Actor, childId: string, title: string, errors: FieldErrors) {
  const model = await pageModel(deps, actor, childId, title, errors)
  const [child] = model.breadcrumbs
  return {
    ...model,
    captionHref: `/children/${childId}/care`,
    errorList: errorList(errors, careAnchors),
    breadcrumbs: [child, { text: 'Children in care', href: `/children/${childId}/care` }, { text: title }],
  }
}

export type Render = (reply: FastifyReply, status: number, errors: FieldErrors, values: Record<string, unknown>) => Promise<FastifyReply>
