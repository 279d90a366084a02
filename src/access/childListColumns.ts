import { sql } from 'drizzle-orm'
import { children } from '../db/schema/index.js'
import type { Actor } from './actor.js'
import { restrictionLifted } from './childAccess.js'

/** The columns every list of children selects, with whether a restricted record is open to the actor. */
export function childListColumns(actor: Actor) {
  return {
    childId: children.id,
    childRef: children.childRef,
    firstName: children.firstName,
    lastName: children.lastName,
    restricted: children.restricted,
    unlocked: sql<boolean>`(${restrictionLifted(actor)})`,
  }
}

export type ChildListColumns = { childId: string; childRef: string; firstName: string; lastName: string; restricted: boolean; unlocked: boolean }

/** A child's name in a list, unless the record is restricted and not opened to this user. */
export function childListLabel(c: ChildListColumns): string {
  return c.restricted && !c.unlocked ? `Restricted record ${c.childRef}` : `${c.firstName} ${c.lastName}`
}
