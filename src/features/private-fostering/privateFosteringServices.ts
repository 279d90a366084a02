import type { ServiceBase } from '../serviceBase.js'
import { privateFosteringService } from './privateFosteringService.js'

/** Private fostering (issue 5 part 7). */
export function privateFosteringServices(base: ServiceBase) {
  return { privateFostering: privateFosteringService(base.db, base.clock, base.calendar, base.children) }
}
