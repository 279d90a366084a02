import type { ServiceBase } from '../serviceBase.js'
import { careLeaverList, paCaseloads } from './careLeaverList.js'
import { careLeaverService } from './careLeaverService.js'

/** Care leavers (issue 5 part 6). */
export function careLeaverServices(base: ServiceBase) {
  const { db, clock, calendar, children } = base
  return {
    careLeavers: { ...careLeaverService(db, clock, calendar, children), list: careLeaverList(db, clock), caseloads: paCaseloads(db) },
  }
}
