import type { ServiceBase } from '../serviceBase.js'
import { adoptionService } from './adoptionService.js'

/** Adoption and adopters (issue 5 part 8). */
export function adoptionServices(base: ServiceBase) {
  return { adoption: adoptionService(base.db, base.children) }
}
