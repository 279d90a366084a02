import type { ServiceBase } from '../serviceBase.js'
import { careService } from './careService.js'
import { unregisteredService } from './unregisteredService.js'

/** Children in care: periods of care, legal status and placement changes, unregistered placements, visits (issue 5 parts 1, 2 and 4). */
export function childrenInCareServices(base: ServiceBase) {
  return { care: careService(base), unregisteredPlacements: unregisteredService(base) }
}
