import type { ChildRow } from './childrenRepository.js'

/** The API's view of a child. A restricted record that is not opened shows only its ID. */
export function childJson(c: ChildRow, unlocked: boolean) {
  if (c.restricted && !unlocked) return { id: c.id, childRef: c.childRef, restricted: true }
  const { createdAt, updatedAt, ...rest } = c
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() }
}
