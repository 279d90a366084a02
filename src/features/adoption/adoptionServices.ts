import type { ServiceBase } from '../serviceBase.js'

/** Adoption and adopters (issue 5 part 8). */
export function adoptionServices(_base: ServiceBase) {
  return {}
}
