import { forbidden } from '../errors.js'
import type { Action } from './actions.js'
import { roleMay } from './actions.js'
import type { Actor } from './actor.js'

export function can(actor: Actor, action: Action): boolean {
  return roleMay(actor.role, action)
}

/** Refuses with 403 when the role may not do the action at all. Record scope is a 404 (childAccess). */
export function authorise(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw forbidden()
}
