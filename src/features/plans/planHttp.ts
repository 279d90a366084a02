import type { FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { errorList } from '../../http/forms.js'
import { pageModel } from '../child-protection/cpHttp.js'
import { planAnchors } from './planPresenters.js'
import { withPlanDates } from './planSchemas.js'

export const page = 'pages/child-protection/record.njk'

/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export const planBody = (request: FastifyRequest) => withPlanDates((request.body ?? {}) as Record<string, unknown>)

/** The casework page model, with the error summary linking to the plan forms' date inputs. */
export async function planPage(deps: Deps, actor: Actor, childId: string, title: string, errors: FieldErrors) {
  return { ...(await pageModel(deps, actor, childId, title, errors)), errorList: errorList(errors, planAnchors) }
}
